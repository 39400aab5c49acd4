import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { importScenario } from '../modules/scenario/import.service.ts';
import { createUser, type CreatedUser } from '../modules/users/users.service.ts';
import { readExample } from '../testing/fixtures.ts';
import { cookieFrom, login } from '../testing/login.ts';
import { openTestDatabase, type TestDatabase } from '../testing/test-db.ts';
import { PENDING_COOKIE, SESSION_COOKIE } from './cookies.ts';
import { totpCode } from './totp.ts';

const PASSWORD = 'a long and secret password';
const MINUTE = 60_000;

describe(`two-factor login and sessions (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let clock: Date;
  const advance = (ms: number) => (clock = new Date(clock.getTime() + ms));
  let n = 0;
  let user: CreatedUser;

  beforeAll(async () => {
    t = await openTestDatabase();
    await importScenario(t, readExample('01-cap-and-declined.json'), {
      referenceDate: '2026-11-23',
    });
    clock = new Date('2026-11-23T08:00:00Z');
    app = await buildApp(loadConfig({}), t, {
      now: () => clock,
      auth: { rateLimit: { max: 1000, windowMs: MINUTE } },
    });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });
  beforeEach(async () => {
    // A fresh account per test, and a clock a few steps on, so no test sees another's codes.
    advance(5 * MINUTE);
    const created = await createUser(t.db, {
      role: 'case_officer',
      username: `anna${++n}`,
      password: PASSWORD,
      districtId: 'd1',
    });
    if (!created.ok) throw new Error(JSON.stringify(created.issues));
    user = created.user;
  });

  const password = (username: string, pw: string) =>
    app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: pw } });
  const code = (pending: string | undefined, c: string) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/auth/totp',
      cookies: pending ? { [PENDING_COOKIE]: pending } : {},
      payload: { code: c },
    });
  const me = (cookie: string) =>
    app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });

  it('logs in with password then code, sets a strict httpOnly cookie, and answers /me', async () => {
    const first = await password(user.username, PASSWORD);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ next: 'enrol' });
    const pending = cookieFrom(first, PENDING_COOKIE);
    expect(pending).toBeDefined();
    // The pending cookie alone is no session.
    expect(
      (
        await app.inject({
          method: 'GET',
          url: '/api/v1/me',
          cookies: { [PENDING_COOKIE]: pending!, [SESSION_COOKIE]: pending! },
        })
      ).statusCode,
    ).toBe(401);

    const second = await code(pending, totpCode(user.totpSecret, clock));
    expect(second.statusCode).toBe(200);
    const session = second.cookies.find((c) => c.name === SESSION_COOKIE)!;
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(session.secure).toBeFalsy();
    expect(second.json()).toEqual({
      csrfToken: expect.any(String),
      me: {
        username: user.username,
        role: 'case_officer',
        municipalityId: 'exempelby',
        districtId: 'd1',
        providerId: null,
        staffId: null,
        municipalityName: 'Exempelby kommun',
        districtName: 'Norra',
        providerName: null,
      },
    });
    const who = await me(`${SESSION_COOKIE}=${session.value}`);
    expect(who.statusCode).toBe(200);
    expect(who.json()).toMatchObject({ username: user.username, role: 'case_officer' });

    // Only the token's hash is stored.
    const stored = await t.db
      .selectFrom('sessions')
      .select('token_hash')
      .where('user_id', '=', user.userId)
      .execute();
    expect(stored.map((s) => s.token_hash)).not.toContain(session.value);
    expect(stored).toHaveLength(1);
  });

  it('marks the cookies Secure when the request came over TLS', async () => {
    const tls = await buildApp(loadConfig({}), t, {
      now: () => clock,
      auth: { rateLimit: { max: 1000, windowMs: MINUTE } },
    });
    // inject has no TLS socket; mark its mock socket as one, as Node's TLS sockets are.
    tls.addHook('onRequest', (req, _reply, done) => {
      Object.assign(req.raw.socket, { encrypted: true });
      done();
    });
    try {
      const first = await tls.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: user.username, password: PASSWORD },
      });
      expect(first.cookies.find((c) => c.name === PENDING_COOKIE)).toMatchObject({
        secure: true,
        httpOnly: true,
        sameSite: 'Strict',
      });
      const second = await tls.inject({
        method: 'POST',
        url: '/api/v1/auth/totp',
        cookies: { [PENDING_COOKIE]: cookieFrom(first, PENDING_COOKIE)! },
        payload: { code: totpCode(user.totpSecret, clock) },
      });
      expect(second.cookies.find((c) => c.name === SESSION_COOKIE)).toMatchObject({
        secure: true,
        httpOnly: true,
        sameSite: 'Strict',
      });
    } finally {
      await tls.close();
    }
  });

  it('refuses a wrong password and an unknown user alike', async () => {
    const wrong = await password(user.username, 'not the password');
    const unknown = await password('nobody-at-all', PASSWORD);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json()).toMatchObject({ error: 'invalid_credentials' });
    expect(cookieFrom(wrong, PENDING_COOKIE)).toBeUndefined();
  });

  it('refuses a wrong code, a code without the password step, and a code used before', async () => {
    const pending = cookieFrom(await password(user.username, PASSWORD), PENDING_COOKIE);
    const good = totpCode(user.totpSecret, clock);
    const wrong = good === '000000' ? '111111' : '000000';
    expect((await code(pending, wrong)).json()).toMatchObject({ error: 'invalid_code' });
    expect((await code(undefined, good)).json()).toMatchObject({ error: 'no_pending_login' });
    expect((await code(pending, good)).statusCode).toBe(200);

    // The same code again, within its 30 seconds, from a fresh password step: refused.
    advance(1000);
    const again = cookieFrom(await password(user.username, PASSWORD), PENDING_COOKIE);
    const replay = await code(again, good);
    expect(replay.statusCode).toBe(401);
    expect(replay.json()).toMatchObject({ error: 'invalid_code' });
    // The next step's code is fine.
    advance(30_000);
    expect((await code(again, totpCode(user.totpSecret, clock))).statusCode).toBe(200);
  });

  it('accepts a code one step off (clock drift) but not two', async () => {
    const pending = cookieFrom(await password(user.username, PASSWORD), PENDING_COOKIE);
    expect(
      (await code(pending, totpCode(user.totpSecret, new Date(clock.getTime() - 60_000))))
        .statusCode,
    ).toBe(401);
    expect(
      (await code(pending, totpCode(user.totpSecret, new Date(clock.getTime() - 30_000))))
        .statusCode,
    ).toBe(200);
  });

  it('lets the password step lapse after five minutes', async () => {
    const pending = cookieFrom(await password(user.username, PASSWORD), PENDING_COOKIE);
    advance(5 * MINUTE + 1000);
    expect((await code(pending, totpCode(user.totpSecret, clock))).json()).toMatchObject({
      error: 'no_pending_login',
    });
  });

  it('locks the account for 15 minutes after five wrong passwords, even for the right one', async () => {
    for (let i = 0; i < 5; i++)
      expect((await password(user.username, `wrong ${i}`)).statusCode).toBe(401);
    const locked = await password(user.username, PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.json()).toMatchObject({ error: 'locked' });
    expect(Number(locked.headers['retry-after'])).toBe(15 * 60);
    advance(14 * MINUTE);
    expect((await password(user.username, PASSWORD)).statusCode).toBe(429);
    advance(MINUTE + 1000);
    await expect(
      login(
        app,
        { username: user.username, password: PASSWORD, totpSecret: user.totpSecret },
        clock,
      ),
    ).resolves.toBeDefined();
  });

  it('counts wrong codes towards the lock, and a complete login starts the count again', async () => {
    const wrong = (c: string) => (c === '000000' ? '111111' : '000000');
    // Four wrong passwords, then a complete login: the count is back at zero.
    for (let i = 0; i < 4; i++) await password(user.username, 'wrong');
    await login(
      app,
      { username: user.username, password: PASSWORD, totpSecret: user.totpSecret },
      clock,
    );
    advance(MINUTE);
    const pending = cookieFrom(await password(user.username, PASSWORD), PENDING_COOKIE);
    for (let i = 0; i < 4; i++)
      expect((await code(pending, wrong(totpCode(user.totpSecret, clock)))).statusCode).toBe(401);
    const fifth = await code(pending, wrong(totpCode(user.totpSecret, clock)));
    expect(fifth.statusCode).toBe(429);
    // Locked: even the right code on the old pending step, or a new password step, gets nowhere.
    expect((await code(pending, totpCode(user.totpSecret, clock))).statusCode).toBe(401);
    expect((await password(user.username, PASSWORD)).statusCode).toBe(429);
  });

  it('ends a session after 30 idle minutes, and keeps a busy one alive until 12 hours', async () => {
    const s = await login(
      app,
      { username: user.username, password: PASSWORD, totpSecret: user.totpSecret },
      clock,
    );
    advance(29 * MINUTE);
    expect((await me(s.cookie)).statusCode).toBe(200);
    advance(29 * MINUTE);
    expect((await me(s.cookie)).statusCode).toBe(200);
    advance(31 * MINUTE);
    const expired = await me(s.cookie);
    expect(expired.statusCode).toBe(401);
    expect(expired.json()).toMatchObject({ error: 'unauthenticated' });

    advance(MINUTE);
    const busy = await login(
      app,
      { username: user.username, password: PASSWORD, totpSecret: user.totpSecret },
      clock,
    );
    for (let i = 0; i < 28; i++) {
      advance(25 * MINUTE);
      expect((await me(busy.cookie)).statusCode).toBe(200);
    }
    advance(25 * MINUTE); // 12 h 5 min after login
    expect((await me(busy.cookie)).statusCode).toBe(401);
  });

  it('refuses a write without the CSRF token, with a wrong one, or from another origin', async () => {
    const s = await login(
      app,
      { username: user.username, password: PASSWORD, totpSecret: user.totpSecret },
      clock,
    );
    const logout = (headers: Record<string, string>) =>
      app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers });
    const none = await logout({ cookie: s.cookie });
    expect(none.statusCode).toBe(403);
    expect(none.json()).toMatchObject({ error: 'csrf' });
    expect(
      (await logout({ cookie: s.cookie, 'x-csrf-token': s.csrfToken.slice(1) })).statusCode,
    ).toBe(403);
    expect((await logout({ ...s.headers, origin: 'https://evil.example' })).statusCode).toBe(403);
    // The token GET /auth/csrf hands out is the one login gave.
    const csrf = await app.inject({
      method: 'GET',
      url: '/api/v1/auth/csrf',
      headers: { cookie: s.cookie },
    });
    expect(csrf.json()).toEqual({ csrfToken: s.csrfToken });
    // Still logged in after the refusals; a proper logout ends the session.
    expect((await me(s.cookie)).statusCode).toBe(200);
    expect((await logout({ ...s.headers, origin: 'http://localhost:80' })).statusCode).toBe(200);
    expect((await me(s.cookie)).statusCode).toBe(401);
  });

  it('refuses a login form posted from another origin', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { origin: 'https://evil.example' },
      payload: { username: user.username, password: PASSWORD },
    });
    expect(res.statusCode).toBe(403);
  });

  it('answers bad input with 400 JSON, never a 500', async () => {
    const bad = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: '', password: 'x'.repeat(10_000) },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: 'bad_request' });
    const letters = await code('whatever', 'abcdef');
    expect(letters.statusCode).toBe(400);
  });
});

describe('rate limit on login', () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    t = await openTestDatabase();
    app = await buildApp(loadConfig({}), t, { auth: { rateLimit: { max: 3, windowMs: MINUTE } } });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('answers 429 once an address has tried too often', async () => {
    const attempt = () =>
      app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'someone', password: 'something' },
      });
    for (let i = 0; i < 3; i++) expect((await attempt()).statusCode).toBe(401);
    const limited = await attempt();
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({
      error: 'rate_limited',
      message: expect.stringContaining('try again'),
    });
  });
});
