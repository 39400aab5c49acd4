import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { importScenario } from '../modules/scenario/import.service.ts';
import { createUser } from '../modules/users/users.service.ts';
import { readExample } from '../testing/fixtures.ts';
import { openTestDatabase, type TestDatabase } from '../testing/test-db.ts';
import { PENDING_COOKIE } from './cookies.ts';

const PASSWORD = 'a long and secret password';

// The cookies are Secure whenever the server is reached over HTTPS: by its configured public
// URL, or by a trusted proxy's X-Forwarded-Proto. The pending-login cookie is set by the same
// rules as the session cookie (cookies.ts), so the first one stands for both.

describe(`the login cookies are Secure over HTTPS (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  const apps: FastifyInstance[] = [];
  const app = async (env: Record<string, string>) => {
    const a = await buildApp(loadConfig(env), t, { auth: { rateLimit: { max: 1000, windowMs: 60_000 } } });
    apps.push(a);
    return a;
  };
  const pendingCookie = async (a: FastifyInstance, headers: Record<string, string> = {}) => {
    const res = await a.inject({ method: 'POST', url: '/api/v1/auth/login', headers, payload: { username: 'anna', password: PASSWORD } });
    expect(res.statusCode).toBe(200);
    return res.cookies.find((c) => c.name === PENDING_COOKIE)!;
  };

  beforeAll(async () => {
    t = await openTestDatabase();
    await importScenario(t, readExample('01-cap-and-declined.json'), { referenceDate: '2026-11-23' });
    const created = await createUser(t.db, { role: 'case_officer', username: 'anna', password: PASSWORD, districtId: 'd1' });
    if (!created.ok) throw new Error(JSON.stringify(created.issues));
  });
  afterAll(async () => {
    for (const a of apps) await a.close();
    await t.dispose();
  });

  it('is not Secure on a plain-HTTP install, and a client cannot claim HTTPS by header', async () => {
    const a = await app({});
    expect((await pendingCookie(a)).secure).toBeUndefined();
    expect((await pendingCookie(a, { 'x-forwarded-proto': 'https' })).secure).toBeUndefined();
  });

  it('is Secure when HEMMA_PUBLIC_URL is https://', async () => {
    const a = await app({ HEMMA_PUBLIC_URL: 'https://hemma.example.se' });
    const cookie = await pendingCookie(a);
    expect(cookie).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Strict' });
  });

  it("is Secure when a trusted proxy says it took the request over HTTPS, and only then", async () => {
    const a = await app({ HEMMA_TRUST_PROXY: '127.0.0.1' });
    expect((await pendingCookie(a, { 'x-forwarded-proto': 'https' })).secure).toBe(true);
    expect((await pendingCookie(a, { 'x-forwarded-proto': 'http' })).secure).toBeUndefined();
    const untrusted = await app({ HEMMA_TRUST_PROXY: '10.1.2.3' });
    expect((await pendingCookie(untrusted, { 'x-forwarded-proto': 'https' })).secure).toBeUndefined();
  });

  it('refuses a public URL that is not http(s)', () => {
    expect(() => loadConfig({ HEMMA_PUBLIC_URL: 'hemma.example.se' })).toThrow(/HEMMA_PUBLIC_URL/);
  });
});
