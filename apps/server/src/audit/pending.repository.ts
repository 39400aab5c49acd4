import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { canonicalJson } from './hash.ts';
import type { AuditRecord } from './types.ts';

// SQL of the entries that wait to be chained (audit_pending). They carry every field of a chain
// row but its place in the chain: seq, prev_hash and hash are given when they are sealed.

export type PendingFields = Omit<AuditRecord, 'seq' | 'prevHash'>;
export type PendingEntry = PendingFields & { pendingId: number };

const INSERT_BATCH = 500;

export async function insertPending(
  db: Kysely<DB>,
  entries: readonly PendingFields[],
): Promise<void> {
  for (let i = 0; i < entries.length; i += INSERT_BATCH) {
    await db
      .insertInto('audit_pending')
      .values(
        entries.slice(i, i + INSERT_BATCH).map((e) => ({
          municipality_id: e.municipalityId,
          at: e.at,
          user_id: e.userId,
          username: e.username,
          role: e.role,
          action: e.action as DB['audit_pending']['action'],
          client_id: e.clientId,
          object_type: e.objectType,
          object_id: e.objectId,
          ip: e.ip,
          details: canonicalJson(e.details),
        })),
      )
      .execute();
  }
}

/** The oldest waiting entries of one municipality, in the order they were written. */
export async function readPending(
  db: Kysely<DB>,
  municipalityId: string,
  limit: number,
): Promise<PendingEntry[]> {
  const rows = await db
    .selectFrom('audit_pending')
    .select([
      'id',
      'municipality_id',
      // As the chain column will store it, so that the hash covers exactly what is kept.
      sql<string>`to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('at_text'),
      'user_id',
      'username',
      'role',
      'action',
      'client_id',
      'object_type',
      'object_id',
      'ip',
      'details',
    ])
    .where('municipality_id', '=', municipalityId)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    pendingId: r.id,
    municipalityId: r.municipality_id,
    at: r.at_text,
    userId: r.user_id,
    username: r.username,
    role: r.role,
    action: r.action,
    clientId: r.client_id,
    objectType: r.object_type,
    objectId: r.object_id,
    ip: r.ip,
    details: r.details,
  }));
}

export async function hasPending(db: Kysely<DB>, municipalityId: string): Promise<boolean> {
  const row = await db
    .selectFrom('audit_pending')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Allowed by the table's guard only for entries whose chain row exists. */
export async function deletePending(db: Kysely<DB>, ids: readonly number[]): Promise<void> {
  if (ids.length > 0) await db.deleteFrom('audit_pending').where('id', 'in', ids).execute();
}

export async function pendingMunicipalities(db: Kysely<DB>): Promise<string[]> {
  const rows = await db.selectFrom('audit_pending').select('municipality_id').distinct().execute();
  return rows.map((r) => r.municipality_id).sort();
}

export async function countPending(db: Kysely<DB>, municipalityId: string): Promise<number> {
  const row = await db
    .selectFrom('audit_pending')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('municipality_id', '=', municipalityId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
