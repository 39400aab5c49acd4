import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { importScenario } from '../modules/scenario/import.service.ts';
import { readExample } from '../testing/fixtures.ts';
import { loginAs } from '../testing/login.ts';
import { openTestDatabase, type TestDatabase } from '../testing/test-db.ts';
import { actorOf, requireRole } from './auth.plugin.ts';

// Reachable before a session; the enrolment step answers 401 itself without a pending login,
// but never the gate's 'unauthenticated'.
const PUBLIC = new Set([
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/totp',
  'GET /api/v1/auth/enrolment',
]);

describe(`the auth plugin gates /api/v1 (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    t = await openTestDatabase();
    await importScenario(t, readExample('01-cap-and-declined.json'), {
      referenceDate: '2026-11-23',
    });
    app = await buildApp(loadConfig({}), t);
    // A route as other modules will write them, to see requireRole at work.
    app.get(
      '/api/v1/test/finance-only',
      { preHandler: requireRole('finance', 'admin') },
      (req) => ({ role: actorOf(req).role }),
    );
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('refuses every documented /api/v1 route without a session, except the sign-in steps', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/docs/json' })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    const routes = Object.entries(doc.paths)
      .filter(([path]) => path.startsWith('/api/v1/'))
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => ({ method: m.toUpperCase(), path })));
    expect(routes.length).toBeGreaterThanOrEqual(7);
    for (const { method, path } of routes) {
      const url = path.replace(/\{[^}]+\}/g, 'x');
      const res = await app.inject({
        method: method as 'GET',
        url,
        payload: method === 'GET' ? undefined : {},
      });
      if (PUBLIC.has(`${method} ${path}`)) {
        expect(res.json<{ error: string }>().error, `${method} ${path}`).not.toBe('unauthenticated');
        continue;
      }
      expect(res.statusCode, `${method} ${path}`).toBe(401);
      expect(res.json(), `${method} ${path}`).toMatchObject({
        error: 'unauthenticated',
        message: expect.any(String),
      });
    }
  });

  it('refuses unknown /api/v1 paths and odd spellings without a session too, but leaves health and docs open', async () => {
    for (const url of [
      '/api/v1/no-such-route',
      '/api/v1/clients?x=1',
      '/api/v1/clients/',
      '/api/v1//clients',
      '/api/v1/%63lients',
    ]) {
      expect((await app.inject({ method: 'GET', url })).statusCode, url).toBe(401);
    }
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/docs/json' })).statusCode).toBe(200);
  });

  it('refuses a forged or stale cookie and clears it', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/api/v1/me',
      cookies: { hemma_session: 'forged' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.cookies.find((c) => c.name === 'hemma_session')?.value).toBe('');
  });

  it('lets requireRole answer 403 to the other roles', async () => {
    const officer = await loginAs(app, t, 'case_officer');
    const refused = await app.inject({
      method: 'GET',
      url: '/api/v1/test/finance-only',
      headers: officer.headers,
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ error: 'forbidden' });
    const finance = await loginAs(app, t, 'finance');
    const allowed = await app.inject({
      method: 'GET',
      url: '/api/v1/test/finance-only',
      headers: finance.headers,
    });
    expect(allowed.json()).toEqual({ role: 'finance' });
  });
});
