import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from './auth/actor.ts';
import { PERMISSIONS, routeKey } from './auth/permissions.ts';
import { importScenario } from './modules/scenario/import.service.ts';
import { sql } from 'kysely';
import { PLAN_VISIT, VIEW_CLIENT, WALK, type WalkContext } from './testing/audit-walk-requests.ts';
import { loginClientView } from './testing/client-view-login.ts';
import { appWithRoutes, type KnownRoute } from './testing/every-route.ts';
import { readExample } from './testing/fixtures.ts';
import { loginAs, type Session } from './testing/login.ts';
import { openTestDatabase, type TestDatabase } from './testing/test-db.ts';

// Every route, as every role its declaration names, with a request that works: each success
// that reads client data or changes anything leaves audit rows, the service's or the gate's,
// never both; a refusal leaves none from the gate. DOMAIN.md §6, docs/audit.md.

const M = 'exempelby';
const ROLES: Role[] = ['admin', 'case_officer', 'finance', 'provider_manager', 'staff'];

interface NewRow {
  user_id: string;
  action: string;
  client_id: string | null;
  object_type: string;
  details: Record<string, unknown>;
}

describe(`every route is declared and audited as declared (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let routes: KnownRoute[];
  const sessions = new Map<Role, Session & { user: { userId: string } }>();

  beforeAll(async () => {
    t = await openTestDatabase();
    const raw = readExample('01-cap-and-declined.json') as { excessReviews: unknown[] };
    raw.excessReviews = [];
    const r = await importScenario(t, raw, { referenceDate: '2026-11-23' });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    ({ app, routes } = await appWithRoutes(t));
    const where = { case_officer: { districtId: 'd1' }, provider_manager: { providerId: 'p1' }, staff: { staffId: 's1' } } as const;
    for (const role of ROLES) sessions.set(role, await loginAs(app, t, role, { municipalityId: M, ...where[role as keyof typeof where] }));
    // The client's own view: a client of her own (the walk ends c1's orders), her account and a
    // relative's, and an order of p1 with a plan that has a visit every day.
    const q = (query: ReturnType<typeof sql>) => query.execute(t.db);
    await q(sql`insert into clients (municipality_id, client_id, personal_number, name, district_id) values (${M}, ${VIEW_CLIENT}, '194002020024', 'Vera Vy', 'd1')`);
    await q(sql`insert into orders (municipality_id, order_id, client_id, provider_id, valid_from, double_staffing, status) values (${M}, 'o-view', ${VIEW_CLIENT}, 'p1', '2020-01-01', false, 'accepted')`);
    await q(sql`insert into order_areas (municipality_id, order_id, area, position, hours_per_month) values (${M}, 'o-view', 'personal_care', 0, 10)`);
    await q(sql`insert into plans (municipality_id, plan_id, order_id, valid_from) values (${M}, 'plan-view', 'o-view', '2020-01-01')`);
    await q(sql`insert into plan_visits (municipality_id, plan_visit_id, plan_id, weekdays, window_from, window_to, duration_minutes, areas, preferred_staff_id)
      values (${M}, ${PLAN_VISIT}, 'plan-view', '{mon,tue,wed,thu,fri,sat,sun}', '08:00', '09:00', 30, '{personal_care}', 's1')`);
    for (const kind of ['client', 'relative'] as const) sessions.set(kind, await loginClientView(t, { municipalityId: M, clientId: VIEW_CLIENT, kind }));
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  const headSeq = async (): Promise<number> =>
    (await t.db.selectFrom('audit_chain_heads').select('seq').where('municipality_id', '=', M).executeTakeFirst())?.seq ?? 0;
  const rowsAfter = (seq: number): Promise<NewRow[]> =>
    t.db
      .selectFrom('audit_log')
      .select(['user_id', 'action', 'client_id', 'object_type', 'details'])
      .where('municipality_id', '=', M)
      .where('seq', '>', seq)
      .orderBy('seq')
      .execute();

  it('has a declaration for every route, and no declaration without a route', () => {
    const served = new Set(routes.map((r) => routeKey(r.method, r.url)));
    const declared = Object.keys(PERMISSIONS).filter((k) => !/ \/api\/v1\/(auth\/|me$)/.test(k));
    expect(declared.filter((k) => !served.has(k)), 'declarations of routes the API does not serve').toEqual([]);
    // The server refuses to start with an undeclared route (auth.plugin.test.ts); this names any
    // that slipped past, should the gate ever stop checking.
    expect([...served].filter((k) => !(k in PERMISSIONS)), 'routes without a declaration in auth/permissions.ts').toEqual([]);
  });

  it('has a working request for every route in the walk', () => {
    const walked = new Set(WALK.map((s) => s.route));
    const missing = routes.map((r) => routeKey(r.method, r.url)).filter((k) => !walked.has(k));
    expect(missing, 'routes with no step in testing/audit-walk-requests.ts').toEqual([]);
  });

  it('audits each successful call that reads client data or changes anything, as every allowed role', async () => {
    const ctx: WalkContext = { ids: new Map() };
    const problems: string[] = [];
    const succeeded = new Set<string>();
    const lastRefusal = new Map<string, string>();
    for (const s of WALK) {
      const access = PERMISSIONS[s.route];
      if (!access || access.roles === 'public') {
        problems.push(`${s.route}: walked but not declared`);
        continue;
      }
      const method = s.route.split(' ')[0]!;
      for (const role of access.roles) {
        const session = sessions.get(role)!;
        const req = s.request(role, ctx);
        const before = await headSeq();
        const res = await app.inject({
          method: method as 'GET',
          url: req.url,
          headers: { ...session.headers, ...req.headers },
          ...(req.query && { query: req.query }),
          ...(req.body !== undefined && { payload: req.body as object }),
        });
        const rows = await rowsAfter(before);
        const byGate = rows.filter((r) => typeof r.details.route === 'string');
        const what = `${role} ${s.route} (${req.url}) → ${res.statusCode}`;
        if (res.statusCode >= 500) problems.push(`${what}: ${res.body.slice(0, 200)}`);
        if (res.statusCode >= 200 && res.statusCode < 300) {
          succeeded.add(s.route);
          if (s.keep && res.headers['content-type']?.toString().startsWith('application/json')) s.keep(res.json(), ctx);
          if (access.audit !== 'none' && rows.length === 0) problems.push(`${what}: no audit row`);
          if (rows.some((r) => r.user_id !== session.user.userId)) problems.push(`${what}: a row names someone else`);
          if (byGate.length > 0 && rows.length > byGate.length) problems.push(`${what}: logged twice, by the service and the gate`);
          if (access.audit === 'none' && byGate.length > 0) problems.push(`${what}: the gate logged a route declared 'none'`);
        } else {
          lastRefusal.set(s.route, `${what}: ${res.body.slice(0, 300)}`);
          if (byGate.length > 0) problems.push(`${what}: the gate logged a call that did not succeed`);
        }
      }
    }
    expect(problems).toEqual([]);
    const audited = WALK.filter((s) => PERMISSIONS[s.route]?.audit !== 'none').map((s) => s.route);
    expect(
      [...new Set(audited)].filter((r) => !succeeded.has(r)).map((r) => lastRefusal.get(r) ?? r),
      'audited routes the walk never got a success from: fix their step in testing/audit-walk-requests.ts',
    ).toEqual([]);
  });

  it('answers a role the declaration leaves out with 403 and logs nothing for it', async () => {
    const before = await headSeq();
    const res = await app.inject({ method: 'GET', url: '/api/v1/statements/2016-12/p1/export?format=xlsx', headers: sessions.get('staff')!.headers });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: 'forbidden', message: 'only finance may call GET /api/v1/statements/:month/:provider/export' });
    expect(await rowsAfter(before)).toEqual([]);
  });

  it('records an export of client names with the statement, the format and who asked', async () => {
    const finance = sessions.get('finance')!;
    const before = await headSeq();
    const res = await app.inject({ method: 'GET', url: '/api/v1/statements/2016-12/p1/export?format=xlsx', headers: finance.headers });
    expect(res.statusCode).toBe(200);
    expect(await rowsAfter(before)).toEqual([
      {
        user_id: finance.user.userId,
        action: 'export',
        client_id: null,
        object_type: 'statements',
        details: { route: 'GET /api/v1/statements/:month/:provider/export', status: 200, format: 'xlsx' },
      },
    ]);
  });
});
