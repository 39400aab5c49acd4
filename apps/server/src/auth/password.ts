import { hash, verify } from '@node-rs/argon2';

// argon2id with the library's defaults (m = 19 MiB, t = 2, p = 1: OWASP's minimum). The
// parameters travel inside the hash, so raising them later keeps old hashes verifiable.

export const MIN_PASSWORD_LENGTH = 10;

// The package's `Algorithm` is an ambient const enum, which isolated modules cannot import.
const ARGON2ID = 2;

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash is a wrong password, not a crash.
    return false;
  }
}

/**
 * Checked in place of a stored hash when the username does not exist, so an unknown username
 * costs one argon2 verification with the same parameters as a wrong password (a test holds the
 * parameters equal to hashPassword's). Fixed, so the first such login does not also pay for
 * making it. No password matches it that anyone knows, and it belongs to no account.
 */
export const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$viWZ0+n74N9eW4Lb4M3sjA$HJdGiIbDesSdt0dXJEQQaUwsuWbbsqt6cEquftSsDYg';
