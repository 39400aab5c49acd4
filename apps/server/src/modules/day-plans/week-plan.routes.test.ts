import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { clientRows } from '../../audit/test-support.ts';
import { loadConfig } from '../../config.ts';
import { readExample } from '../../testing/fixtures.ts';
import { loginAs, type Session } from '../../testing/login.ts';
import { openTestDatabase, type TestDatabase } from '../../testing/test-db.ts';
import { importScenario } from '../scenario/import.service.ts';

// Pattern versions, exception periods with a reason, a staff member's days and the week plan.
const MONDAY = '2017-05-15';

describe(`shift periods and the week plan over HTTP (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let manager: Session;
  const call = (method: 'GET' | 'PUT' | 'POST' | 'DELETE', url: string, payload?: object) => app.inject({ method, url, headers: manager.headers, ...(payload && { payload }) });

  beforeAll(async () => {
    t = await openTestDatabase();
    const r = await importScenario(t, readExample('04-fees.json'), { referenceDate: '2026-11-23' });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    // c1 is visited by s1 on Mondays and Tuesdays 08–10; c2 on Tuesdays by nobody named; c2 has no coordinates.
    await sql`update clients set latitude = 59.3, longitude = 18.0 where municipality_id = 'avgiftsby' and client_id = 'c1'`.execute(t.db);
    await sql`update clients set latitude = null, longitude = null, contact_person_staff_id = 's1' where municipality_id = 'avgiftsby' and client_id = 'c2'`.execute(t.db);
    await sql`insert into plans (municipality_id, plan_id, order_id, valid_from) values ('avgiftsby', 'wp1', 'o1', '2017-01-01'), ('avgiftsby', 'wp2', 'o2', '2017-01-01')`.execute(t.db);
    await sql`insert into plan_visits (municipality_id, plan_visit_id, plan_id, weekdays, window_from, window_to, duration_minutes, areas, staff_count, preferred_staff_id)
      values ('avgiftsby', 'wv1', 'wp1', '{mon,tue}', '08:00', '10:00', 45, '{personal_care}', 1, 's1'),
             ('avgiftsby', 'wv2', 'wp2', '{tue}', '17:00', '18:00', 30, '{service}', 1, null)`.execute(t.db);
    app = await buildApp(loadConfig({}), t);
    manager = await loginAs(app, t, 'provider_manager', { providerId: 'p1' });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('keeps pattern versions by start date: a new week from a date leaves earlier dates as they were', async () => {
    expect((await call('PUT', '/api/v1/staff/s1/shift-pattern', { weekly: [{ weekday: 'mon', start: '07:00', end: '16:00' }, { weekday: 'tue', start: '07:00', end: '16:00' }] })).statusCode).toBe(200);
    const later = await call('PUT', '/api/v1/staff/s1/shift-pattern', { validFrom: '2017-06-01', weekly: [{ weekday: 'mon', start: '13:00', end: '22:00' }] });
    expect(later.statusCode, later.body).toBe(200);
    expect(later.json()).toMatchObject({
      weekly: [{ weekday: 'mon', start: '13:00' }],
      versions: [{ validFrom: null, weekly: [{ weekday: 'mon' }, { weekday: 'tue' }] }, { validFrom: '2017-06-01', weekly: [{ weekday: 'mon', start: '13:00' }] }],
    });
    const days = async (from: string, to: string) => (await call('GET', `/api/v1/staff/s1/shifts?from=${from}&to=${to}`)).json().days;
    expect((await days('2017-05-29', '2017-05-29'))[0].shifts).toMatchObject([{ start: '07:00', source: 'pattern' }]);
    expect((await days('2017-06-05', '2017-06-06')).map((d: { shifts: { start: string }[] }) => d.shifts.map((s) => s.start))).toEqual([['13:00'], []]);
    // An empty week with its date removes that version again.
    expect((await call('PUT', '/api/v1/staff/s1/shift-pattern', { validFrom: '2017-06-01', weekly: [] })).json().versions).toHaveLength(1);
    expect((await call('GET', '/api/v1/staff/s1/shifts?from=2017-01-01&to=2017-03-31')).json()).toMatchObject({ path: 'to' });
  });

  it('makes a period an exception with a reason, shows it per day and gives it back', async () => {
    const sick = await call('POST', '/api/v1/staff/s1/shift-exceptions', { from: '2017-05-16', to: '2017-05-17', reason: 'sick', shifts: [] });
    expect(sick.statusCode, sick.body).toBe(200);
    expect(sick.json().exceptions).toEqual([
      { date: '2017-05-16', reason: 'sick', note: '', shifts: [] }, { date: '2017-05-17', reason: 'sick', note: '', shifts: [] },
    ]);
    const course = await call('PUT', '/api/v1/staff/s1/shift-exceptions/2017-05-15', { reason: 'course', note: 'HLR', shifts: [{ start: '12:00', end: '16:00' }] });
    expect(course.statusCode).toBe(200);
    const days = (await call('GET', `/api/v1/staff/s1/shifts?from=${MONDAY}&to=2017-05-18`)).json().days;
    expect(days).toEqual([
      { date: MONDAY, exception: { reason: 'course', note: 'HLR' }, shifts: [{ start: '12:00', end: '16:00', skills: [], source: 'exception' }] },
      { date: '2017-05-16', exception: { reason: 'sick', note: '' }, shifts: [] },
      { date: '2017-05-17', exception: { reason: 'sick', note: '' }, shifts: [] },
      { date: '2017-05-18', exception: null, shifts: [] },
    ]);
    const backwards = await call('POST', '/api/v1/staff/s1/shift-exceptions', { from: '2017-05-17', to: '2017-05-16', shifts: [] });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json()).toMatchObject({ path: 'to' });
    const badReason = await call('POST', '/api/v1/staff/s1/shift-exceptions', { from: '2017-05-16', to: '2017-05-16', reason: 'holiday', shifts: [] });
    expect(badReason.statusCode).toBe(400);
    const overlap = await call('POST', '/api/v1/staff/s1/shift-exceptions', { from: '2017-05-16', to: '2017-05-16', shifts: [{ start: '08:00', end: '12:00' }, { start: '11:00', end: '13:00' }] });
    expect(overlap.json()).toMatchObject({ path: 'shifts[1].start' });
  });

  it('lays the plans\' visits over the shifts: who visits whom, what does not fit, what has no one, who has no place', async () => {
    const res = await call('GET', '/api/v1/week-plans?provider=p1&week=2017-05-17');
    expect(res.statusCode, res.body).toBe(200);
    const week = res.json();
    expect(week.dates[0]).toBe(MONDAY);
    expect(week.dates).toHaveLength(7);
    const s1 = week.staff.find((s: { id: string }) => s.id === 's1');
    const visits = s1.days.map((d: { visits: { clientId: string; fit: string }[] }) => d.visits.map((v) => `${v.clientId} ${v.fit}`));
    // Monday: a course 12–16, so the morning visit does not fit; Tuesday: sick.
    expect(visits.slice(0, 3)).toEqual([['c1 outside'], ['c1 off'], []]);
    expect(s1.days[1].exception).toEqual({ reason: 'sick', note: '' });
    expect(week.unassigned).toEqual([{ date: '2017-05-16', visits: [expect.objectContaining({ planVisitId: 'wv2', clientId: 'c2', windowFrom: '17:00' })] }]);
    expect(week.withoutLocation.map((c: { clientId: string }) => c.clientId)).toEqual(['c2']);

    // Every client shown is logged as read, once, in one list row.
    const rows = (await clientRows(t.db, 'avgiftsby')).filter((r) => r.action === 'read' && r.object_type === 'client' && r.details.view === 'week-plan');
    expect(rows.map((r) => [r.client_id, r.list_of])).toEqual([['c1', 2], ['c2', 2]]);
    expect(new Set(rows.map((r) => r.seq)).size).toBe(1);
  });

  it('leaves out staff who no longer work here, and keeps the week to the provider\'s manager', async () => {
    expect((await call('GET', '/api/v1/week-plans?provider=p9&week=2017-05-17')).statusCode).toBe(404);
    const staff = await loginAs(app, t, 'staff', { providerId: 'p1' });
    expect((await app.inject({ method: 'GET', url: '/api/v1/week-plans?provider=p1&week=2017-05-17', headers: staff.headers })).statusCode).toBe(403);
    const gone = await app.inject({ method: 'PATCH', url: '/api/v1/staff/s1', headers: manager.headers, payload: { active: false, employmentPercent: 75 } });
    expect(gone.json()).toMatchObject({ id: 's1', active: false, employmentPercent: 75 });
    const week = (await call('GET', '/api/v1/week-plans?provider=p1&week=2017-05-17')).json();
    expect(week.staff.map((s: { id: string }) => s.id)).not.toContain('s1');
    expect(week.unassigned.map((d: { date: string }) => d.date)).toEqual([MONDAY, '2017-05-16']);
    expect((await call('GET', '/api/v1/shifts?date=2017-05-22&provider=p1')).json().shifts.map((s: { staff: string }) => s.staff)).not.toContain('s1');
    const bad = await app.inject({ method: 'PATCH', url: '/api/v1/staff/s1', headers: manager.headers, payload: { employmentPercent: 0 } });
    expect(bad.statusCode).toBe(400);
  });
});
