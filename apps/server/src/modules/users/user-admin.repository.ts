import type { UserSummary } from '@hemma/contract/api';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

// Accounts as the admin sees them. The columns are named one by one so that the password hash
// and the TOTP secret can never slip into a reply.

const COLUMNS = [
  'user_id',
  'username',
  'role',
  'district_id',
  'provider_id',
  'staff_id',
  'created_at',
  'locked_until',
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
