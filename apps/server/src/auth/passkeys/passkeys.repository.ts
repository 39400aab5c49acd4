import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { findUserById, type LoginUser } from '../login.repository.ts';

// Passkeys, their one-time enrolment codes and the challenges between a ceremony's two steps.

export interface StoredPasskey {
  credentialId: string;
  municipalityId: string;
  userId: string;
  publicKey: string;
  counter: number;
  transports: string[];
}

export async function findPasskey(db: Kysely<DB>, credentialId: string): Promise<StoredPasskey | undefined> {
  const row = await db.selectFrom('passkeys').selectAll().where('credential_id', '=', credentialId).executeTakeFirst();
  return row && {
    credentialId: row.credential_id, municipalityId: row.municipality_id, userId: row.user_id,
    publicKey: row.public_key, counter: Number(row.counter), transports: row.transports,
  };
}

export async function passkeyIdsOf(db: Kysely<DB>, municipalityId: string, userId: string): Promise<string[]> {
  const rows = await db.selectFrom('passkeys').select('credential_id').where('municipality_id', '=', municipalityId).where('user_id', '=', userId).execute();
  return rows.map((r) => r.credential_id);
}

export async function insertPasskey(db: Kysely<DB>, p: StoredPasskey, at: Date): Promise<void> {
  await db.insertInto('passkeys').values({
    credential_id: p.credentialId, municipality_id: p.municipalityId, user_id: p.userId,
    public_key: p.publicKey, counter: p.counter, transports: p.transports, created_at: at,
  }).execute();
}

export async function usePasskey(db: Kysely<DB>, credentialId: string, counter: number, at: Date): Promise<void> {
  await db.updateTable('passkeys').set({ counter, last_used_at: at }).where('credential_id', '=', credentialId).execute();
}

/** A reset: the account's passkeys and unused codes go; the new code is the only way back in. */
export async function replaceCode(db: Kysely<DB>, code: { hash: string; municipalityId: string; userId: string; createdBy: string; at: Date; expiresAt: Date }): Promise<void> {
  await db.deleteFrom('passkeys').where('municipality_id', '=', code.municipalityId).where('user_id', '=', code.userId).execute();
  await db.deleteFrom('passkey_codes').where('municipality_id', '=', code.municipalityId).where('user_id', '=', code.userId).execute();
  await db.insertInto('passkey_codes').values({
    code_hash: code.hash, municipality_id: code.municipalityId, user_id: code.userId,
    created_by: code.createdBy, created_at: code.at, expires_at: code.expiresAt,
  }).execute();
}

/** The account a live (unused, unexpired) code enrols. */
export async function userOfCode(db: Kysely<DB>, codeHash: string, at: Date): Promise<LoginUser | undefined> {
  const code = await db.selectFrom('passkey_codes').select(['municipality_id', 'user_id'])
    .where('code_hash', '=', codeHash).where('used_at', 'is', null).where('expires_at', '>', at).executeTakeFirst();
  return code && findUserById(db, code.municipality_id, code.user_id);
}

/** Marks the code used; false when another request used it first. */
export async function spendCode(db: Kysely<DB>, codeHash: string, at: Date): Promise<boolean> {
  const r = await db.updateTable('passkey_codes').set({ used_at: at }).where('code_hash', '=', codeHash).where('used_at', 'is', null).executeTakeFirst();
  return r.numUpdatedRows === 1n;
}

export interface Challenge {
  purpose: 'enrol' | 'sign_in';
  challenge: string;
  codeHash: string | null;
}

export async function insertChallenge(db: Kysely<DB>, tokenHash: string, c: Challenge, expiresAt: Date, at: Date): Promise<void> {
  await db.deleteFrom('passkey_challenges').where('expires_at', '<=', at).execute();
  await db.insertInto('passkey_challenges').values({ token_hash: tokenHash, purpose: c.purpose, challenge: c.challenge, code_hash: c.codeHash, expires_at: expiresAt }).execute();
}

/** Takes the challenge out: a challenge answers once, right or wrong. */
export async function takeChallenge(db: Kysely<DB>, tokenHash: string, at: Date): Promise<Challenge | undefined> {
  const row = await db.deleteFrom('passkey_challenges').where('token_hash', '=', tokenHash).returning(['purpose', 'challenge', 'code_hash', 'expires_at']).executeTakeFirst();
  if (!row || row.expires_at <= at) return undefined;
  return { purpose: row.purpose, challenge: row.challenge, codeHash: row.code_hash };
}

/** May the account sign in now? Client and relative accounts only while their access is live. */
export async function accountLive(db: Kysely<DB>, user: Pick<LoginUser, 'municipality_id' | 'user_id' | 'role'>, today: string): Promise<boolean> {
  if (user.role !== 'client' && user.role !== 'relative') return true;
  const row = await db.selectFrom('client_access').select('access_id')
    .where('municipality_id', '=', user.municipality_id).where('user_id', '=', user.user_id).where('ended_at', 'is', null)
    .where((w) => w.or([w('consent_until', 'is', null), w('consent_until', '>=', today)]))
    .executeTakeFirst();
  return row !== undefined;
}
