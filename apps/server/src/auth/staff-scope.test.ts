import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { importScenario } from '../modules/scenario/import.service.ts';
import { readExample } from '../testing/fixtures.ts';
import { loginAs, type Session } from '../testing/login.ts';
import { openTestDatabase, type TestDatabase } from '../testing/test-db.ts';

// DOMAIN.md §6: staff see the clients of their planned visits from yesterday to a week ahead,
// those they are contact person for and those they registered at in the last 30 days; a
// provider keeps an ended order's client only while a month of the order is still open. Each
// edge is tried from both sides by moving one date by one day.
//
// Example 04 (avgiftsby): provider p1 with staff s1 and s2, clients c1–c4 with open orders
// o1–o4 from 2017; its registrations are from 2017, long out of any window. Registrations are
// append-only, so each test that adds one uses a client no later test needs.

const NOW = new Date('2026-12-10T09:00:00Z'); // Thursday 10:00 in Stockholm
const MID = 'avgiftsby';

describe(`what staff and providers see over time (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let s1: Session;
  let manager: Session;

  beforeAll(async () => {
    t = await openTestDatabase();
    const r = await importScenario(t, readExample('04-fees.json'), { referenceDate: '2026-11-23' });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    app = await buildApp(loadConfig({}), t, { now: () => NOW });
    s1 = await loginAs(app, t, 'staff', { staffId: 's1', at: NOW });
    manager = await loginAs(app, t, 'provider_manager', { providerId: 'p1', at: NOW });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });
  afterEach(async () => {
    await sql`delete from plan_visits where municipality_id = ${MID}`.execute(t.db);
    await sql`delete from plans where municipality_id = ${MID}`.execute(t.db);
    await sql`update clients set contact_person_staff_id = null where municipality_id = ${MID}`.execute(t.db);
  });

  const get = (who: Session, url: string) => app.inject({ method: 'GET', url, headers: who.headers });
  /** Does the actor see the client, in the list and as one client? Both must agree. */
  const sees = async (who: Session, client: string): Promise<boolean> => {
    const listed = (await get(who, '/api/v1/clients')).json<{ clients: { id: string }[] }>().clients.some((c) => c.id === client);
    const one = (await get(who, `/api/v1/clients/${client}`)).statusCode;
    expect(one === 200).toBe(listed);
    return listed;
  };
  /** A plan of order o1 (client c1) with a visit every day, naming `staff`. */
  const plan = async (from: string, to: string | null, staff = 's1') => {
    await sql`delete from plan_visits where municipality_id = ${MID}`.execute(t.db);
    await sql`delete from plans where municipality_id = ${MID}`.execute(t.db);
    await sql`insert into plans (municipality_id, plan_id, order_id, valid_from, valid_to) values (${MID}, 'pl1', 'o1', ${from}, ${to})`.execute(t.db);
    await sql`insert into plan_visits (municipality_id, plan_visit_id, plan_id, weekdays, window_from, window_to, duration_minutes, areas, preferred_staff_id)
      values (${MID}, 'pv1', 'pl1', '{mon,tue,wed,thu,fri,sat,sun}', '08:00', '10:00', 30, '{personal_care}', ${staff})`.execute(t.db);
  };
  const registered = async (client: string, at: string) => {
    await sql`insert into registrations (municipality_id, registration_id, kind, client_id, staff_id, at, method, reason)
      values (${MID}, ${randomUUID()}, 'arrive', ${client}, 's1', ${at}, 'manual', 'test')`.execute(t.db);
  };

  it('shows staff none of the provider\'s clients she has nothing to do with, though her manager sees them all', async () => {
    expect((await get(s1, '/api/v1/clients')).json()).toMatchObject({ clients: [] });
    expect((await get(s1, '/api/v1/clients/c1')).statusCode).toBe(404);
    expect((await get(s1, '/api/v1/orders/o1/plans')).statusCode).toBe(404);
    const all = (await get(manager, '/api/v1/clients')).json<{ clients: { id: string }[] }>().clients.map((c) => c.id);
    expect(all.sort()).toEqual(['c1', 'c2', 'c3', 'c4']);
  });

  it('counts a planned visit yesterday, not the day before', async () => {
    await plan('2026-01-01', '2026-12-09');
    expect(await sees(s1, 'c1')).toBe(true);
    expect((await get(s1, '/api/v1/orders/o1/plans')).statusCode).toBe(200);
    await plan('2026-01-01', '2026-12-08');
    expect(await sees(s1, 'c1')).toBe(false);
    expect((await get(s1, '/api/v1/orders/o1/plans')).statusCode).toBe(404);
  });

  it('counts a planned visit seven days ahead, not eight', async () => {
    await plan('2026-12-17', null);
    expect(await sees(s1, 'c1')).toBe(true);
    await plan('2026-12-18', null);
    expect(await sees(s1, 'c1')).toBe(false);
  });

  it('counts only visits planned for her, on a weekday the plan has', async () => {
    await plan('2026-01-01', null, 's2');
    expect(await sees(s1, 'c1')).toBe(false);
    await plan('2026-01-01', null);
    await sql`update plan_visits set weekdays = '{fri}' where municipality_id = ${MID}`.execute(t.db);
    expect(await sees(s1, 'c1')).toBe(true); // Friday 11 December
    await sql`update plans set valid_to = '2026-12-10' where municipality_id = ${MID}`.execute(t.db);
    expect(await sees(s1, 'c1')).toBe(false); // no Friday left in the plan
  });

  it('counts her registrations of the last 30 days (local dates), not of 31 days ago', async () => {
    // Registrations are append-only: the older one first, then the one that counts.
    await registered('c2', '2026-11-09T23:55:00+01:00');
    expect(await sees(s1, 'c2')).toBe(false);
    await registered('c2', '2026-11-10T00:05:00+01:00');
    expect(await sees(s1, 'c2')).toBe(true);
  });

  it('shows the clients she is contact person for, life story included', async () => {
    await sql`update clients set contact_person_staff_id = 's1', life_story = 'Sjömansliv' where municipality_id = ${MID} and client_id = 'c3'`.execute(t.db);
    expect(await sees(s1, 'c3')).toBe(true);
    expect((await get(s1, '/api/v1/clients/c3')).json()).toMatchObject({ lifeStory: 'Sjömansliv' });
    await sql`update clients set contact_person_staff_id = 's2' where municipality_id = ${MID} and client_id = 'c3'`.execute(t.db);
    expect(await sees(s1, 'c3')).toBe(false);
  });

  it('takes a registration at a client she cannot read yet, and then lets her read the client', async () => {
    expect(await sees(s1, 'c4')).toBe(false);
    const res = await app.inject({
      method: 'POST', url: '/api/v1/registrations', headers: s1.headers,
      payload: { registrations: [{ id: randomUUID(), kind: 'arrive', method: 'manual', client: 'c4', reason: 'vikarie', at: '2026-12-10T09:55:00+01:00' }] },
    });
    expect(res.statusCode).toBe(200);
    expect(await sees(s1, 'c4')).toBe(true);
  });

  it('keeps an ended order\'s client for the provider until every month of the order is approved', async () => {
    await sql`update orders set valid_from = '2026-09-01', valid_to = '2026-10-15', status = 'ended' where municipality_id = ${MID} and order_id = 'o1'`.execute(t.db);
    await sql`update clients set contact_person_staff_id = 's1' where municipality_id = ${MID} and client_id = 'c1'`.execute(t.db);
    await sql`insert into statements (municipality_id, provider_id, month, status) values (${MID}, 'p1', '2026-09', 'approved')`.execute(t.db);
    // October has no statement yet: still to close.
    expect(await sees(manager, 'c1')).toBe(true);
    expect(await sees(s1, 'c1')).toBe(true);
    await sql`insert into statements (municipality_id, provider_id, month, status) values (${MID}, 'p1', '2026-10', 'submitted')`.execute(t.db);
    expect(await sees(manager, 'c1')).toBe(true);
    await sql`update statements set status = 'approved' where municipality_id = ${MID} and provider_id = 'p1' and month = '2026-10'`.execute(t.db);
    expect(await sees(manager, 'c1')).toBe(false);
    expect(await sees(s1, 'c1')).toBe(false);
    expect((await get(manager, '/api/v1/orders/o1')).statusCode).toBe(404);
    // An order that ends today, or later, is not over whatever is approved.
    await sql`update orders set valid_to = '2026-12-10' where municipality_id = ${MID} and order_id = 'o1'`.execute(t.db);
    expect(await sees(manager, 'c1')).toBe(true);
    await sql`update orders set valid_to = '2026-12-09' where municipality_id = ${MID} and order_id = 'o1'`.execute(t.db);
    expect(await sees(manager, 'c1')).toBe(true); // November and December are open
  });
});
