import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

// The account state login reads and changes: failures, lockout, the last TOTP step.

export interface LoginUser {
  municipality_id: string;
  user_id: string;
  username: string;
  role: DB['users']['role'];
  district_id: string | null;
  provider_id: string | null;
  staff_id: string | null;
  password_hash: string;
  totp_secret: string;
  locked_until: Date | null;
  totp_enrolled_at: Date | null;
  /** Set while an administrator has locked the account (migration 0400_admin). */
  disabled_at: Date | null;
}

const LOGIN_COLUMNS = [
  'municipality_id',
  'user_id',
  'username',
  'role',
  'district_id',
  'provider_id',
  'staff_id',
  'password_hash',
  'totp_secret',
  'locked_until',
  'totp_enrolled_at',
  'disabled_at',
] as const;

export async function findUserByUsername(
  db: Kysely<DB>,
  username: string,
): Promise<LoginUser | undefined> {
  return db
    .selectFrom('users')
    .select(LOGIN_COLUMNS)
    .where('username', '=', username)
    .executeTakeFirst();
}

export async function findUserById(
  db: Kysely<DB>,
  municipalityId: string,
  userId: string,
): Promise<LoginUser | undefined> {
  return db
    .selectFrom('users')
    .select(LOGIN_COLUMNS)
    .where('municipality_id', '=', municipalityId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

/**
 * Counts one failure in a single statement (two wrong guesses at once cannot both slip under the
 * limit); at the limit the account locks until `lockUntil` and the count starts again.
 * Returns whether this failure locked it.
 */
export async function recordFailure(
  db: Kysely<DB>,
  user: Pick<LoginUser, 'municipality_id' | 'user_id'>,
  maxFailures: number,
  lockUntil: Date,
): Promise<boolean> {
  const row = await db
    .updateTable('users')
    .set({
      failed_attempts: sql<number>`case when failed_attempts + 1 >= ${maxFailures} then 0 else failed_attempts + 1 end`,
      locked_until: sql<Date | null>`case when failed_attempts + 1 >= ${maxFailures} then ${lockUntil}::timestamptz else locked_until end`,
    })
    .where('municipality_id', '=', user.municipality_id)
    .where('user_id', '=', user.user_id)
    .returning('failed_attempts')
    .executeTakeFirst();
  return row?.failed_attempts === 0;
}

/**
 * Takes a TOTP step for a login if it is later than every step used before, and clears the
 * failures; the first such step also marks the authenticator app connected. False when the step
 * was already used: the same code cannot log in twice.
 */
export async function claimTotpStep(
  db: Kysely<DB>,
  user: Pick<LoginUser, 'municipality_id' | 'user_id'>,
  step: number,
  at: Date,
): Promise<boolean> {
  const row = await db
    .updateTable('users')
    .set({
      totp_last_step: step,
      failed_attempts: 0,
      locked_until: null,
      totp_enrolled_at: sql<Date>`coalesce(totp_enrolled_at, ${at}::timestamptz)`,
      last_login_at: at,
    })
    .where('municipality_id', '=', user.municipality_id)
    .where('user_id', '=', user.user_id)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .returning('user_id')
    .executeTakeFirst();
  return row !== undefined;
}

export interface ScopeNames {
  municipalityName: string;
  districtName: string | null;
  providerName: string | null;
}

/** The names of the municipality, district and provider an account is scoped to, for its pages. */
export async function scopeNames(
  db: Kysely<DB>,
  municipalityId: string,
  districtId: string | null,
  providerId: string | null,
): Promise<ScopeNames> {
  const row = await db
    .selectFrom('municipalities as m')
    .leftJoin('districts as d', (j) =>
      j.onRef('d.municipality_id', '=', 'm.municipality_id').on('d.district_id', '=', districtId ?? ''),
    )
    .leftJoin('providers as p', (j) =>
      j.onRef('p.municipality_id', '=', 'm.municipality_id').on('p.provider_id', '=', providerId ?? ''),
    )
    .select(['m.name as municipalityName', 'd.name as districtName', 'p.name as providerName'])
    .where('m.municipality_id', '=', municipalityId)
    .executeTakeFirst();
  return {
    municipalityName: row?.municipalityName ?? municipalityId,
    districtName: row?.districtName ?? null,
    providerName: row?.providerName ?? null,
  };
}

/** Every municipality's id: an unknown username's failed sign-in goes into each of their logs. */
export async function municipalityIds(db: Kysely<DB>): Promise<string[]> {
  const rows = await db.selectFrom('municipalities').select('municipality_id').orderBy('municipality_id').execute();
  return rows.map((r) => r.municipality_id);
}
