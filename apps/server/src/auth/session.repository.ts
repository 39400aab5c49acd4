import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { LoginUser } from './login.repository.ts';

// Sessions by the hash of their token; see migrations/20261123T0300_auth.sql.

export type Stage = DB['sessions']['stage'];

export interface NewSession {
  tokenHash: string;
  municipalityId: string;
  userId: string;
  stage: Stage;
  now: Date;
  expiresAt: Date;
}

export async function insertSession(db: Kysely<DB>, s: NewSession): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      token_hash: s.tokenHash,
      municipality_id: s.municipalityId,
      user_id: s.userId,
      stage: s.stage,
      created_at: s.now,
      last_seen_at: s.now,
      expires_at: s.expiresAt,
    })
    .execute();
}

export interface SessionWithUser
  extends Omit<LoginUser, 'password_hash' | 'totp_secret' | 'totp_enrolled_at' | 'disabled_at'> {
  stage: Stage;
  last_seen_at: Date;
  expires_at: Date;
}

export async function findSession(
  db: Kysely<DB>,
  tokenHash: string,
): Promise<SessionWithUser | undefined> {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', (j) =>
      j.onRef('u.municipality_id', '=', 's.municipality_id').onRef('u.user_id', '=', 's.user_id'),
    )
    .select([
      's.stage',
      's.last_seen_at',
      's.expires_at',
      'u.municipality_id',
      'u.user_id',
      'u.username',
      'u.role',
      'u.district_id',
      'u.provider_id',
      'u.staff_id',
      'u.locked_until',
    ])
    .where('s.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function touchSession(db: Kysely<DB>, tokenHash: string, now: Date): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: now })
    .where('token_hash', '=', tokenHash)
    .execute();
}

export async function deleteSession(db: Kysely<DB>, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

/** Drops sessions past their absolute end; called at each login so the table does not grow. */
export async function deleteExpiredSessions(db: Kysely<DB>, now: Date): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
}

/** Ends every session of one account (a manager revoked the phone it was signed in on). */
export async function deleteSessionsOf(db: Kysely<DB>, municipalityId: string, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('municipality_id', '=', municipalityId).where('user_id', '=', userId).execute();
}
