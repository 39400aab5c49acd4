import * as argon2 from '@node-rs/argon2';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { importScenario } from '../modules/scenario/import.service.ts';
import { createUser } from '../modules/users/users.service.ts';
import { readExample } from '../testing/fixtures.ts';
import { openTestDatabase, type TestDatabase } from '../testing/test-db.ts';
import { DUMMY_HASH, hashPassword } from './password.ts';

// An unknown username must cost what a wrong password costs: the same argon2 work, not a
// shortcut. Timings are too noisy to assert here (bench/login.ts measures them); this test holds
// the code path instead: every login runs exactly one verification, with the same parameters.

vi.mock('@node-rs/argon2', async (original) => {
  const real = await original<typeof import('@node-rs/argon2')>();
  return { ...real, verify: vi.fn(real.verify), hash: vi.fn(real.hash) };
});

const PASSWORD = 'a long and secret password';
const params = (encoded: string) => encoded.split('$').slice(1, 4).join('$');

describe(`an unknown username costs what a wrong password costs (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let storedHash: string;

  beforeAll(async () => {
    t = await openTestDatabase();
    await importScenario(t, readExample('01-cap-and-declined.json'), { referenceDate: '2026-11-23' });
    app = await buildApp(loadConfig({}), t, { auth: { rateLimit: { max: 1000, windowMs: 60_000 }, maxFailures: 2 } });
    const created = await createUser(t.db, { role: 'case_officer', username: 'anna', password: PASSWORD, districtId: 'd1' });
    if (!created.ok) throw new Error(JSON.stringify(created.issues));
    storedHash = (await t.db.selectFrom('users').select('password_hash').where('username', '=', 'anna').executeTakeFirstOrThrow()).password_hash;
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });
  beforeEach(() => {
    vi.mocked(argon2.verify).mockClear();
    vi.mocked(argon2.hash).mockClear();
  });

  const login = async (username: string, password: string) => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
    return { status: res.statusCode, verified: vi.mocked(argon2.verify).mock.calls.map(([h]) => h as string), hashed: vi.mocked(argon2.hash).mock.calls.length };
  };

  it('verifies once against a fixed dummy hash for an unknown username, and hashes nothing', async () => {
    const unknown = await login('nobody', 'a wrong password, long');
    expect(unknown).toEqual({ status: 401, verified: [DUMMY_HASH], hashed: 0 });
  });

  it('verifies once against the stored hash for a wrong password', async () => {
    expect(await login('anna', 'a wrong password, long')).toEqual({ status: 401, verified: [storedHash], hashed: 0 });
  });

  it('verifies once for a locked account too', async () => {
    await login('anna', 'a wrong password, long'); // the second failure in a row locks (maxFailures 2)
    vi.mocked(argon2.verify).mockClear();
    expect(await login('anna', PASSWORD)).toEqual({ status: 429, verified: [storedHash], hashed: 0 });
  });

  it('keeps the dummy hash on the parameters new passwords are hashed with', async () => {
    expect(params(DUMMY_HASH)).toBe(params(await hashPassword('any password at all')));
    expect(params(DUMMY_HASH)).toBe(params(storedHash));
    await expect(argon2.verify(DUMMY_HASH, 'a wrong password, long')).resolves.toBe(false);
  });
});
