import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Actor, Role } from '../../auth/actor.ts';
import type { DB } from '../../db/schema.ts';
import { ConflictError, ForbiddenError } from '../../errors.ts';

// Small helpers the organisation and settings modules share.

/** 403 for a role that may not do this at all (scope, by contrast, answers 404). */
export function only(actor: Actor, roles: readonly Role[], what: string): void {
  if (!roles.includes(actor.role))
    throw new ForbiddenError(`only ${roles.join(' or ')} may ${what}`);
}

/**
 * Takes the municipality's row lock for the rest of the transaction, so that two admins
 * changing its settings take turns: an append numbers its entry max(position) + 1, and two at
 * once would otherwise pick the same number.
 */
export async function lockMunicipality(trx: Kysely<DB>, municipalityId: string): Promise<void> {
  await trx
    .selectFrom('municipalities')
    .select('municipality_id')
    .where('municipality_id', '=', municipalityId)
    .forUpdate()
    .executeTakeFirstOrThrow();
}

/**
 * Runs an insert and turns a duplicate key into 409. The caller checks first for a friendly
 * message; this catches the insert that a concurrent request won.
 */
export async function insertOnce<T>(what: string, insert: () => Promise<T>): Promise<T> {
  try {
    return await insert();
  } catch (err) {
    if ((err as { code?: unknown }).code === '23505')
      throw new ConflictError(`${what} already exists`);
    throw err;
  }
}

/** A text[] parameter both PostgreSQL and PGlite read as an array. */
export function textArray(values: readonly string[]): RawBuilder<string[]> {
  return sql<string[]>`${values}::text[]`;
}
