import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { readExample } from '../../testing/fixtures.ts';
import { loginAs, type Session } from '../../testing/login.ts';
import { openTestDatabase, type TestDatabase } from '../../testing/test-db.ts';
import { importScenario } from '../scenario/import.service.ts';

// Example 03 (exempelstad), April 2017: s1's visits at c1 (10:00–10:40) and c2 (10:30–11:00)
// overlap; s2's visit at c3 has no order; s2 at c1 on the 3rd is unordered double staffing.
// A missing leave is added through the API, with a plan for the visit it carries out.

const C1_OVERLAP = 'd30e319b-0008-5557-878c-f1688a95e967';
const C3_NO_ORDER = 'f4b4998d-c95f-5c8b-bc4e-5957b0e637c4';
const MISSING_LEAVE = '0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b';

describe(`resolving exceptions (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let manager: Session;

  beforeAll(async () => {
    t = await openTestDatabase();
    const r = await importScenario(t, readExample('03-bands-holidays-exceptions.json'), { referenceDate: '2026-11-23' });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    app = await buildApp(loadConfig({}), t);
    manager = await loginAs(app, t, 'provider_manager', { providerId: 'p1' });
    const sent = await call(manager, 'POST', '/api/v1/registrations', {
      registrations: [{ id: MISSING_LEAVE, kind: 'arrive', client: 'c1', staff: 's1', method: 'manual', reason: 'Taggen saknas', at: '2017-04-20T08:00:00+02:00' }],
    });
    expect(sent.statusCode, sent.body).toBe(200);
    const plan = await call(manager, 'POST', '/api/v1/orders/o1/plans', {
      validFrom: '2017-04-01', visits: [{ weekdays: ['thu'], windowFrom: '07:30', windowTo: '09:00', durationMinutes: 45, areas: ['personal_care'] }],
    });
    expect(plan.statusCode, plan.body).toBe(201);
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  const call = (s: Session, method: 'GET' | 'POST', url: string, payload?: object) =>
    app.inject({ method, url, headers: s.headers, ...(payload && { payload }) });
  const resolve = (resolutions: object[]) => call(manager, 'POST', '/api/v1/exceptions/resolve', { month: '2017-04', resolutions });
  const stored = async () => (await t.db.selectFrom('registrations').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;

  it('lists the month\'s exceptions with the planned end of a missing leave', async () => {
    const res = await call(manager, 'GET', '/api/v1/exceptions?month=2017-04');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().exceptions.map((e: { type: string; clientId: string }) => [e.type, e.clientId])).toEqual([
      ['unordered_double_staffing', 'c1'], ['overlap', 'c1'], ['overlap', 'c2'], ['no_active_order', 'c3'], ['missing_leave', 'c1'],
    ]);
    expect(res.json().exceptions[4]).toMatchObject({ registration: MISSING_LEAVE, plannedLeave: '2017-04-20T06:45:00.000Z', clientName: expect.any(String) });
    const officer = await loginAs(app, t, 'case_officer');
    expect((await call(officer, 'GET', '/api/v1/exceptions?month=2017-04')).statusCode).toBe(403);
  });

  it('stores nothing when one resolution of several fails, and says which', async () => {
    const before = await stored();
    const stillOverlapping = await resolve([
      { kind: 'complete_leave', registration: MISSING_LEAVE, reason: 'Glömde tagga ut' },
      { kind: 'split_overlap', registration: C1_OVERLAP, reason: 'Gick 10:35', leaveAt: '2017-04-10T10:35:00+02:00' },
    ]);
    expect(stillOverlapping.statusCode).toBe(422);
    expect(stillOverlapping.json()).toMatchObject({ error: 'unprocessable', path: 'resolutions[1]' });
    const wrongType = await resolve([{ kind: 'explain_no_order', registration: C1_OVERLAP, reason: 'x' }]);
    expect(wrongType.json()).toMatchObject({ path: 'resolutions[0].registration' });
    const later = await resolve([{ kind: 'split_overlap', registration: C1_OVERLAP, reason: 'x', leaveAt: '2017-04-10T11:00:00+02:00' }]);
    expect(later.json()).toMatchObject({ path: 'resolutions[0].leaveAt' });
    expect((await resolve([{ kind: 'complete_leave', registration: MISSING_LEAVE }])).json()).toMatchObject({ path: '/resolutions/0/reason' });
    expect(await stored()).toBe(before);
  });

  it('resolves several at once as correction registrations with their reason', async () => {
    const res = await resolve([
      { kind: 'complete_leave', registration: MISSING_LEAVE, reason: 'Glömde tagga ut' },
      { kind: 'split_overlap', registration: C1_OVERLAP, reason: 'Gick 10:30 till nästa', leaveAt: '2017-04-10T10:30:00+02:00' },
      { kind: 'explain_no_order', registration: C3_NO_ORDER, reason: 'Fel kund registrerad' },
    ]);
    expect(res.statusCode, res.body).toBe(200);
    const { registrations, remaining } = res.json();
    expect(registrations.map((r: { kind: string; resolution: number }) => [r.kind, r.resolution])).toEqual([['leave', 0], ['leave', 1], ['void', 2], ['void', 2]]);
    expect(registrations[0]).toMatchObject({ corrects: null, at: '2017-04-20T06:45:00.000Z' });
    expect(registrations[2].corrects).toBe(C3_NO_ORDER);
    expect(remaining).toBe(1);
    const left = (await call(manager, 'GET', '/api/v1/exceptions?month=2017-04')).json().exceptions;
    expect(left.map((e: { type: string }) => e.type)).toEqual(['unordered_double_staffing']);
    const rows = await t.db.selectFrom('registrations').select(['method', 'reason']).where('registration_id', 'in', registrations.map((r: { id: string }) => r.id)).execute();
    expect(rows.every((r) => r.method === 'manual' && r.reason !== null)).toBe(true);
    const visits = (await call(manager, 'GET', '/api/v1/clients/c1/visits?month=2017-04')).json();
    expect(visits.corrections).toContainEqual(expect.objectContaining({ kind: 'leave', reason: 'Gick 10:30 till nästa' }));
    const audit = await t.db.selectFrom('audit_log').select('client_id').where('object_type', '=', 'registration').where('action', '=', 'create').execute();
    expect(audit.map((a) => a.client_id)).toEqual(expect.arrayContaining(['c1', 'c3']));
    // Resolved is resolved: the same exception cannot be resolved again.
    expect((await resolve([{ kind: 'explain_no_order', registration: C3_NO_ORDER, reason: 'igen' }])).statusCode).toBe(422);
  });
});
