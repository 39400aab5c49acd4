import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { importScenario } from '../modules/scenario/import.service.ts';
import { createUser } from '../modules/users/users.service.ts';
import { readExample } from '../testing/fixtures.ts';
import { cookieFrom, login } from '../testing/login.ts';
import { openTestDatabase, type TestDatabase } from '../testing/test-db.ts';
import { PENDING_COOKIE, SESSION_COOKIE } from './cookies.ts';
import { totpCode } from './totp.ts';

// Logins in the audit log (DOMAIN.md §6): each complete login, each failed step, the failure
// that locks the account, a try while locked, and a logout; never a password, code or token.

const PASSWORD = 'a long and secret password';
const MINUTE = 60_000;

describe(`login events are audited (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let clock = new Date('2026-11-23T08:00:00Z');
  const advance = (ms: number) => (clock = new Date(clock.getTime() + ms));

  beforeAll(async () => {
    t = await openTestDatabase();
    await importScenario(t, readExample('01-cap-and-declined.json'), { referenceDate: '2026-11-23' });
    app = await buildApp(loadConfig({}), t, { now: () => clock, auth: { rateLimit: { max: 1000, windowMs: MINUTE } } });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  const password = (username: string, pw: string) =>
    app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: pw } });
  const code = (pending: string | undefined, c: string) =>
    app.inject({ method: 'POST', url: '/api/v1/auth/totp', cookies: pending ? { [PENDING_COOKIE]: pending } : {}, payload: { code: c } });
  const rowsOf = (userId: string) =>
    t.db
      .selectFrom('audit_log')
      .select(['action', 'username', 'role', 'object_type', 'object_id', 'ip', 'details'])
      .where('user_id', '=', userId)
      .orderBy('seq')
      .execute();

  it('records failures, the lockout, a try while locked, the login and the logout, with no secret', async () => {
    const created = await createUser(t.db, { role: 'case_officer', username: 'berit', password: PASSWORD, districtId: 'd1' });
    if (!created.ok) throw new Error(JSON.stringify(created.issues));
    const user = created.user;

    // A wrong code after a right password, then wrong passwords until the account locks.
    const pending = cookieFrom(await password('berit', PASSWORD), PENDING_COOKIE);
    const good = totpCode(user.totpSecret, clock);
    expect((await code(pending, good === '000000' ? '111111' : '000000')).statusCode).toBe(401);
    for (let i = 0; i < 4; i++) expect((await password('berit', `wrong ${i}`)).statusCode).toBe(401);
    expect((await password('berit', PASSWORD)).statusCode).toBe(429);
    expect((await password('nobody-at-all', PASSWORD)).statusCode).toBe(401);

    advance(16 * MINUTE);
    const session = await login(app, { username: 'berit', password: PASSWORD, totpSecret: user.totpSecret }, clock);
    await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: session.headers });

    const rows = await rowsOf(user.userId);
    expect(rows.map((r) => [r.action, r.details])).toEqual([
      ['login_failed', { step: 'code', reason: 'wrong' }],
      ['login_failed', { step: 'password', reason: 'wrong' }],
      ['login_failed', { step: 'password', reason: 'wrong' }],
      ['login_failed', { step: 'password', reason: 'wrong' }],
      ['login_failed', { step: 'password', reason: 'wrong' }],
      ['lockout', { step: 'password', until: '2026-11-23T08:15:00.000Z' }],
      ['login_failed', { step: 'password', reason: 'locked' }],
      ['login', {}],
      ['logout', {}],
    ]);
    for (const r of rows) expect(r).toMatchObject({ username: 'berit', role: 'case_officer', object_type: 'account', object_id: user.userId, ip: '127.0.0.1' });
    const everything = JSON.stringify(await t.db.selectFrom('audit_log').selectAll().execute());
    for (const secret of [PASSWORD, user.totpSecret, session.csrfToken, session.cookie.replace(`${SESSION_COOKIE}=`, '')]) {
      expect(everything).not.toContain(secret);
    }
  });
});
