import { sql, type Kysely, type RawBuilder } from 'kysely';
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

/**
 * The clients of list rows, in one statement however many: two arrays unnested side by side.
 * Row by row, 15 000 clients would cost what the list row saves.
 */
export async function insertListClients(trx: Kysely<DB>, municipalityId: string, lists: readonly { seq: number; clientIds: readonly string[] }[]): Promise<void> {
  if (lists.length === 0) return;
  const seqs = lists.flatMap((l) => l.clientIds.map(() => l.seq));
  const clients = lists.flatMap((l) => l.clientIds);
  await sql`insert into audit_log_clients (municipality_id, seq, client_id)
    select ${municipalityId}, s, c from unnest(${seqs}::bigint[], ${clients}::text[]) as t(s, c)`.execute(trx);
}

/**
 * The clients audit_log_clients holds for rows `afterSeq < seq <= throughSeq`, per row: their
 * count and their digest as hash.ts's clientListOf computes it (ids sorted bytewise, joined by
 * newlines), recomputed here so a list of any length costs verification one small row.
 */
export async function readListDigests(
  db: Kysely<DB>,
  municipalityId: string,
  afterSeq: number,
  throughSeq: number,
): Promise<Map<number, { count: number; sha256: string }>> {
  const { rows } = await sql<{ seq: number; count: number; sha256: string }>`
    select seq, count(*)::int as count,
      encode(sha256(convert_to(string_agg(client_id, E'\n' order by client_id collate "C"), 'UTF8')), 'hex') as sha256
    from audit_log_clients
    where municipality_id = ${municipalityId} and seq > ${afterSeq} and seq <= ${throughSeq}
    group by seq`.execute(db);
  return new Map(rows.map((r) => [Number(r.seq), { count: r.count, sha256: r.sha256 }]));
}

/** The first row number after `throughSeq` that audit_log_clients names, if any. */
export async function firstListSeqAfter(db: Kysely<DB>, municipalityId: string, throughSeq: number): Promise<number | null> {
  const row = await db
    .selectFrom('audit_log_clients')
    .select((eb) => eb.fn.min('seq').as('seq'))
    .where('municipality_id', '=', municipalityId)
    .where('seq', '>', throughSeq)
    .executeTakeFirst();
  return row?.seq === null || row?.seq === undefined ? null : Number(row.seq);
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
    .union(db.selectFrom('audit_log_clients').select('municipality_id').distinct())
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

/**
 * Newest first. A day bound covers the whole day where the municipality is. With a client: the
 * rows that name her, and the list rows whose clients include her (`client_id` then says her).
 */
export async function searchRows(db: Kysely<DB>, municipalityId: string, f: SearchFilter): Promise<SearchRow[]> {
  const zone = sql`(select timezone from municipalities where municipality_id = ${municipalityId})`;
  const where: RawBuilder<boolean>[] = [sql<boolean>`l.municipality_id = ${municipalityId}`];
  if (f.userId !== undefined) where.push(sql<boolean>`l.user_id = ${f.userId}`);
  if (f.action !== undefined) where.push(sql<boolean>`l.action = ${f.action}`);
  if (f.beforeSeq !== undefined) where.push(sql<boolean>`l.seq < ${f.beforeSeq}`);
  if (f.from !== undefined) {
    where.push('date' in f.from
      ? sql<boolean>`l.at >= (${f.from.date}::date::timestamp at time zone ${zone})`
      : sql<boolean>`l.at >= ${f.from.instant.toISOString()}::timestamptz`);
  }
  if (f.to !== undefined) {
    where.push('date' in f.to
      ? sql<boolean>`l.at < ((${f.to.date}::date + 1)::timestamp at time zone ${zone})`
      : sql<boolean>`l.at <= ${f.to.instant.toISOString()}::timestamptz`);
  }
  const columns = ['l.seq', 'l.at', 'l.user_id', 'l.username', 'l.role', 'l.action', 'l.object_type', 'l.object_id', 'l.ip', 'l.details'] as const;
  const rows = db.selectFrom('audit_log as l').where((eb) => eb.and(where)).orderBy('l.seq', 'desc').limit(f.limit);
  if (f.clientId === undefined) return rows.select([...columns, 'l.client_id']).execute();
  // Each side newest first and limited, so each reads only its newest rows by index.
  const own = rows.where('l.client_id', '=', f.clientId).select([...columns, 'l.client_id']);
  const inLists = rows
    .innerJoin('audit_log_clients as c', (j) => j.onRef('c.municipality_id', '=', 'l.municipality_id').onRef('c.seq', '=', 'l.seq'))
    .where('c.client_id', '=', f.clientId)
    .select([...columns, 'c.client_id']);
  return db
    .selectFrom(sql<SearchRow>`((${own}) union all (${inLists}))`.as('found'))
    .selectAll()
    .orderBy('seq', 'desc')
    .limit(f.limit)
    .execute();
}
