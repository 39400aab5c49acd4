import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { readExample } from '../../testing/fixtures.ts';
import { loginAs, type Session } from '../../testing/login.ts';
import { openTestDatabase, type TestDatabase } from '../../testing/test-db.ts';
import { clientRows } from '../../audit/test-support.ts';
import { swedishToday } from '../clients/access.ts';
import { importScenario } from '../scenario/import.service.ts';

// "Att göra" per role. Example 01 (exempelby) with its excess left unreviewed; example 03
// (exempelstad) for exceptions of April 2017.

type Group = { kind: string; count: number; entries: { id: string; clientId?: string; clientName?: string; title?: string; at?: string }[] };

function daysFromToday(days: number): string {
  const d = new Date(`${swedishToday()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

describe(`what waits for each role (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let officer: Session;
  let manager: Session;
  let finance: Session;

  beforeAll(async () => {
    t = await openTestDatabase();
    const one = readExample('01-cap-and-declined.json') as { excessReviews: unknown[] };
    one.excessReviews = [];
    for (const raw of [one, readExample('03-bands-holidays-exceptions.json')]) {
      const r = await importScenario(t, raw, { referenceDate: '2026-11-23' });
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
    }
    app = await buildApp(loadConfig({}), t);
    officer = await loginAs(app, t, 'case_officer', { municipalityId: 'exempelby', districtId: 'd1' });
    manager = await loginAs(app, t, 'provider_manager', { municipalityId: 'exempelby', providerId: 'p1' });
    finance = await loginAs(app, t, 'finance', { municipalityId: 'exempelby' });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  const call = (s: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    app.inject({ method, url, headers: s.headers, ...(payload && { payload }) });
  const todo = async (s: Session, query = '') => {
    const res = await call(s, 'GET', `/api/v1/todo${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return new Map(res.json<{ groups: Group[] }>().groups.map((g) => [g.kind, g]));
  };

  it('gives every group of the role, empty ones too', async () => {
    expect([...(await todo(officer)).keys()]).toEqual(['new_messages', 'excess_to_review', 'deviations_to_decide', 'orders_awaiting_reply', 'orders_declined', 'decisions_expiring']);
    expect([...(await todo(manager)).keys()]).toEqual(['new_orders', 'new_messages', 'exceptions_to_resolve', 'deviations_rejected', 'month_end']);
    expect([...(await todo(finance)).keys()]).toEqual(['statements_to_approve', 'statements_to_export']);
    const staff = await loginAs(app, t, 'staff', { municipalityId: 'exempelby', staffId: 's1' });
    expect((await call(staff, 'GET', '/api/v1/todo')).json()).toEqual({ groups: [] });
    expect((await call(officer, 'GET', '/api/v1/todo?month=2016-13')).statusCode).toBe(400);
  });

  it('follows an order, a message, a deviation and the month through both sides', async () => {
    const client = (await call(officer, 'POST', '/api/v1/clients', { personalNumber: '191212121212', name: 'Elsa Lind' })).json<{ id: string }>().id;
    const decision = await call(officer, 'POST', `/api/v1/clients/${client}/decisions`, { validFrom: '2016-12-01', validTo: daysFromToday(10), hoursPerMonth: { personal_care: 10 } });
    expect(decision.statusCode, decision.body).toBe(201);
    const order = await call(officer, 'POST', '/api/v1/orders', { clientId: client, providerId: 'p1', decisionId: decision.json().id, from: '2016-12-01', to: daysFromToday(10), hoursPerMonth: { personal_care: 8 } });
    expect(order.statusCode, order.body).toBe(201);

    let mine = await todo(officer, '?month=2016-12');
    expect(mine.get('orders_awaiting_reply')).toMatchObject({ count: 1, entries: [{ id: order.json().id, clientId: client, clientName: 'Elsa Lind', title: 'p1' }] });
    expect(mine.get('decisions_expiring')).toMatchObject({ count: 1, entries: [{ id: decision.json().id, at: daysFromToday(10) }] });
    expect(mine.get('excess_to_review')).toMatchObject({ count: 1, entries: [{ id: '2016-12/p1/c1', clientId: 'c1', clientName: 'Karl Karlsson' }] });
    expect((await todo(manager)).get('new_orders')).toMatchObject({ count: 1, entries: [{ id: order.json().id, clientName: 'Elsa Lind' }] });

    await call(manager, 'POST', '/api/v1/clients/c1/messages', { body: 'Karl har fallit igen.' });
    const deviation = await call(manager, 'POST', '/api/v1/deviations', { clientId: 'c1', month: '2016-12', minutes: 30, reason: 'extra_need' });
    expect(deviation.statusCode, deviation.body).toBe(201);
    mine = await todo(officer, '?month=2016-12');
    expect(mine.get('new_messages')).toMatchObject({ count: 1, entries: [{ id: 'c1/p1', clientId: 'c1', title: 'p1' }] });
    expect(mine.get('deviations_to_decide')).toMatchObject({ count: 1, entries: [{ id: deviation.json().id, title: 'extra_need', at: '2016-12' }] });

    await call(officer, 'POST', `/api/v1/deviations/${deviation.json().id}/decision`, { decision: 'rejected', reason: 'Ryms i beställd tid' });
    await call(officer, 'POST', `/api/v1/statements/2016-12/p1/excess/c1/review`, { decision: 'approved', reason: 'Ok' });
    await call(officer, 'POST', '/api/v1/clients/c1/messages/read', {});
    mine = await todo(officer, '?month=2016-12');
    for (const kind of ['new_messages', 'excess_to_review', 'deviations_to_decide']) expect(mine.get(kind)?.count, kind).toBe(0);

    let theirs = await todo(manager, '?month=2016-12');
    expect(theirs.get('deviations_rejected')).toMatchObject({ count: 1, entries: [{ clientId: 'c1', title: 'Ryms i beställd tid' }] });
    expect(theirs.get('month_end')).toMatchObject({ count: 1, entries: [{ id: 'p1/2016-12', title: 'draft' }] });
    await call(manager, 'PUT', '/api/v1/statements/2016-12/p1/excess/c1/reason', { reason: 'Fall i hemmet' });
    expect((await call(manager, 'POST', '/api/v1/statements/2016-12/p1/submit')).statusCode).toBe(200);
    theirs = await todo(manager, '?month=2016-12');
    expect(theirs.get('month_end')).toMatchObject({ count: 0, entries: [{ title: 'submitted' }] });
    expect((await todo(finance)).get('statements_to_approve')).toMatchObject({ count: 1, entries: [{ id: 'p1/2016-12', title: 'p1' }] });

    await call(manager, 'POST', `/api/v1/orders/${order.json().id}/decline`, { reason: 'Fullt' });
    expect((await todo(officer)).get('orders_declined')).toMatchObject({ count: 1, entries: [{ id: order.json().id, title: 'Fullt' }] });
    // The auth gate also records the calls that showed no client (client_id null): only the clients shown count here.
    const reads = (await clientRows(t.db, 'exempelby')).filter((r) => r.object_type === 'todo' && r.client_id !== null);
    expect(new Set(reads.map((r) => r.client_id))).toEqual(new Set(['c1', client]));
  });

  it('lists the provider\'s unresolved exceptions of an open month, from the statement', async () => {
    const stad = await loginAs(app, t, 'provider_manager', { municipalityId: 'exempelstad', providerId: 'p1' });
    const exceptions = (await todo(stad, '?month=2017-04')).get('exceptions_to_resolve')!;
    expect(exceptions.entries.map((e) => [e.title, e.clientId])).toEqual([['unordered_double_staffing', 'c1'], ['overlap', 'c1'], ['overlap', 'c2'], ['no_active_order', 'c3']]);
    // The other municipality's officer sees none of it.
    expect((await todo(officer, '?month=2017-04')).get('excess_to_review')!.count).toBe(0);
  });
});
