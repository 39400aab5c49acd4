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

let dummy: Promise<string> | undefined;

/**
 * Spends the same time as a real check, for a username that does not exist: the reply's timing
 * should not tell which usernames exist.
 */
export async function burnPasswordCheck(password: string): Promise<void> {
  dummy ??= hashPassword('not a real password, only for timing');
  await verifyPassword(await dummy, password);
}
