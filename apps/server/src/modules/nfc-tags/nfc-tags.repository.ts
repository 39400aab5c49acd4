import type { NfcTag } from '@hemma/contract/api';
import type { Kysely, Selectable } from 'kysely';
import type { Actor } from '../../auth/actor.ts';
import { clientInScope } from '../../auth/scope.ts';
import type { DB, NfcTagsTable } from '../../db/schema.ts';

// All SQL of NFC tags. Reads go through the actor's client scope (auth/scope.ts): a tag of a
// client out of scope is answered like one that does not exist.

type TagRow = Pick<Selectable<NfcTagsTable>, 'tag_uid' | 'client_id' | 'enrolled_at' | 'retired_at'>;
const COLUMNS = ['nfc_tags.tag_uid', 'nfc_tags.client_id', 'nfc_tags.enrolled_at', 'nfc_tags.retired_at'] as const;

export function toNfcTag(r: TagRow): NfcTag {
  return { uid: r.tag_uid, client: r.client_id, enrolledAt: r.enrolled_at.toISOString(), retiredAt: r.retired_at?.toISOString() ?? null };
}

/** Inserts the tag unless its UID is taken; undefined when it was. */
export async function insertTag(db: Kysely<DB>, municipalityId: string, uid: string, clientId: string): Promise<TagRow | undefined> {
  return db
    .insertInto('nfc_tags')
    .values({ municipality_id: municipalityId, tag_uid: uid, client_id: clientId, retired_at: null })
    .onConflict((oc) => oc.columns(['municipality_id', 'tag_uid']).doNothing())
    .returning(['tag_uid', 'client_id', 'enrolled_at', 'retired_at'])
    .executeTakeFirst();
}

/** The tag whatever its client: only to explain why an enrolment was refused. */
export async function findAnyTag(db: Kysely<DB>, municipalityId: string, uid: string): Promise<TagRow | undefined> {
  return db.selectFrom('nfc_tags').select(COLUMNS).where('municipality_id', '=', municipalityId).where('tag_uid', '=', uid).executeTakeFirst();
}

/** The tag if its client is in the actor's scope, locked for a change. */
export async function findTagInScopeForUpdate(db: Kysely<DB>, actor: Actor, uid: string): Promise<TagRow | undefined> {
  return db
    .selectFrom('nfc_tags')
    .innerJoin('clients', (j) => j.onRef('clients.municipality_id', '=', 'nfc_tags.municipality_id').onRef('clients.client_id', '=', 'nfc_tags.client_id'))
    .select(COLUMNS)
    .where('nfc_tags.municipality_id', '=', actor.municipalityId)
    .where('nfc_tags.tag_uid', '=', uid)
    .where(clientInScope(actor))
    .forUpdate('nfc_tags')
    .executeTakeFirst();
}

export async function retireTag(db: Kysely<DB>, municipalityId: string, uid: string, at: Date): Promise<TagRow> {
  return db
    .updateTable('nfc_tags')
    .set({ retired_at: at })
    .where('municipality_id', '=', municipalityId)
    .where('tag_uid', '=', uid)
    .returning(['tag_uid', 'client_id', 'enrolled_at', 'retired_at'])
    .executeTakeFirstOrThrow();
}

export async function listTags(
  db: Kysely<DB>,
  actor: Actor,
  filter: { client?: string | undefined; activeOnly: boolean; limit: number; offset: number },
): Promise<TagRow[]> {
  let q = db
    .selectFrom('nfc_tags')
    .innerJoin('clients', (j) => j.onRef('clients.municipality_id', '=', 'nfc_tags.municipality_id').onRef('clients.client_id', '=', 'nfc_tags.client_id'))
    .select(COLUMNS)
    .where('nfc_tags.municipality_id', '=', actor.municipalityId)
    .where(clientInScope(actor));
  if (filter.client !== undefined) q = q.where('nfc_tags.client_id', '=', filter.client);
  if (filter.activeOnly) q = q.where('nfc_tags.retired_at', 'is', null);
  return q.orderBy('nfc_tags.client_id').orderBy('nfc_tags.enrolled_at').orderBy('nfc_tags.tag_uid').limit(filter.limit).offset(filter.offset).execute();
}

/** The tags with these UIDs, with their clients: the registrations' tag → client resolution. */
export async function findTags(db: Kysely<DB>, municipalityId: string, uids: readonly string[]): Promise<TagRow[]> {
  if (uids.length === 0) return [];
  return db.selectFrom('nfc_tags').select(COLUMNS).where('municipality_id', '=', municipalityId).where('tag_uid', 'in', uids).execute();
}

/** The tag if its client is in the actor's scope. */
export async function findTagInScope(db: Kysely<DB>, actor: Actor, uid: string): Promise<TagRow | undefined> {
  return db
    .selectFrom('nfc_tags')
    .innerJoin('clients', (j) => j.onRef('clients.municipality_id', '=', 'nfc_tags.municipality_id').onRef('clients.client_id', '=', 'nfc_tags.client_id'))
    .select(COLUMNS)
    .where('nfc_tags.municipality_id', '=', actor.municipalityId)
    .where('nfc_tags.tag_uid', '=', uid)
    .where(clientInScope(actor))
    .executeTakeFirst();
}

/** The newest registrations made by reading the tag. */
export async function readsOfTag(db: Kysely<DB>, municipalityId: string, uid: string, limit: number) {
  return db
    .selectFrom('registrations')
    .select(['registration_id', 'kind', 'staff_id', 'client_id', 'at'])
    .where('municipality_id', '=', municipalityId)
    .where('tag_uid', '=', uid)
    .orderBy('at', 'desc')
    .limit(limit)
    .execute();
}

/** The newest reads of the tag that were refused, and why. */
export async function refusedReadsOfTag(db: Kysely<DB>, municipalityId: string, uid: string, limit: number) {
  return db
    .selectFrom('tag_read_failures')
    .select(['registration_id', 'failure', 'staff_id', 'at'])
    .where('municipality_id', '=', municipalityId)
    .where('tag_uid', '=', uid)
    .orderBy('at', 'desc')
    .limit(limit)
    .execute();
}
