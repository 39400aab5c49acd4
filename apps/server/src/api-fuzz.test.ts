import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from './auth/actor.ts';
import { PERMISSIONS, routeKey } from './auth/permissions.ts';
import { importScenario } from './modules/scenario/import.service.ts';
import { CALENDAR_REQUESTS, genDate, genMonth, nestedJson } from './testing/calendar-requests.ts';
import { appWithRoutes, fillPath, type KnownRoute } from './testing/every-route.ts';
import { readExample } from './testing/fixtures.ts';
import { loginClientView } from './testing/client-view-login.ts';
import { loginAs, type Session } from './testing/login.ts';
import { openTestDatabase, type TestDatabase } from './testing/test-db.ts';

// Malformed input at every route: generated bodies, query strings and path values, as each role
// that may use the route. Whatever arrives, the answer is a JSON error, never a 500.

const OFFICE_ROLES: Role[] = ['admin', 'case_officer', 'finance', 'provider_manager', 'staff'];
const ROLES: Role[] = [...OFFICE_ROLES, 'client', 'relative'];

const junkString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('', ' ', '../..', '%00', '\u0000', 'c1', 'p1', '2017-05', '2017-13', '9999-99-99', 'null', '-1', '1e309', '🏠'.repeat(50), 'x'.repeat(5000)),
);
const junkJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(fc.constantFrom('id', 'client', 'month', 'reason', 'decision', 'minutes', 'registrations', 'from', 'to', 'hoursPerMonth', 'date', 'rounds', 'shifts', 'tariff', 'kronor', 'name', 'role',
    'resolutions', 'weekly', 'latitude', 'longitude', 'agreedAt', 'agreedHow', 'providerId', 'registration', 'leaveAt', 'kind'), fc.jsonValue({ maxDepth: 2 })),
);

describe(`no request makes the API fail with a 500 (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let sent = 0;
  const byClass = new Map<string, number>();
  let t: TestDatabase;
  let app: FastifyInstance;
  let routes: KnownRoute[];
  const sessions = new Map<Role, Session>();

  beforeAll(async () => {
    t = await openTestDatabase();
    const r = await importScenario(t, readExample('04-fees.json'), { referenceDate: '2026-11-23' });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    ({ app, routes } = await appWithRoutes(t));
    for (const role of OFFICE_ROLES) sessions.set(role, await loginAs(app, t, role, role === 'staff' ? { staffId: 's1' } : {}));
    for (const kind of ['client', 'relative'] as const) sessions.set(kind, await loginClientView(t, { municipalityId: 'avgiftsby', clientId: 'c1', kind }));
  });
  afterAll(async () => {
    console.log(`API fuzz: ${sent} requests sent (${[...byClass].sort().map(([c, n]) => `${c}: ${n}`).join(', ')})`);
    await app.close();
    await t.dispose();
  });

  /** A failure message for a 5xx or an error without {error, message}; undefined when fine. */
  const judge = (what: string, res: { statusCode: number; body: string }): string | undefined => {
    sent++;
    const statusClass = `${String(res.statusCode)[0]}xx`;
    byClass.set(statusClass, (byClass.get(statusClass) ?? 0) + 1);
    if (res.statusCode >= 500) return `${what} → ${res.statusCode} ${res.body.slice(0, 200)}`;
    if (res.statusCode >= 400) {
      const parsed = JSON.parse(res.body) as { error?: unknown; message?: unknown };
      if (typeof parsed.error !== 'string' || typeof parsed.message !== 'string') return `${what} → ${res.statusCode} without {error, message}: ${res.body.slice(0, 200)}`;
    }
    return undefined;
  };

  it('answers generated junk at every route, as every role, with a JSON 4xx or a success', async () => {
    const failures: string[] = [];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.constantFrom(...ROLES),
        fc.array(junkString, { minLength: 3, maxLength: 3 }),
        fc.dictionary(fc.constantFrom('month', 'date', 'provider', 'client', 'limit', 'offset', 'format', 'from', 'to', 'cursor', 'status', 'mode'), junkString, { maxKeys: 3 }),
        junkJson,
        async (route, role, values, query, body) => {
          let i = 0;
          const url = fillPath(route.url, () => values[i++ % values.length]!);
          const res = await app.inject({
            method: route.method as 'POST',
            url,
            query,
            headers: { ...sessions.get(role)!.headers, 'content-type': 'application/json' },
            ...(route.method !== 'GET' && route.method !== 'DELETE' && { payload: JSON.stringify(body) }),
          });
          const what = `${role} ${route.method} ${url} ${JSON.stringify(query)} ${JSON.stringify(body)?.slice(0, 200)}`;
          const failure = judge(what, res);
          if (failure !== undefined) {
            failures.push(failure);
            return false;
          }
          return true;
        },
      ),
      { numRuns: Math.max(300, routes.length * 8), seed: 20261123 },
    );
    // Only reached when every run passed; on a failure fast-check reports the smallest case.
    expect(failures).toEqual([]);
  });

  it('takes deviation reports in every month of the year, the short ones too', async () => {
    const statuses: Record<string, number> = {};
    for (let m = 1; m <= 12; m++) {
      const month = `2017-${String(m).padStart(2, '0')}`;
      const res = await app.inject({
        method: 'POST', url: '/api/v1/deviations', headers: sessions.get('provider_manager')!.headers,
        payload: { clientId: 'c1', month, minutes: 30, reason: 'extra_need' },
      });
      judge(`deviation in ${month}`, res);
      statuses[month] = res.statusCode;
    }
    expect(Object.values(statuses).every((s) => s === 201), JSON.stringify(statuses)).toBe(true);
  });

  it('answers generated dates and months (every month length, leap years, years 0000–9999) with a 4xx or a success', async () => {
    const failures: string[] = [];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...CALENDAR_REQUESTS),
        fc.record({ date: genDate, to: genDate, month: genMonth, uuid: fc.uuid({ version: 4 }) }),
        async (template, values) => {
          const url = template.url(values);
          const body = template.body?.(values);
          const res = await app.inject({
            method: template.method,
            url,
            ...(template.query && { query: template.query(values) }),
            headers: { ...sessions.get(template.role)!.headers, ...(body !== undefined && { 'content-type': 'application/json' }) },
            ...(body !== undefined && { payload: JSON.stringify(body) }),
          });
          const failure = judge(`${template.what}: ${template.role} ${template.method} ${url} ${JSON.stringify(values)}`, res);
          if (failure !== undefined) failures.push(failure);
          return failure === undefined;
        },
      ),
      { numRuns: CALENDAR_REQUESTS.length * 30, seed: 20261201 },
    );
    expect(failures).toEqual([]);
  }, 300_000);

  it('refuses JSON nested thousands deep with a 400 at every route that takes a body', async () => {
    const failures: string[] = [];
    const writes = routes.filter((r) => r.method !== 'GET' && r.method !== 'DELETE');
    for (const route of writes) {
      for (const [depth, kind] of [[10_000, 'array'], [10_000, 'object'], [10_000, 'mixed'], [100_000, 'array']] as const) {
        const url = fillPath(route.url, () => 'c1');
        // A role the route admits, so the refusal is the body's and not the role's.
        const roles = PERMISSIONS[routeKey(route.method, route.url)]?.roles;
        const role = roles === undefined || roles === 'public' ? 'admin' : roles[0]!;
        const res = await app.inject({
          method: route.method as 'POST',
          url,
          headers: { ...sessions.get(role)!.headers, 'content-type': 'application/json' },
          payload: nestedJson(depth, kind),
        });
        const failure = judge(`${route.method} ${url} ${kind} ${depth} deep`, res);
        if (failure !== undefined) failures.push(failure);
        else if (res.statusCode !== 400) failures.push(`${route.method} ${url} ${kind} ${depth} deep → ${res.statusCode}, expected 400`);
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);
});
