import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { readExample } from '../../testing/fixtures.ts';
import { loginAs, type Session } from '../../testing/login.ts';
import { openTestDatabase, type TestDatabase } from '../../testing/test-db.ts';
import { importScenario } from '../scenario/import.service.ts';

// Route planning runs in a worker thread: the server keeps answering while a plan is computed,
// and refuses more heavy work than it allows with 429 (the municipality's share) or 503 (the
// pool), each with Retry-After.

const DATE = '2017-05-16'; // a Tuesday
const LONG = `/api/v1/day-plans?date=${DATE}&provider=p1&iterations=20000`;

describe(`day plans off the event loop (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  const apps: FastifyInstance[] = [];

  /** An app with the given job settings, and a provider manager's session in it. */
  const serve = async (env: Record<string, string>): Promise<{ app: FastifyInstance; manager: Session }> => {
    // The search stops at the time limit: long enough to be caught running, short for the suite.
    const app = await buildApp(loadConfig({ HEMMA_PLAN_MAX_ITERATIONS: '20000', HEMMA_PLAN_TIME_LIMIT_MS: '4000', ...env }), t);
    apps.push(app);
    return { app, manager: await loginAs(app, t, 'provider_manager', { providerId: 'p1' }) };
  };
  const plan = (s: { app: FastifyInstance; manager: Session }, url = LONG) => s.app.inject({ method: 'GET', url, headers: s.manager.headers });
  const SHORT = `/api/v1/day-plans?date=${DATE}&provider=p1&iterations=10`;

  /** Starts a long plan, then sends short ones while it runs: the first refusal, if any. */
  const refusedBesideLongPlan = async (s: { app: FastifyInstance; manager: Session }) => {
    let done = false;
    const long = plan(s).then((res) => ((done = true), res));
    await new Promise((resolve) => setTimeout(resolve, 300));
    let refusal;
    while (!done && refusal === undefined) {
      const res = await plan(s, SHORT);
      if (res.statusCode !== 200) refusal = res;
    }
    return { long: await long, refusal };
  };

  beforeAll(async () => {
    t = await openTestDatabase();
    const r = await importScenario(t, readExample('04-fees.json'), { referenceDate: '2026-11-23' });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    // Four clients with eight visits each on Tuesdays, and three staff on shift: enough for the
    // search to have work until its time limit.
    const places = [[59.30, 18.00], [59.31, 18.03], [59.32, 18.01], [59.29, 18.05]] as const;
    for (const [i, [lat, lon]] of places.entries()) {
      const c = `c${i + 1}`;
      await sql`update clients set latitude = ${lat}, longitude = ${lon} where municipality_id = 'avgiftsby' and client_id = ${c}`.execute(t.db);
      await sql`insert into plans (municipality_id, plan_id, order_id, valid_from) values ('avgiftsby', ${`plan${i + 1}`}, ${`o${i + 1}`}, '2017-01-01')`.execute(t.db);
      for (let v = 0; v < 8; v++) {
        const from = `${String(7 + v).padStart(2, '0')}:00`;
        const to = `${String(8 + v).padStart(2, '0')}:30`;
        await sql`insert into plan_visits (municipality_id, plan_visit_id, plan_id, weekdays, window_from, window_to, duration_minutes, areas, staff_count)
          values ('avgiftsby', ${`pv${i}-${v}`}, ${`plan${i + 1}`}, '{tue}', ${from}, ${to}, 25, '{personal_care}', 1)`.execute(t.db);
      }
    }
    const { app, manager } = await serve({});
    const shifts = await app.inject({
      method: 'PUT', url: '/api/v1/shifts', headers: manager.headers,
      payload: { date: DATE, shifts: ['s1', 's2'].map((staff) => ({ staff, start: '06:30', end: '17:00' })) },
    });
    expect(shifts.statusCode).toBe(204);
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await t.dispose();
  });

  it('answers /api/health within 100 ms while a plan is being computed', async () => {
    const s = await serve({});
    let planned = false;
    const planning = plan(s).then((res) => {
      planned = true;
      return res;
    });
    const latencies: number[] = [];
    // Time health requests for as long as the plan runs (the first ones while the request is
    // still being admitted are counted too: the event loop must be free throughout).
    while (!planned) {
      const started = performance.now();
      const health = await s.app.inject({ method: 'GET', url: '/api/health' });
      if (!planned) latencies.push(performance.now() - started);
      expect(health.statusCode).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect((await planning).statusCode).toBe(200);
    // Health answered several times before the plan was done: it did not wait for the plan.
    expect(latencies.length).toBeGreaterThanOrEqual(5);
    latencies.sort((a, b) => a - b);
    expect(latencies[Math.floor(latencies.length / 2)]).toBeLessThan(100);
  });

  it("refuses a municipality's job beyond its limit with 429 and Retry-After, and takes the next one after", async () => {
    const s = await serve({ HEMMA_JOBS_PER_MUNICIPALITY: '1', HEMMA_JOB_WORKERS: '2' });
    const { long, refusal } = await refusedBesideLongPlan(s);
    expect(long.statusCode).toBe(200);
    expect(refusal?.statusCode).toBe(429);
    expect(refusal?.json()).toMatchObject({ error: 'too_many_jobs' });
    expect(Number(refusal?.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect((await plan(s, SHORT)).statusCode).toBe(200);
  });

  it('refuses work beyond the pool with 503 and Retry-After', async () => {
    const s = await serve({ HEMMA_JOBS_PER_MUNICIPALITY: '5', HEMMA_JOB_WORKERS: '1', HEMMA_JOB_QUEUE: '0' });
    const { long, refusal } = await refusedBesideLongPlan(s);
    expect(long.statusCode).toBe(200);
    expect(refusal?.statusCode).toBe(503);
    expect(refusal?.json()).toMatchObject({ error: 'busy' });
    expect(Number(refusal?.headers['retry-after'])).toBeGreaterThanOrEqual(1);
  });

  it('holds requests to the configured ceiling on iterations', async () => {
    const s = await serve({ HEMMA_PLAN_MAX_ITERATIONS: '1000' });
    const res = await plan(s, `/api/v1/day-plans?date=${DATE}&provider=p1&iterations=1001`);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ path: 'iterations' });
  });
});
