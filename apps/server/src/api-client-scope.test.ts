import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importScenario } from './modules/scenario/import.service.ts';
import { appWithRoutes, fillPath, type KnownRoute } from './testing/every-route.ts';
import { loginClientView } from './testing/client-view-login.ts';
import { readExample } from './testing/fixtures.ts';
import type { Session } from './testing/login.ts';
import { openTestDatabase, type TestDatabase } from './testing/test-db.ts';

// The scope walk inside one municipality for the client view's roles: Alma Ek (c1) and her
// relative aim every route at Bertil Ås (c2), who shares her district and provider, by path and
// by body. Nothing of Bertil may show, and nothing may be stored; a relative whose consent has
// run out, or whose access has ended, reaches nothing at all.

const A = 'avgiftsby';
const OTHER = /Bertil|19600515|pv-c2/;

/** c2's object for each path parameter. */
function c2Object(param: string, before: string): string {
  if (param === 'month') return '2017-05';
  const byCollection: Record<string, string> = { clients: 'c2', orders: 'o2', 'client-access': '00000000-0000-4000-8000-0000000000c2', 'visit-requests': '00000000-0000-4000-8000-0000000000c2' };
  return byCollection[before] ?? { client: 'c2', provider: 'p1', staff: 's1', district: 'd1', uid: 'none', unit: 'none', order: 'o2' }[param] ?? 'c2';
}

async function fingerprint(t: TestDatabase): Promise<string> {
  const tables = ['clients', 'orders', 'plans', 'plan_visits', 'registrations', 'messages', 'visit_requests', 'client_access', 'passkey_codes', 'users'];
  const parts: string[] = [];
  for (const table of tables) {
    const { rows } = await sql<{ n: number; h: string | null }>`select count(*) as n, md5(string_agg(t::text, '|' order by t::text)) as h from ${sql.table(table)} t`.execute(t.db);
    parts.push(`${table}:${rows[0]!.n}:${rows[0]!.h}`);
  }
  return parts.join(' ');
}

describe(`a client or relative reaches only her own client (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let routes: KnownRoute[];
  const sessions = new Map<string, Session>();

  beforeAll(async () => {
    t = await openTestDatabase();
    const r = await importScenario(t, readExample('04-fees.json'), { referenceDate: '2026-11-23' });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const q = (query: ReturnType<typeof sql>) => query.execute(t.db);
    for (const [client, order] of [['c1', 'o1'], ['c2', 'o2']]) {
      await q(sql`insert into plans (municipality_id, plan_id, order_id, valid_from) values (${A}, ${`plan-${client}`}, ${order}, '2020-01-01')`);
      await q(sql`insert into plan_visits (municipality_id, plan_visit_id, plan_id, weekdays, window_from, window_to, duration_minutes, areas, preferred_staff_id)
        values (${A}, ${`pv-${client}`}, ${`plan-${client}`}, '{mon,tue,wed,thu,fri,sat,sun}', '08:00', '09:00', 30, '{personal_care}', 's1')`);
    }
    ({ app, routes } = await appWithRoutes(t));
    sessions.set('client', await loginClientView(t, { municipalityId: A, clientId: 'c1', kind: 'client' }));
    sessions.set('relative', await loginClientView(t, { municipalityId: A, clientId: 'c1', kind: 'relative' }));
    sessions.set('consent over', await loginClientView(t, { municipalityId: A, clientId: 'c1', kind: 'relative', consentUntil: '2020-12-31' }));
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('answers every route aimed at another client with a refusal that shows nothing of her, and stores nothing', async () => {
    const before = await fingerprint(t);
    const problems: string[] = [];
    for (const who of ['client', 'relative']) {
      for (const route of routes) {
        const url = fillPath(route.url, c2Object);
        const write = route.method !== 'GET';
        const res = await app.inject({ method: route.method as 'GET', url, headers: sessions.get(who)!.headers, ...(write && { payload: {} }) });
        const mine = route.url.startsWith('/api/v1/my/');
        if (res.statusCode >= 500) problems.push(`${who} ${route.method} ${url}: ${res.statusCode}`);
        else if (OTHER.test(res.body)) problems.push(`${who} ${route.method} ${url}: shows c2: ${res.body.slice(0, 200)}`);
        else if (!mine && res.statusCode < 400) problems.push(`${who} ${route.method} ${url}: ${res.statusCode} for another client`);
      }
    }
    expect(problems).toEqual([]);
    expect(await fingerprint(t)).toBe(before);
  });

  it('refuses a request about another client\'s planned visit and takes her own', async () => {
    const headers = sessions.get('relative')!.headers;
    const tomorrow = new Date(Date.now() + 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
    const before = await fingerprint(t);
    const foreign = await app.inject({ method: 'POST', url: '/api/v1/my/visit-requests', headers, payload: { planVisitId: 'pv-c2', date: tomorrow, kind: 'cancel' } });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json()).toMatchObject({ path: 'planVisitId' });
    expect(await fingerprint(t)).toBe(before);
    const own = await app.inject({ method: 'POST', url: '/api/v1/my/visit-requests', headers, payload: { planVisitId: 'pv-c1', date: tomorrow, kind: 'cancel' } });
    expect(own.statusCode).toBe(201);
    expect(own.json()).toMatchObject({ clientId: 'c1', planVisitId: 'pv-c1', status: 'pending', askedBy: 'Test Anhörig' });
  });

  it('shows her own client only, with staff by first name', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/my/overview', headers: sessions.get('client')!.headers });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ clientName: string; coming: { staffFirstNames: string[] }[] }>();
    expect(body.clientName).toBe('Alma Ek');
    expect(body.coming.length).toBeGreaterThanOrEqual(14);
    expect(body.coming[0]!.staffFirstNames).toEqual(['Nora']);
    expect(res.body).not.toMatch(/Nilsson|Bertil/);
  });

  it('gives a relative whose consent has run out nothing', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/my/overview', headers: sessions.get('consent over')!.headers });
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toMatch(/Alma/);
  });
});
