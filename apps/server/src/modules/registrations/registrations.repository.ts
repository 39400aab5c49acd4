import { sql, type Insertable, type Kysely } from 'kysely';
import type { Actor } from '../../auth/actor.ts';
import { clientServedByActor, registrationInReach } from '../../auth/scope.ts';
import type { DB, TagReadFailuresTable } from '../../db/schema.ts';
import type { StoredRegistration } from '../scenario/import.repository.ts';

// All SQL of registrations from phones. A batch costs a fixed number of statements whatever its
// size: one per lookup, one multi-row insert, one for the flags. No per-row round trips.

/** Advisory-lock class of "one staff member's registrations" (two-key form; see insertNew). */
const STAFF_LOCK_CLASS = 0x72656773; // 'regs'

/** Which of these staff members work for the provider. */
export async function staffOfProvider(db: Kysely<DB>, municipalityId: string, providerId: string, staffIds: readonly string[]): Promise<Set<string>> {
  const rows = await db
    .selectFrom('staff')
    .select('staff_id')
    .where('municipality_id', '=', municipalityId)
    .where('provider_id', '=', providerId)
    .where('staff_id', 'in', staffIds)
    .execute();
  return new Set(rows.map((r) => r.staff_id));
}

export interface InScope {
  client_id: string;
  tag_uid: string | null;
  enrolled_at: Date | null;
  retired_at: Date | null;
}

/**
 * The batch's clients as the actor may see them (the one scope mechanism, auth/scope.ts), each
 * with those of the batch's tags that are enrolled to it: the clients of manual registrations,
 * and the clients of tags. A tag missing here is unknown or another provider's (see findTags).
 */
export async function clientsInScope(db: Kysely<DB>, actor: Actor, uids: readonly string[], clientIds: readonly string[]): Promise<InScope[]> {
  return db
    .selectFrom('clients')
    .leftJoin('nfc_tags', (j) =>
      j
        .onRef('nfc_tags.municipality_id', '=', 'clients.municipality_id')
        .onRef('nfc_tags.client_id', '=', 'clients.client_id')
        .on(sql<boolean>`nfc_tags.tag_uid = any(${[...uids]}::text[])`),
    )
    .select(['clients.client_id', 'nfc_tags.tag_uid', 'nfc_tags.enrolled_at', 'nfc_tags.retired_at'])
    .where(clientServedByActor(actor))
    .where((eb) => eb.or([eb('nfc_tags.tag_uid', 'is not', null), sql<boolean>`clients.client_id = any(${[...clientIds]}::text[])`]))
    .execute();
}

export interface NewRows {
  id: string[];
  kind: string[];
  client: string[];
  staff: string[];
  at: string[];
  method: string[];
  reason: (string | null)[];
  corrects: (string | null)[];
  plannedMinutes: (number | null)[];
  category: (string | null)[];
  tag: (string | null)[];
}

/**
 * One statement for the whole batch: rows as column arrays (unnest), in id order so that
 * concurrent batches sharing ids take their row locks in one order. Returns the ids that were
 * new; the others were stored before.
 *
 * Before the first row goes in, it takes a transaction lock per staff member (the where-clause's
 * subquery runs once, first), so two batches of one phone sent at once run one after the other
 * and each sees the other's reads when looking for moved tags. Keys are sorted: no deadlocks.
 */
export async function insertNew(db: Kysely<DB>, municipalityId: string, rows: NewRows): Promise<Set<string>> {
  const keys = [...new Set(rows.staff)].sort().map((s) => `${municipalityId}/${s}`);
  const result = await sql<{ registration_id: string }>`
    insert into registrations (municipality_id, registration_id, kind, client_id, staff_id, at, method, reason, corrects, planned_minutes, category, tag_uid)
    select ${municipalityId}, r.*
    from unnest(${rows.id}::uuid[], ${rows.kind}::text[], ${rows.client}::text[], ${rows.staff}::text[], ${rows.at}::timestamptz[],
                ${rows.method}::text[], ${rows.reason}::text[], ${rows.corrects}::uuid[], ${rows.plannedMinutes}::int[],
                ${rows.category}::text[], ${rows.tag}::text[]) as r
    where (select count(pg_advisory_xact_lock(${STAFF_LOCK_CLASS}::int4, hashtext(k))) from unnest(${keys}::text[]) with ordinality as u(k, n)) >= 0
    order by 1, 2
    on conflict do nothing
    returning registration_id`.execute(db);
  return new Set(result.rows.map((r) => r.registration_id));
}

export type StoredWithTag = StoredRegistration & { tag_uid: string | null };

export async function findStored(db: Kysely<DB>, municipalityId: string, ids: readonly string[]): Promise<StoredWithTag[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('registrations')
    .select(['registration_id', 'kind', 'client_id', 'staff_id', 'at', 'method', 'reason', 'corrects', 'planned_minutes', 'category', 'purpose', 'tag_uid'])
    .where('municipality_id', '=', municipalityId)
    .where('registration_id', 'in', ids)
    .execute();
}

/** Of these registrations, those the actor may correct (auth/scope.ts), with their clients. */
export async function correctableRegistrations(db: Kysely<DB>, actor: Actor, ids: readonly string[]): Promise<{ registration_id: string; client_id: string }[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('registrations')
    .select(['registrations.registration_id', 'registrations.client_id'])
    .where(sql<boolean>`registrations.registration_id = any(${[...ids]}::uuid[])`)
    .where(registrationInReach(actor))
    .execute();
}

/** Written outside the refused batch's transaction, which rolled back. */
export async function logReadFailures(db: Kysely<DB>, rows: readonly Insertable<TagReadFailuresTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('tag_read_failures').values([...rows]).execute();
}
