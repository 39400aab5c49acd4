import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../auth/password.ts';
import { readExample } from '../../testing/fixtures.ts';
import { openTestDatabase, type TestDatabase } from '../../testing/test-db.ts';
import { importScenario } from '../scenario/import.service.ts';
import { createUser, type CreateUserInput } from './users.service.ts';

const PW = 'long enough password';

describe(`creating accounts (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase();
    await importScenario(t, readExample('02-granted-time-deviations.json'), {
      referenceDate: '2026-11-23',
    });
  });
  afterAll(() => t.dispose());

  const issues = async (input: Partial<CreateUserInput>) => {
    const r = await createUser(t.db, {
      role: 'admin',
      username: 'someone',
      password: PW,
      ...input,
    });
    return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
  };

  it('stores an argon2id hash and a TOTP secret, and hands back the otpauth URI', async () => {
    const r = await createUser(t.db, {
      role: 'case_officer',
      username: 'Eva.Ek',
      password: PW,
      districtId: 'd1',
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.user).toMatchObject({
      username: 'eva.ek',
      municipalityId: 'exempelo',
      districtId: 'd1',
      providerId: null,
    });
    expect(r.user.otpauthUri).toMatch(
      /^otpauth:\/\/totp\/Hemma%20\(exempelo\):eva\.ek\?.*secret=[A-Z2-7]{32}.*digits=6.*period=30/,
    );
    const row = await t.db
      .selectFrom('users')
      .selectAll()
      .where('username', '=', 'eva.ek')
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(row.password_hash, PW)).toBe(true);
    expect(row.totp_secret).toBe(r.user.totpSecret);
    expect(await issues({ username: 'EVA.EK' })).toEqual([
      'username: the username "eva.ek" is taken',
    ]);
  });

  it('says which option each role needs or must leave out', async () => {
    expect(await issues({ role: 'case_officer' })).toEqual([
      'district: a case_officer account needs --district: the district whose clients she serves',
    ]);
    expect(await issues({ role: 'provider_manager', districtId: 'd1' })).toEqual([
      'provider: a provider_manager account needs --provider',
      'district: a provider_manager account works for a provider, not a district; leave out --district',
    ]);
    expect(await issues({ role: 'admin', providerId: 'p1' })).toEqual([
      'provider: an admin account covers the whole municipality; leave out --provider',
    ]);
    expect(await issues({ role: 'staff' })).toEqual([
      'provider: a staff account needs --provider or --staff (whose provider it then takes)',
    ]);
    expect(await issues({ role: 'boss' })).toEqual([
      'role: unknown role "boss" (one of admin, case_officer, finance, provider_manager, staff, client, relative)',
    ]);
    expect(await issues({ password: 'short' })).toEqual([
      'password: a password needs at least 10 characters',
    ]);
    expect(await issues({ username: 'a b' })).toHaveLength(1);
  });

  it('checks the references against the municipality', async () => {
    expect(await issues({ role: 'case_officer', districtId: 'd9' })).toEqual([
      'district: no district "d9" in exempelo',
    ]);
    expect(await issues({ role: 'provider_manager', providerId: 'p9' })).toEqual([
      'provider: no provider "p9" in exempelo',
    ]);
    expect(await issues({ role: 'staff', staffId: 'nobody' })).toEqual([
      'staff: no staff member "nobody" in exempelo',
    ]);
    expect(await issues({ municipalityId: 'atlantis' })).toEqual([
      'municipality: no municipality "atlantis" (there are: exempelo)',
    ]);
    const staff = await t.db
      .selectFrom('staff')
      .select(['staff_id', 'provider_id'])
      .where('provider_id', '=', 'p1')
      .executeTakeFirstOrThrow();
    expect(await issues({ role: 'staff', staffId: staff.staff_id, providerId: 'p2' })).toEqual([
      `staff: staff member ${staff.staff_id} works for p1, not p2`,
    ]);
    const r = await createUser(t.db, {
      role: 'staff',
      username: 'kim',
      password: PW,
      staffId: staff.staff_id,
    });
    expect(r.ok && r.user.providerId).toBe('p1');
  });

  it('asks for the municipality when the database holds several', async () => {
    await importScenario(t, readExample('01-cap-and-declined.json'), {
      referenceDate: '2026-11-23',
    });
    expect(await issues({})).toEqual([
      'municipality: name the municipality with --municipality (one of exempelby, exempelo)',
    ]);
  });
});
