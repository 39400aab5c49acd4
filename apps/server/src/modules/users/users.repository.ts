import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

// Accounts and what they refer to. Login's own reads are in auth/login.repository.ts.

export async function municipalityIds(db: Kysely<DB>): Promise<string[]> {
  const rows = await db
    .selectFrom('municipalities')
    .select('municipality_id')
    .orderBy('municipality_id')
    .execute();
  return rows.map((r) => r.municipality_id);
}

export async function districtExists(
  db: Kysely<DB>,
  municipalityId: string,
  districtId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('districts')
    .select('district_id')
    .where('municipality_id', '=', municipalityId)
    .where('district_id', '=', districtId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function providerExists(
  db: Kysely<DB>,
  municipalityId: string,
  providerId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('providers')
    .select('provider_id')
    .where('municipality_id', '=', municipalityId)
    .where('provider_id', '=', providerId)
    .executeTakeFirst();
  return row !== undefined;
}

/** The provider a staff member works for, or undefined when there is no such staff member. */
export async function providerOfStaff(
  db: Kysely<DB>,
  municipalityId: string,
  staffId: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('staff')
    .select('provider_id')
    .where('municipality_id', '=', municipalityId)
    .where('staff_id', '=', staffId)
    .executeTakeFirst();
  return row?.provider_id;
}

export async function usernameTaken(db: Kysely<DB>, username: string): Promise<boolean> {
  return (
    (await db
      .selectFrom('users')
      .select('user_id')
      .where('username', '=', username)
      .executeTakeFirst()) !== undefined
  );
}

export interface NewUser {
  municipalityId: string;
  userId: string;
  username: string;
  role: DB['users']['role'];
  districtId: string | null;
  providerId: string | null;
  staffId: string | null;
  passwordHash: string;
  totpSecret: string;
  enrolled: boolean;
}

export async function insertUser(db: Kysely<DB>, u: NewUser): Promise<void> {
  await db
    .insertInto('users')
    .values({
      municipality_id: u.municipalityId,
      user_id: u.userId,
      username: u.username,
      role: u.role,
      district_id: u.districtId,
      provider_id: u.providerId,
      staff_id: u.staffId,
      password_hash: u.passwordHash,
      totp_secret: u.totpSecret,
      totp_enrolled_at: u.enrolled ? new Date() : null,
    })
    .execute();
}
