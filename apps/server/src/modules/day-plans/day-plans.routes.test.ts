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

  it('derives a day\'s shifts from the weekly pattern unless the date is an exception', async () => {
    const THURSDAY = '2017-05-18';
    const put = (staff: string, weekly: object[]) => app.inject({ method: 'PUT', url: `/api/v1/staff/${staff}/shift-pattern`, headers: manager.headers, payload: { weekly } });
    const set = await put('s1', [{ weekday: 'tue', start: '07:00', end: '15:00' }, { weekday: 'thu', start: '07:00', end: '15:00', skills: ['lift'] }]);
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ staffId: 's1', weekly: [{ weekday: 'tue' }, { weekday: 'thu', skills: ['lift'] }], exceptions: [] });
    expect((await put('s2', [{ weekday: 'thu', start: '06:00', end: '16:00' }])).statusCode).toBe(200);
    const overlap = await put('s2', [{ weekday: 'thu', start: '06:00', end: '12:00' }, { weekday: 'thu', start: '11:00', end: '16:00' }]);
    expect(overlap.statusCode).toBe(400);
    expect(overlap.json()).toMatchObject({ path: 'weekly[1].start' });

    const shifts = async (date: string) => (await app.inject({ method: 'GET', url: `/api/v1/shifts?date=${date}&provider=p1`, headers: manager.headers })).json().shifts;
    expect(await shifts(THURSDAY)).toEqual([
      { staff: 's1', start: '07:00', end: '15:00', skills: ['lift'], source: 'pattern' },
      { staff: 's2', start: '06:00', end: '16:00', skills: [], source: 'pattern' },
    ]);
    // The Tuesday set by hand before (PUT /shifts) stays as it was.
    expect((await shifts(DATE)).map((x: { source: string }) => x.source)).toEqual(['exception', 'exception']);

    const off = await app.inject({ method: 'PUT', url: `/api/v1/staff/s2/shift-exceptions/${THURSDAY}`, headers: manager.headers, payload: { shifts: [], note: 'Semester' } });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json().exceptions).toEqual([{ date: THURSDAY, reason: 'other', note: 'Semester', shifts: [] }]);
    expect((await shifts(THURSDAY)).map((x: { staff: string }) => x.staff)).toEqual(['s1']);
    const plan = (await app.inject({ method: 'GET', url: `/api/v1/day-plans?date=${THURSDAY}&provider=p1`, headers: manager.headers })).json().plan;
    expect(plan.routes.map((r: { staff: string }) => r.staff)).toEqual(['s1']);

    expect((await app.inject({ method: 'DELETE', url: `/api/v1/staff/s2/shift-exceptions/${THURSDAY}`, headers: manager.headers })).statusCode).toBe(204);
    expect((await shifts(THURSDAY)).map((x: { staff: string }) => x.staff)).toEqual(['s1', 's2']);
    const pattern = await app.inject({ method: 'GET', url: '/api/v1/staff/s2/shift-pattern?from=2017-05-01&to=2017-05-31', headers: manager.headers });
    expect(pattern.json()).toMatchObject({ weekly: [{ weekday: 'thu', start: '06:00' }], exceptions: [] });

    const officer = await loginAs(app, t, 'case_officer');
    expect((await app.inject({ method: 'GET', url: '/api/v1/staff/s2/shift-pattern', headers: officer.headers })).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/v1/staff/nobody/shift-pattern', headers: manager.headers })).statusCode).toBe(404);
  });

  it('takes coordinates placed by a person, and plans without them when they are missing', async () => {
    const patch = (payload: object) => app.inject({ method: 'PATCH', url: '/api/v1/clients/c2', headers: manager.headers, payload });
    const half = await patch({ latitude: 59.3 });
    expect(half.statusCode).toBe(400);
    expect(half.json()).toMatchObject({ path: '/longitude' });
    expect((await patch({ latitude: 91, longitude: 18 })).json()).toMatchObject({ path: '/latitude' });
    expect((await patch({ latitude: 59.33, longitude: 18.06 })).json()).toMatchObject({ latitude: 59.33, longitude: 18.06 });
    expect((await patch({ latitude: null, longitude: null })).json()).toMatchObject({ latitude: null, longitude: null });
    const res = await app.inject({ method: 'GET', url: `/api/v1/day-plans?date=${DATE}&provider=p1`, headers: manager.headers });
    expect(res.statusCode).toBe(200);
    expect(res.json().withoutLocation).toEqual(['pv2']);
    const planned = res.json().plan.routes.flatMap((r: { stops: { visit: string }[] }) => r.stops.map((x) => x.visit));
    expect(planned).toContain('pv1');
    expect(planned).not.toContain('pv2');
  });
});
