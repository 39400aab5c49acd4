import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { importScenario } from '../modules/scenario/import.service.ts';
import { readExample } from '../testing/fixtures.ts';
import { loginAs } from '../testing/login.ts';
import { openTestDatabase, type TestDatabase } from '../testing/test-db.ts';
import { actorOf } from './auth.plugin.ts';

// Reachable before a session; the enrolment step answers 401 itself without a pending login,
// but never the gate's 'unauthenticated'.
const PUBLIC = new Set([
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/totp',
  'GET /api/v1/auth/enrolment',
  // Passkeys (docs/client-view.md): the one-time code or the passkey is the way in.
  'POST /api/v1/auth/passkey/enrol/options',
  'POST /api/v1/auth/passkey/enrol/verify',
  'POST /api/v1/auth/passkey/options',
  'POST /api/v1/auth/passkey/verify',
  // A staff phone signed in for the day (docs/staff-app.md): its secret and the PIN are the way in.
  'POST /api/v1/auth/device-unlock',
]);

describe(`the auth plugin gates /api/v1 (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    t = await openTestDatabase();
    await importScenario(t, readExample('01-cap-and-declined.json'), {
      referenceDate: '2026-11-23',
    });
    app = await buildApp(loadConfig({}), t, {
      permissions: {
        'GET /api/v1/test/finance-only': { roles: ['finance', 'admin'], audit: 'none' },
        'GET /api/v1/test/client-data': { roles: ['finance'], audit: 'read-client' },
      },
    });
    // Routes as other modules write them, declared beside the table, to see the gate at work.
    app.get('/api/v1/test/finance-only', (req) => ({ role: actorOf(req).role }));
    app.get('/api/v1/test/client-data', () => ({ secret: 'Karl Karlsson, 19400101-0000' }));
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

  it("answers 403 to the roles the route's declaration leaves out", async () => {
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

  it('refuses to build an app with an undeclared /api/v1 route, naming it', async () => {
    const bare = await buildApp(loadConfig({}), t);
    expect(() => bare.get('/api/v1/test/undeclared', () => ({}))).toThrow(
      /route GET \/api\/v1\/test\/undeclared has no declaration: add it to PERMISSIONS in apps\/server\/src\/auth\/permissions\.ts/,
    );
    await bare.close();
  });

  it('does not deliver client data it could not log', async () => {
    const finance = await loginAs(app, t, 'finance');
    const ok = await app.inject({ method: 'GET', url: '/api/v1/test/client-data', headers: finance.headers });
    expect(ok.json()).toEqual({ secret: 'Karl Karlsson, 19400101-0000' });
    // The audit store refuses this route's rows from now on.
    await sql`create function refuse_test_rows() returns trigger language plpgsql as $$
      begin raise exception 'audit store unavailable'; end $$`.execute(t.db);
    await sql`create trigger refuse_test_rows before insert on audit_log for each row
      when (new.object_type = 'test') execute function refuse_test_rows()`.execute(t.db);
    try {
      const refused = await app.inject({ method: 'GET', url: '/api/v1/test/client-data', headers: finance.headers });
      expect(refused.statusCode).toBe(500);
      expect(refused.body).not.toContain('Karl');
    } finally {
      await sql`drop trigger refuse_test_rows on audit_log`.execute(t.db);
    }
  });
});
