import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { canonicalJson } from './hash.ts';
import type { AuditHead, AuditRecord } from './types.ts';

// All SQL of the audit log. Rows go in as AuditRecords with their hash, and come back for
// verification with the time as PostgreSQL stores it (microseconds), so nothing is rounded away.

/** Advisory-lock class of the audit chains (two-key form, apart from the migration lock's key). */
const CHAIN_LOCK_CLASS = 0x61756474; // 'audt'
const INSERT_BATCH = 500;

/**
 * Serialises appends to one municipality's chain until the transaction ends. The lock exists
 * before the first row does, which a row lock on the chain head could not give.
 */
export async function lockChain(trx: Kysely<DB>, municipalityId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(${CHAIN_LOCK_CLASS}::int4, hashtext(${municipalityId}))`.execute(trx);
}

/** The chain's latest row; `for update` so a stale snapshot fails loudly instead of forking. */
export async function readHeadForUpdate(trx: Kysely<DB>, municipalityId: string): Promise<AuditHead | null> {
  const row = await trx
    .selectFrom('audit_chain_heads')
    .select(['seq', 'hash'])
    .where('municipality_id', '=', municipalityId)
    .forUpdate()
    .executeTakeFirst();
  return row ?? null;
}

/** Every chain's head, in municipality order. */
export async function readHeads(db: Kysely<DB>): Promise<{ municipality_id: string; seq: number; hash: string }[]> {
  return db.selectFrom('audit_chain_heads').select(['municipality_id', 'seq', 'hash']).orderBy('municipality_id').execute();
}

export async function readHead(db: Kysely<DB>, municipalityId: string): Promise<AuditHead | null> {
  const row = await db
    .selectFrom('audit_chain_heads')
    .select(['seq', 'hash'])
    .where('municipality_id', '=', municipalityId)
    .executeTakeFirst();
  return row ?? null;
}

export async function insertRecords(trx: Kysely<DB>, records: readonly (AuditRecord & { hash: string })[]): Promise<void> {
  for (let i = 0; i < records.length; i += INSERT_BATCH) {
    await trx
      .insertInto('audit_log')
      .values(
        records.slice(i, i + INSERT_BATCH).map((r) => ({
          municipality_id: r.municipalityId,
          seq: r.seq,
          at: r.at,
          user_id: r.userId,
          username: r.username,
          role: r.role,
          action: r.action as DB['audit_log']['action'],
          client_id: r.clientId,
          object_type: r.objectType,
          object_id: r.objectId,
          ip: r.ip,
          details: canonicalJson(r.details),
          prev_hash: r.prevHash,
          hash: r.hash,
        })),
      )
      .execute();
  }
}

export type StoredRecord = AuditRecord & { hash: string; mac: string | null };

/** Rows of one chain after `afterSeq`, in chain order. */
export async function readChainPage(
  db: Kysely<DB>,
  municipalityId: string,
  afterSeq: number,
  limit: number,
): Promise<StoredRecord[]> {
  const rows = await db
    .selectFrom('audit_log')
    .select([
      'municipality_id',
      'seq',
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
      'prev_hash',
      'hash',
      'mac',
    ])
    .where('municipality_id', '=', municipalityId)
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    municipalityId: r.municipality_id,
    seq: r.seq,
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
    prevHash: r.prev_hash,
    hash: r.hash,
    mac: r.mac,
  }));
}

/** Every municipality with a chain: a head, rows, or (after tampering) only one of the two. */
export async function chainMunicipalities(db: Kysely<DB>): Promise<string[]> {
  const rows = await db
    .selectFrom('audit_chain_heads')
    .select('municipality_id')
    .union(db.selectFrom('audit_log').select('municipality_id').distinct())
    .execute();
  return rows.map((r) => r.municipality_id).sort();
}

/** A period bound: a calendar day in the municipality's time zone, or an instant. */
export type PeriodBound = { date: string } | { instant: Date };

export interface SearchFilter {
  clientId?: string | undefined;
  userId?: string | undefined;
  action?: DB['audit_log']['action'] | undefined;
  from?: PeriodBound | undefined;
  to?: PeriodBound | undefined;
  /** Only rows older than this one (the cursor). */
  beforeSeq?: number | undefined;
  limit: number;
}

export interface SearchRow {
  seq: number;
  at: Date;
  user_id: string;
  username: string;
  role: string;
  action: string;
  client_id: string | null;
  object_type: string;
  object_id: string | null;
  ip: string;
  details: Record<string, unknown>;
}

/** Newest first. A day bound covers the whole day where the municipality is. */
export async function searchRows(db: Kysely<DB>, municipalityId: string, f: SearchFilter): Promise<SearchRow[]> {
  const zone = sql`(select timezone from municipalities where municipality_id = ${municipalityId})`;
  let q = db
    .selectFrom('audit_log')
    .select(['seq', 'at', 'user_id', 'username', 'role', 'action', 'client_id', 'object_type', 'object_id', 'ip', 'details'])
    .where('municipality_id', '=', municipalityId);
  if (f.clientId !== undefined) q = q.where('client_id', '=', f.clientId);
  if (f.userId !== undefined) q = q.where('user_id', '=', f.userId);
  if (f.action !== undefined) q = q.where('action', '=', f.action);
  if (f.beforeSeq !== undefined) q = q.where('seq', '<', f.beforeSeq);
  if (f.from !== undefined) {
    const from = f.from;
    q = q.where(
      'date' in from
        ? sql<boolean>`at >= (${from.date}::date::timestamp at time zone ${zone})`
        : sql<boolean>`at >= ${from.instant.toISOString()}::timestamptz`,
    );
  }
  if (f.to !== undefined) {
    const to = f.to;
    q = q.where(
      'date' in to
        ? sql<boolean>`at < ((${to.date}::date + 1)::timestamp at time zone ${zone})`
        : sql<boolean>`at <= ${to.instant.toISOString()}::timestamptz`,
    );
  }
  return q.orderBy('seq', 'desc').limit(f.limit).execute();
}
