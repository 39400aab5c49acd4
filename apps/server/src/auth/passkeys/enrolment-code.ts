import { randomInt } from 'node:crypto';
import { hashToken } from '../tokens.ts';

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
