import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, loginAs, TEST_PASSWORD, type Session } from '../../testing/login.ts';
import type { TestDatabase } from '../../testing/test-db.ts';
import { BY, O, call, twoMunicipalities } from '../municipality/test-setup.ts';

describe(`accounts over HTTP (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let admin: Session;
  let manager: Session;
  let otherAdmin: Session;

  beforeAll(async () => {
    ({ t, app } = await twoMunicipalities());
    admin = await loginAs(app, t, 'admin', { municipalityId: BY, username: 'by-admin' });
    manager = await loginAs(app, t, 'provider_manager', {
      municipalityId: BY,
      username: 'by-manager',
    });
    otherAdmin = await loginAs(app, t, 'admin', { municipalityId: O, username: 'o-admin' });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('creates an account whose otpauth URI logs it in, and lists accounts without secrets', async () => {
    const res = await call(app, admin, 'POST', '/api/v1/users', {
      username: 'Karin.K',
      password: TEST_PASSWORD,
      role: 'case_officer',
      districtId: 'd1',
    });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({
      username: 'karin.k',
      role: 'case_officer',
      districtId: 'd1',
      providerId: null,
      lockedUntil: null,
    });
    const secret = new URL(created.otpauthUri).searchParams.get('secret');
    expect(secret).toBeTruthy();
    await login(app, { username: 'karin.k', password: TEST_PASSWORD, totpSecret: secret! });

    const list = await call(app, admin, 'GET', '/api/v1/users');
    expect(list.json().users.map((u: { username: string }) => u.username)).toEqual([
      'by-admin',
      'by-manager',
      'karin.k',
    ]);
    expect(list.body).not.toMatch(/password|secret|otpauth|scrypt|argon/i);
    expect(list.body).not.toContain(secret);
  });

  it('refuses bad accounts with the path of the field', async () => {
    const noDistrict = await call(app, admin, 'POST', '/api/v1/users', {
      username: 'nils',
      password: TEST_PASSWORD,
      role: 'case_officer',
    });
    expect(noDistrict.statusCode).toBe(400);
    expect(noDistrict.json()).toMatchObject({
      error: 'invalid',
      path: 'districtId',
      message: expect.not.stringMatching(/--/),
    });
    const short = await call(app, admin, 'POST', '/api/v1/users', {
      username: 'nils',
      password: 'short',
      role: 'finance',
    });
    expect(short.json()).toMatchObject({ path: 'password' });
    const role = await call(app, admin, 'POST', '/api/v1/users', {
      username: 'nils',
      password: TEST_PASSWORD,
      role: 'root',
    });
    expect(role.json().path).toBe('/role');
    // exempelby has no provider p2: the other municipality's p2 does not count.
    const foreign = await call(app, admin, 'POST', '/api/v1/users', {
      username: 'nils',
      password: TEST_PASSWORD,
      role: 'provider_manager',
      providerId: 'p2',
    });
    expect(foreign.json()).toMatchObject({ path: 'providerId' });
    expect(
      (
        await call(app, admin, 'POST', '/api/v1/users', {
          username: 'o-admin',
          password: TEST_PASSWORD,
          role: 'finance',
        })
      ).statusCode,
    ).toBe(409);
  });

  it('lets only the admin manage accounts, each in her own municipality', async () => {
    expect((await call(app, manager, 'GET', '/api/v1/users')).statusCode).toBe(403);
    expect(
      (
        await call(app, manager, 'POST', '/api/v1/users', {
          username: 'eve',
          password: TEST_PASSWORD,
          role: 'admin',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await call(app, otherAdmin, 'GET', '/api/v1/users'))
        .json()
        .users.map((u: { username: string }) => u.username),
    ).toEqual(['o-admin']);
  });
});
