import type { UserSummary } from '@hemma/contract/api';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

// Accounts as the admin sees them, and the changes she makes to them. The columns are named one
// by one so that the password hash and the TOTP secret can never slip into a reply.

const COLUMNS = [
  'user_id',
  'username',
  'role',
  'district_id',
  'provider_id',
  'staff_id',
  'created_at',
  'locked_until',
  'disabled_at',
  'last_login_at',
  'totp_enrolled_at',
] as const;

type Row = {
  user_id: string;
  username: string;
  role: UserSummary['role'];
  district_id: string | null;
  provider_id: string | null;
  staff_id: string | null;
  created_at: Date;
  locked_until: Date | null;
  disabled_at: Date | null;
  last_login_at: Date | null;
  totp_enrolled_at: Date | null;
};

const toSummary = (u: Row): UserSummary => ({
  id: u.user_id,
  username: u.username,
  role: u.role,
  districtId: u.district_id,
  providerId: u.provider_id,
  staffId: u.staff_id,
  createdAt: u.created_at.toISOString(),
  lockedUntil: u.locked_until?.toISOString() ?? null,
  lockedByAdminAt: u.disabled_at?.toISOString() ?? null,
  lastLoginAt: u.last_login_at?.toISOString() ?? null,
  secondFactorEnrolled: u.totp_enrolled_at !== null,
});

export async function listUserSummaries(db: Kysely<DB>, mid: string): Promise<UserSummary[]> {
  const rows = await db
    .selectFrom('users')
    .select(COLUMNS)
    .where('municipality_id', '=', mid)
    .orderBy('username')
    .execute();
  return rows.map(toSummary);
}

export async function findUserSummary(
  db: Kysely<DB>,
  mid: string,
  userId: string,
): Promise<UserSummary | undefined> {
  const row = await db
    .selectFrom('users')
    .select(COLUMNS)
    .where('municipality_id', '=', mid)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row && toSummary(row);
}

/**
 * Locks the account until unlocked (`at`), or unlocks it (null); unlocking also ends a lock for
 * wrong guesses and clears their count. False when no such account exists in the municipality.
 */
export async function setDisabled(db: Kysely<DB>, mid: string, userId: string, at: Date | null): Promise<boolean> {
  const row = await db
    .updateTable('users')
    .set(at ? { disabled_at: at } : { disabled_at: null, locked_until: null, failed_attempts: 0 })
    .where('municipality_id', '=', mid)
    .where('user_id', '=', userId)
    .returning('user_id')
    .executeTakeFirst();
  return row !== undefined;
}

/** A new TOTP secret, not yet connected: the next sign-in shows it to scan. */
export async function replaceSecondFactor(db: Kysely<DB>, mid: string, userId: string, secret: string): Promise<boolean> {
  const row = await db
    .updateTable('users')
    .set({ totp_secret: secret, totp_enrolled_at: null, totp_last_step: null })
    .where('municipality_id', '=', mid)
    .where('user_id', '=', userId)
    .returning('user_id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Ends every session of the account, complete or half-way through sign-in. */
export async function endSessions(db: Kysely<DB>, mid: string, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('municipality_id', '=', mid).where('user_id', '=', userId).execute();
}
