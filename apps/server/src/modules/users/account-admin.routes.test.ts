import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { PENDING_COOKIE } from '../../auth/cookies.ts';
import { loadConfig } from '../../config.ts';
import { readExample } from '../../testing/fixtures.ts';
import { cookieFrom, login, loginAs, TEST_PASSWORD, type Session } from '../../testing/login.ts';
import { openTestDatabase, type TestDatabase } from '../../testing/test-db.ts';
import { importScenario } from '../scenario/import.service.ts';

// The admin's changes to accounts (issue 12, docs/admin.md): lock and unlock, a new second
// factor, the last sign-in; and the failed sign-in of a username no account has, audited like
// a wrong password. The clock is the app's own, so each sign-in gets a fresh code step.

const STEP = 30_000;

describe(`account administration (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let admin: Awaited<ReturnType<typeof loginAs>>;
  let clock = new Date('2026-11-23T08:00:00Z');
  const tick = () => (clock = new Date(clock.getTime() + STEP));

  beforeAll(async () => {
    t = await openTestDatabase();
    const r = await importScenario(t, readExample('01-cap-and-declined.json'), { referenceDate: '2026-11-23' });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    app = await buildApp(loadConfig({}), t, { now: () => clock });
    admin = await loginAs(app, t, 'admin', { username: 'chef', at: clock });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  const as = (who: Session, method: 'GET' | 'POST', url: string, payload?: object) =>
    app.inject({ method, url, headers: who.headers, ...(payload && { payload }) });
  const password = (username: string, pw = TEST_PASSWORD) =>
    app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: pw } });

  async function newAccount(username: string): Promise<{ id: string; secret: string }> {
    const res = await as(admin, 'POST', '/api/v1/users', { username, password: TEST_PASSWORD, role: 'finance' });
    expect(res.statusCode).toBe(201);
    const body = res.json<{ id: string; otpauthUri: string }>();
    return { id: body.id, secret: new URL(body.otpauthUri).searchParams.get('secret')! };
  }
  const summaryOf = async (id: string) =>
    (await as(admin, 'GET', '/api/v1/users')).json<{ users: { id: string; lockedByAdminAt: string | null; lastLoginAt: string | null; secondFactorEnrolled: boolean }[] }>().users.find((u) => u.id === id)!;
  const changesOf = (id: string) =>
    t.db.selectFrom('audit_log').select(['action', 'details', 'username']).where('object_type', '=', 'user').where('object_id', '=', id).orderBy('seq').execute();

  it('locks an account: its session ends and it cannot sign in until unlocked', async () => {
    const { id, secret } = await newAccount('lena');
    tick();
    const lena = await login(app, { username: 'lena', password: TEST_PASSWORD, totpSecret: secret }, clock);
    expect((await summaryOf(id)).lastLoginAt).toBe(clock.toISOString());

    const locked = await as(admin, 'POST', `/api/v1/users/${id}/lock`);
    expect(locked.statusCode).toBe(200);
    expect(locked.json()).toMatchObject({ id, lockedByAdminAt: clock.toISOString() });
    expect((await as(lena, 'GET', '/api/v1/me')).statusCode).toBe(401);
    // The right password is told the account is locked; a wrong one learns nothing new.
    expect((await password('lena')).json()).toMatchObject({ error: 'account_locked' });
    expect((await password('lena', 'wrong password')).statusCode).toBe(401);

    const unlocked = await as(admin, 'POST', `/api/v1/users/${id}/unlock`);
    expect(unlocked.json()).toMatchObject({ id, lockedByAdminAt: null, lockedUntil: null });
    tick();
    await login(app, { username: 'lena', password: TEST_PASSWORD, totpSecret: secret }, clock);

    expect((await changesOf(id)).map((r) => [r.action, r.details, r.username])).toEqual([
      ['create', { username: 'lena', role: 'finance' }, 'chef'],
      ['update', { change: 'lock' }, 'chef'],
      ['update', { change: 'unlock' }, 'chef'],
    ]);
  });

  it('unlocks an account locked by wrong guesses', async () => {
    const { id, secret } = await newAccount('olle');
    for (let i = 0; i < 5; i++) await password('olle', `wrong ${i}`);
    expect((await password('olle')).statusCode).toBe(429);
    await as(admin, 'POST', `/api/v1/users/${id}/unlock`);
    tick();
    await login(app, { username: 'olle', password: TEST_PASSWORD, totpSecret: secret }, clock);
  });

  it('resets the second factor: the next sign-in enrols a new secret and the old codes stop working', async () => {
    const { id, secret } = await newAccount('nora');
    tick();
    const nora = await login(app, { username: 'nora', password: TEST_PASSWORD, totpSecret: secret }, clock);
    expect((await summaryOf(id)).secondFactorEnrolled).toBe(true);

    const reset = await as(admin, 'POST', `/api/v1/users/${id}/reset-second-factor`);
    expect(reset.statusCode).toBe(200);
    expect(reset.json()).toMatchObject({ id, secondFactorEnrolled: false });
    expect(reset.body).not.toMatch(/secret|otpauth/i);
    expect((await as(nora, 'GET', '/api/v1/me')).statusCode).toBe(401);

    tick();
    const first = await password('nora');
    expect(first.json()).toEqual({ next: 'enrol' });
    const enrolment = await app.inject({ method: 'GET', url: '/api/v1/auth/enrolment', cookies: { [PENDING_COOKIE]: cookieFrom(first, PENDING_COOKIE)! } });
    const fresh = enrolment.json<{ secret: string }>().secret;
    expect(fresh).toBeTruthy();
    expect(fresh).not.toBe(secret);
    await expect(login(app, { username: 'nora', password: TEST_PASSWORD, totpSecret: secret }, clock)).rejects.toThrow(/refused/);
    tick();
    await login(app, { username: 'nora', password: TEST_PASSWORD, totpSecret: fresh }, clock);
    expect((await summaryOf(id)).secondFactorEnrolled).toBe(true);
    expect((await changesOf(id)).at(-1)).toMatchObject({ action: 'update', details: { change: 'reset_second_factor' } });
  });

  it('refuses locking oneself, an unknown account, and every role but admin', async () => {
    expect((await as(admin, 'POST', `/api/v1/users/${admin.user.userId}/lock`)).statusCode).toBe(409);
    expect((await as(admin, 'POST', '/api/v1/users/6f1c2a3b-4d5e-4f60-8a71-b82c93d4e5f6/lock')).statusCode).toBe(404);
    tick();
    const finance = await loginAs(app, t, 'finance', { username: 'ekonom', at: clock });
    const { id } = await newAccount('pia');
    expect((await as(finance, 'POST', `/api/v1/users/${id}/reset-second-factor`)).statusCode).toBe(403);
    expect((await summaryOf(id)).lockedByAdminAt).toBeNull();
  });

  it('audits a sign-in with an unknown username as a failed sign-in, like a wrong password', async () => {
    const before = await t.db.selectFrom('audit_log').select('seq').where('action', '=', 'login_failed').execute();
    const res = await password('  Nobody.Here ');
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: 'invalid_credentials' });
    const rows = await t.db
      .selectFrom('audit_log')
      .select(['municipality_id', 'action', 'username', 'user_id', 'role', 'object_type', 'details', 'ip'])
      .where('action', '=', 'login_failed')
      .where('username', '=', 'nobody.here')
      .execute();
    expect(rows).toEqual([
      {
        municipality_id: 'exempelby',
        action: 'login_failed',
        username: 'nobody.here',
        user_id: '',
        role: '',
        object_type: 'account',
        details: { step: 'password', reason: 'unknown_user' },
        ip: '127.0.0.1',
      },
    ]);
    const after = await t.db.selectFrom('audit_log').select('seq').where('action', '=', 'login_failed').execute();
    expect(after.length).toBe(before.length + 1);
    expect(JSON.stringify(rows)).not.toContain(TEST_PASSWORD);
  });
});
