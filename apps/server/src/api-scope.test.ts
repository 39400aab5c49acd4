import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from './auth/actor.ts';
import { importScenario } from './modules/scenario/import.service.ts';
import { appWithRoutes, fillPath, type KnownRoute } from './testing/every-route.ts';
import { readExample } from './testing/fixtures.ts';
import { B, municipalityB } from './testing/municipality-b.ts';
import { loginClientView } from './testing/client-view-login.ts';
import { loginAs, type Session } from './testing/login.ts';
import { openTestDatabase, type TestDatabase } from './testing/test-db.ts';

// Every route, for every role of municipality A, aimed at municipality B's objects: none may
// answer with B's data. B's ids and names all carry "zz" so a leak shows in any reply.

const ROLES: Role[] = ['admin', 'case_officer', 'finance', 'provider_manager', 'staff', 'client', 'relative'];

/** B's object for a path parameter, chosen by the parameter's name or the collection before it. */
function bObject(param: string, before: string, bUser: string): string {
  const byName: Record<string, string> = {
    client: 'zz-c1', provider: 'zz-p1', district: 'zz-d1', staff: 'zz-s1', order: 'zz-o1', month: '2017-04', year: '2027', uid: 'zz-tag1', unit: 'zz-u1',
  };
  if (param !== 'id') return byName[param] ?? `zz-${param}`;
  const byCollection: Record<string, string> = {
    clients: 'zz-c1', orders: 'zz-o1', providers: 'zz-p1', districts: 'zz-d1', staff: 'zz-s1', deviations: 'zz-dv1', users: bUser, units: 'zz-u1', 'nfc-tags': 'zz-tag1',
  };
  return byCollection[before] ?? `zz-${before}`;
}

async function bFingerprint(t: TestDatabase): Promise<string> {
  const tables = ['clients', 'orders', 'order_areas', 'deviations', 'decisions', 'plans', 'messages', 'client_fee_data', 'excess_reviews', 'statements', 'nfc_tags', 'staff', 'providers', 'districts',
    'registrations', 'message_reads', 'staff_shifts', 'staff_shift_patterns', 'staff_shift_exceptions'];
  const parts: string[] = [];
  for (const table of tables) {
    const { rows } = await sql<{ n: number; h: string | null }>`select count(*) as n, md5(string_agg(t::text, '|' order by t::text)) as h
      from ${sql.table(table)} t where municipality_id = ${B}`.execute(t.db);
    parts.push(`${table}:${rows[0]!.n}:${rows[0]!.h}`);
  }
  return parts.join(' ');
}

describe(`no route leaks another municipality's data (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let routes: KnownRoute[];
  const sessions = new Map<Role, Session>();
  let bUser = '';

  beforeAll(async () => {
    t = await openTestDatabase();
    for (const raw of [readExample('04-fees.json'), municipalityB()]) {
      const r = await importScenario(t, raw, { referenceDate: '2026-11-23' });
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
    }
    ({ app, routes } = await appWithRoutes(t));
    for (const role of ROLES) {
      sessions.set(role, role === 'client' || role === 'relative'
        ? await loginClientView(t, { municipalityId: 'avgiftsby', clientId: 'c1', kind: role })
        : await loginAs(app, t, role, { municipalityId: 'avgiftsby', ...(role === 'staff' && { staffId: 's1' }) }));
    }
    bUser = (await loginAs(app, t, 'admin', { municipalityId: B })).user.userId;
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('walks a real set of routes', () => {
    expect(routes.length).toBeGreaterThan(20);
  });

  it('answers every role with 4xx for B\'s objects, never B\'s data in a list, and changes nothing of B', async () => {
    const before = await bFingerprint(t);
    const leaks: string[] = [];
    for (const role of ROLES) {
      const session = sessions.get(role)!;
      for (const route of routes) {
        const url = fillPath(route.url, (p, seg) => bObject(p, seg, bUser));
        const write = route.method !== 'GET';
        const res = await app.inject({ method: route.method as 'GET', url, headers: session.headers, ...(write && { payload: {} }) });
        const body = res.body;
        // A refusal may echo the id it was asked for; B's names or other ids must never show.
        const shows = res.statusCode < 400 ? /zz-|Zz/ : /Zz/;
        const aimsAtObject = route.params.some((p) => p !== 'month' && p !== 'year');
        if (res.statusCode >= 500) leaks.push(`${role} ${route.method} ${url}: ${res.statusCode} ${body.slice(0, 200)}`);
        else if (shows.test(body)) leaks.push(`${role} ${route.method} ${url}: ${res.statusCode} shows B: ${body.slice(0, 200)}`);
        else if (aimsAtObject && res.statusCode < 400) leaks.push(`${role} ${route.method} ${url}: ${res.statusCode} for B's object`);
      }
    }
    expect(leaks).toEqual([]);
    expect(await bFingerprint(t)).toBe(before);
  });
});
