import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { verifyAuditChain } from '../../audit/audit.service.ts';
import { clientListOf } from '../../audit/hash.ts';
import { tamper } from '../../audit/test-support.ts';
import { loadConfig } from '../../config.ts';
import { readExample } from '../../testing/fixtures.ts';
import { loginAs, type Session } from '../../testing/login.ts';
import { openTestDatabase, type TestDatabase } from '../../testing/test-db.ts';
import { importScenario } from '../scenario/import.service.ts';

// Every screen that lists many clients' data logs one chain row per read, its clients in
// audit_log_clients, found by any of them (docs/audit.md, "Lists"). Example 04 (avgiftsby): c1–c4
// of district d1, all served by p1; s1 visits c1 on Mondays and c2 on Mondays and Tuesdays.

const M = 'avgiftsby';
const MONDAY = '2017-05-15';

type Json = Record<string, unknown>;
type Who = 'officer' | 'manager' | 'staff';

interface ListScreen {
  name: string;
  who: Who;
  url: string;
  objectType: string;
  /** The clients the reply shows, as the reader sees them. */
  shown: (reply: Json) => string[];
}

const ids = (items: unknown, key = 'clientId') => (items as Json[]).map((x) => x[key] as string);

const SCREENS: ListScreen[] = [
  { name: 'the clients list', who: 'officer', url: '/api/v1/clients', objectType: 'client', shown: (r) => ids(r.clients, 'id') },
  { name: 'the orders list', who: 'officer', url: '/api/v1/orders', objectType: 'order', shown: (r) => ids(r.orders) },
  { name: 'the inbox', who: 'officer', url: '/api/v1/messages/inbox', objectType: 'message', shown: (r) => ids(r.threads) },
  { name: 'the deviations of a month', who: 'officer', url: '/api/v1/deviations?month=2017-05', objectType: 'deviation', shown: (r) => ids(r.deviations) },
  { name: 'excess time for review', who: 'officer', url: '/api/v1/follow-up/2017-05/excess?status=all', objectType: 'excess', shown: (r) => ids(r.excess) },
  { name: "a staff member's day", who: 'staff', url: `/api/v1/my-day?date=${MONDAY}`, objectType: 'client', shown: (r) => ids(r.visits) },
  {
    name: 'the week plan', who: 'manager', url: '/api/v1/week-plans?provider=p1&week=2017-05-17', objectType: 'client',
    shown: (r) => [
      ...(r.staff as { days: { visits: unknown[] }[] }[]).flatMap((s) => s.days.flatMap((d) => ids(d.visits))),
      ...(r.unassigned as { visits: unknown[] }[]).flatMap((d) => ids(d.visits)),
    ],
  },
  { name: "the provider's staff notes", who: 'manager', url: '/api/v1/staff-notes', objectType: 'staff_note', shown: (r) => ids(r.notes) },
];

describe(`list screens log one audit row per read (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  const sessions = {} as Record<Who | 'admin', Session>;

  beforeAll(async () => {
    t = await openTestDatabase();
    const r = await importScenario(t, readExample('04-fees.json'), { referenceDate: '2026-11-23' });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    // s1's Mondays and Tuesdays; and a granted time so small that May's visits exceed it for every client.
    await sql`insert into plans (municipality_id, plan_id, order_id, valid_from) values (${M}, 'lp1', 'o1', '2017-01-01'), (${M}, 'lp2', 'o2', '2017-01-01')`.execute(t.db);
    await sql`insert into plan_visits (municipality_id, plan_visit_id, plan_id, weekdays, window_from, window_to, duration_minutes, areas, staff_count, preferred_staff_id)
      values (${M}, 'lv1', 'lp1', '{mon}', '08:00', '10:00', 45, '{personal_care}', 1, 's1'),
             (${M}, 'lv2', 'lp2', '{mon,tue}', '11:00', '12:00', 30, '{personal_care}', 1, 's1')`.execute(t.db);
    await sql`update order_areas set hours_per_month = 1 where municipality_id = ${M}`.execute(t.db);
    app = await buildApp(loadConfig({}), t);
    sessions.officer = await loginAs(app, t, 'case_officer', { municipalityId: M, districtId: 'd1' });
    sessions.manager = await loginAs(app, t, 'provider_manager', { municipalityId: M, providerId: 'p1' });
    sessions.staff = await loginAs(app, t, 'staff', { municipalityId: M, staffId: 's1' });
    sessions.admin = await loginAs(app, t, 'admin', { municipalityId: M });
    for (const client of ['c1', 'c2', 'c3']) {
      await write('officer', `/api/v1/clients/${client}/messages`, { body: 'Hur går det?', providerId: 'p1' });
      await write('manager', '/api/v1/deviations', { clientId: client, month: '2017-05', minutes: 30, reason: 'extra_need' });
      await write('manager', '/api/v1/staff-notes', { client, body: 'Ny portkod.' });
    }
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  async function write(who: Who, url: string, payload: object): Promise<void> {
    const res = await app.inject({ method: 'POST', url, headers: sessions[who].headers, payload });
    if (res.statusCode !== 201) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
  }
  const get = (who: Who | 'admin', url: string) => app.inject({ method: 'GET', url, headers: sessions[who].headers });
  const head = async () => (await t.db.selectFrom('audit_chain_heads').select('seq').where('municipality_id', '=', M).executeTakeFirst())?.seq ?? 0;
  const rowsAfter = (seq: number) =>
    t.db.selectFrom('audit_log').select(['seq', 'action', 'client_id', 'object_type', 'object_id', 'details']).where('municipality_id', '=', M).where('seq', '>', seq).orderBy('seq').execute();
  const listed = async (seq: number) =>
    (await t.db.selectFrom('audit_log_clients').select('client_id').where('municipality_id', '=', M).where('seq', '=', seq).execute()).map((r) => r.client_id).sort();

  /** Reads the screen once: the reply's clients and the chain rows the read appended. */
  async function readOnce(screen: Pick<ListScreen, 'who' | 'url' | 'shown'>) {
    const before = await head();
    const res = await get(screen.who, screen.url);
    expect(res.statusCode, res.body).toBe(200);
    return { shown: [...new Set(screen.shown(res.json()))].sort(), rows: await rowsAfter(before) };
  }

  it.each(SCREENS)('$name: one chain row naming the K clients shown, found by each of them', async (screen) => {
    const { shown, rows } = await readOnce(screen);
    expect(shown.length, 'the screen shows several clients').toBeGreaterThanOrEqual(2);
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toMatchObject({ action: 'read', client_id: null, object_type: screen.objectType, object_id: null });
    expect(row!.details.clients).toEqual(clientListOf(shown));
    expect(await listed(row!.seq)).toEqual(shown);

    for (const client of [shown[0]!, shown.at(-1)!]) {
      const res = await get('admin', `/api/v1/audit?client=${client}&limit=500`);
      expect(res.statusCode, res.body).toBe(200);
      const found = res.json<{ entries: { seq: number; clientId: string; listOf: number | null }[] }>();
      expect(found.entries.find((e) => e.seq === row!.seq)).toMatchObject({ clientId: client, listOf: shown.length });
    }
    expect(await verifyAuditChain(t.db, M)).toMatchObject({ ok: true });
  });

  it('keeps a read of one client one row about her: a dialogue, or the orders list filtered to her', async () => {
    for (const url of ['/api/v1/clients/c1/messages', '/api/v1/orders?clientId=c1']) {
      const { shown, rows } = await readOnce({ who: 'officer', url, shown: (r) => (r.messages ? ['c1'] : ids(r.orders)) });
      expect(shown).toEqual(['c1']);
      expect(rows.map((r) => [r.client_id, r.details.clients])).toEqual([['c1', undefined]]);
    }
    const thread = (await rowsAfter(0)).filter((r) => r.object_type === 'message' && r.action === 'read' && r.client_id === 'c1');
    expect(thread.at(-1)!.details).toEqual({ count: 1 });
  });

  it('breaks the chain at a list row whose clients were changed afterwards', async () => {
    const { rows } = await readOnce(SCREENS[0]!);
    const seq = rows[0]!.seq;
    expect(await verifyAuditChain(t.db, M)).toMatchObject({ ok: true });
    await tamper(t.db, (db) => sql`delete from audit_log_clients where municipality_id = ${M} and seq = ${seq} and client_id = 'c2'`.execute(db));
    expect(await verifyAuditChain(t.db, M)).toMatchObject({ ok: false, firstBadSeq: seq, reason: expect.stringMatching(/is a list of 4 clients, but audit_log_clients holds 3/) });
  });
});
