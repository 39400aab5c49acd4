import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { importScenario } from '../modules/scenario/import.service.ts';
import { createUser } from '../modules/users/users.service.ts';
import { readExample } from '../testing/fixtures.ts';
import { cookieFrom } from '../testing/login.ts';
import { openTestDatabase, type TestDatabase } from '../testing/test-db.ts';
import { PENDING_COOKIE } from './cookies.ts';
import { totpCode } from './totp.ts';

const PASSWORD = 'a long and secret password';

// A new account's first sign-in shows its authenticator secret as a QR code between the password
// and the first code, and never again once a code has signed in.
describe(`first sign-in enrols the authenticator app (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let clock = new Date('2026-11-23T08:00:00Z');

  beforeAll(async () => {
    t = await openTestDatabase();
    await importScenario(t, readExample('01-cap-and-declined.json'), { referenceDate: '2026-11-23' });
    app = await buildApp(loadConfig({}), t, {
      now: () => clock,
      auth: { rateLimit: { max: 1000, windowMs: 60_000 } },
    });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  const password = (username: string) =>
    app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: PASSWORD } });
  const enrolment = (pending?: string) =>
    app.inject({
      method: 'GET',
      url: '/api/v1/auth/enrolment',
      cookies: pending ? { [PENDING_COOKIE]: pending } : {},
    });

  it('shows the QR code until the first code, then asks for the code only', async () => {
    const created = await createUser(t.db, {
      role: 'finance',
      username: 'new-person',
      password: PASSWORD,
    });
    if (!created.ok) throw new Error(JSON.stringify(created.issues));
    const { totpSecret } = created.user;

    const first = await password('new-person');
    expect(first.json()).toEqual({ next: 'enrol' });
    const pending = cookieFrom(first, PENDING_COOKIE)!;
    const shown = await enrolment(pending);
    expect(shown.statusCode).toBe(200);
    expect(shown.headers['cache-control']).toBe('no-store');
    const body = shown.json<{ otpauthUri: string; secret: string; qrDataUrl: string }>();
    expect(body.secret).toBe(totpSecret);
    expect(body.otpauthUri).toContain(`secret=${totpSecret}`);
    expect(body.qrDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(body.qrDataUrl.split(',')[1]!, 'base64').toString()).toContain('<svg');

    const code = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/totp',
      cookies: { [PENDING_COOKIE]: pending },
      payload: { code: totpCode(totpSecret, clock) },
    });
    expect(code.statusCode).toBe(200);

    clock = new Date(clock.getTime() + 60_000);
    const again = await password('new-person');
    expect(again.json()).toEqual({ next: 'totp' });
    const refused = await enrolment(cookieFrom(again, PENDING_COOKIE));
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ error: 'already_enrolled' });
  });

  it('a wrong first code does not enrol', async () => {
    const created = await createUser(t.db, { role: 'finance', username: 'careless', password: PASSWORD });
    if (!created.ok) throw new Error(JSON.stringify(created.issues));
    const first = await password('careless');
    const pending = cookieFrom(first, PENDING_COOKIE)!;
    const wrong = totpCode(created.user.totpSecret, clock) === '000000' ? '111111' : '000000';
    const code = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/totp',
      cookies: { [PENDING_COOKIE]: pending },
      payload: { code: wrong },
    });
    expect(code.statusCode).toBe(401);
    expect((await enrolment(pending)).statusCode).toBe(200);
  });

  it('refuses the secret without the password step', async () => {
    const res = await enrolment();
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: 'no_pending_login' });
    expect((await enrolment('not-a-real-token')).json()).toMatchObject({ error: 'no_pending_login' });
  });

  it('asks an account made with a known secret (the demo) for the code at once', async () => {
    const created = await createUser(t.db, {
      role: 'finance',
      username: 'known-secret',
      password: PASSWORD,
      enrolled: true,
    });
    expect(created.ok).toBe(true);
    expect((await password('known-secret')).json()).toEqual({ next: 'totp' });
  });
});
