import { randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { hashToken } from '../tokens.ts';
import { replaceCode } from './passkeys.repository.ts';

// The one-time code a case officer or provider manager hands to a client or relative to enrol a
// passkey: twelve characters from an alphabet without look-alikes (0/O, 1/I/L), read aloud or
// written on paper, shown as three groups. About 58 bits, used once, valid for a week.

const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_DAYS = 7;

export function newEnrolmentCode(): string {
  const chars = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]!);
  return [0, 4, 8].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

/** What is stored of a code: typed in lower case or without dashes, it is the same code. */
export function codeHash(code: string): string {
  return hashToken(`enrol:${code.toUpperCase().replace(/[^A-Z0-9]/g, '')}`);
}

/**
 * A fresh code for the account, replacing its passkeys and earlier codes (a reset): whoever held
 * the old device or code is out, and the new code is the only way back in.
 */
export async function issueEnrolmentCode(
  db: Kysely<DB>,
  who: { municipalityId: string; userId: string; createdBy: string; at: Date },
): Promise<{ code: string; expiresAt: Date }> {
  const code = newEnrolmentCode();
  const expiresAt = new Date(who.at.getTime() + CODE_DAYS * 86_400_000);
  await replaceCode(db, { hash: codeHash(code), municipalityId: who.municipalityId, userId: who.userId, createdBy: who.createdBy, at: who.at, expiresAt });
  return { code, expiresAt };
}
