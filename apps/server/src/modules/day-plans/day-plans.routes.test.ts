import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { readExample } from '../../testing/fixtures.ts';
import { loginAs, type Session } from '../../testing/login.ts';
import { openTestDatabase, type TestDatabase } from '../../testing/test-db.ts';
import { importScenario } from '../scenario/import.service.ts';

const DATE = '2017-05-16'; // a Tuesday

describe(`day plans over HTTP (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let manager: Session;

  beforeAll(async () => {
    t = await openTestDatabase();
    const r = await importScenario(t, readExample('04-fees.json'), { referenceDate: '2026-11-23' });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    // Four clients a few km apart, each with a plan of one visit on Tuesdays.
    const places = [[59.30, 18.00], [59.31, 18.03], [59.32, 18.01], [59.29, 18.05]] as const;
    for (const [i, [lat, lon]] of places.entries()) {
      const c = `c${i + 1}`;
      await sql`update clients set latitude = ${lat}, longitude = ${lon}, contact_person_staff_id = 's1' where municipality_id = 'avgiftsby' and client_id = ${c}`.execute(t.db);
      await sql`insert into plans (municipality_id, plan_id, order_id, valid_from) values ('avgiftsby', ${`plan${i + 1}`}, ${`o${i + 1}`}, '2017-01-01')`.execute(t.db);
      await sql`insert into plan_visits (municipality_id, plan_visit_id, plan_id, weekdays, window_from, window_to, duration_minutes, areas, staff_count)
        values ('avgiftsby', ${`pv${i + 1}`}, ${`plan${i + 1}`}, '{tue,thu}', '08:00', '11:00', 45, '{personal_care}', ${i === 3 ? 2 : 1})`.execute(t.db);
    }
    app = await buildApp(loadConfig({}), t);
    manager = await loginAs(app, t, 'provider_manager', { providerId: 'p1' });
    const shifts = await app.inject({
      method: 'PUT', url: '/api/v1/shifts', headers: manager.headers,
      payload: { date: DATE, shifts: [{ staff: 's1', start: '07:00', end: '15:00' }, { staff: 's2', start: '07:00', end: '15:00' }] },
    });
    expect(shifts.statusCode).toBe(204);
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('plans every agreed visit within its window, both staff on the double-staffed one, with travel and continuity', async () => {
    const res = await app.inject({ method: 'GET', url: `/api/v1/day-plans?date=${DATE}&provider=p1`, headers: manager.headers });
    expect(res.statusCode).toBe(200);
    const { plan, continuity } = res.json();
    expect(plan.unassigned).toEqual([]);
    const stops = plan.routes.flatMap((r: { staff: string; stops: { visit: string; start: number }[] }) => r.stops.map((s) => ({ ...s, staff: r.staff })));
    expect(stops.map((s: { visit: string }) => s.visit).sort()).toEqual(['pv1', 'pv2', 'pv3', 'pv4', 'pv4']);
    for (const s of stops) {
      expect(s.start).toBeGreaterThanOrEqual(480);
      expect(s.start).toBeLessThanOrEqual(660);
    }
    const pv4 = stops.filter((s: { visit: string }) => s.visit === 'pv4');
    expect(new Set(pv4.map((s: { staff: string }) => s.staff)).size).toBe(2);
    expect(plan.travelMinutes).toBeGreaterThan(0);
    expect(continuity.perClient.map((c: { client: string }) => c.client)).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect(continuity.max).toBeGreaterThanOrEqual(1);
  });

  it('re-costs the plan after a manual move and names what it breaks', async () => {
    const res = await app.inject({
      method: 'POST', url: '/api/v1/day-plans/recost', headers: manager.headers,
      payload: { date: DATE, provider: 'p1', rounds: [{ staff: 's1', visits: ['pv1', 'pv2', 'pv3', 'pv4'] }, { staff: 's2', visits: [] }] },
    });
    expect(res.statusCode).toBe(200);
    const { plan } = res.json();
    expect(plan.routes[0].stops.map((s: { visit: string }) => s.visit)).toEqual(['pv1', 'pv2', 'pv3', 'pv4']);
    expect(plan.violations).toContainEqual({ kind: 'double_staffing_short', visit: 'pv4' });
    const bad = await app.inject({ method: 'POST', url: '/api/v1/day-plans/recost', headers: manager.headers, payload: { date: DATE, provider: 'p1', rounds: [{ staff: 'ghost', visits: [] }] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ path: 'rounds[0].staff' });
  });

  it('keeps planning to managers of the provider and admins', async () => {
    const staff = await loginAs(app, t, 'staff', { providerId: 'p1' });
    expect((await app.inject({ method: 'GET', url: `/api/v1/day-plans?date=${DATE}&provider=p1`, headers: staff.headers })).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: `/api/v1/day-plans?date=${DATE}&provider=p9`, headers: manager.headers })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: `/api/v1/day-plans?date=2017-02-30&provider=p1`, headers: manager.headers })).statusCode).toBe(400);
  });
});
