import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

// Short notes about a client between a provider's staff and its managers (the staff app's
// messages). Kept apart from the case officer's dialogue (modules/messages): a note such as
// "she fell yesterday" is for the provider first; the manager decides what goes further.

export interface NoteRow {
  id: string;
  clientId: string;
  direction: 'to_staff' | 'to_manager';
  author: string;
  body: string;
  sentAt: Date;
  writtenAt: Date | null;
  clientName: string;
  /** The author's staff record's name, when she has one. */
  authorName: string | null;
}

export async function insertNote(
  db: Kysely<DB>, mid: string,
  n: { id: string; clientId: string; providerId: string; direction: NoteRow['direction']; author: string; body: string; writtenAt: string | null },
): Promise<void> {
  // The same id again is the phone sending once more after a lost reply: stored once.
  await db.insertInto('staff_notes').values({
    municipality_id: mid, note_id: n.id, client_id: n.clientId, provider_id: n.providerId, direction: n.direction, author: n.author, body: n.body,
    written_at: n.writtenAt,
  }).onConflict((oc) => oc.doNothing()).execute();
}

/** One note by id, whoever wrote it (to tell a repeat from someone else's id). */
export async function findNote(db: Kysely<DB>, mid: string, id: string): Promise<{ author: string; providerId: string } | undefined> {
  const r = await db.selectFrom('staff_notes').select(['author', 'provider_id']).where('municipality_id', '=', mid).where('note_id', '=', id).executeTakeFirst();
  return r && { author: r.author, providerId: r.provider_id };
}

export async function listNotes(
  db: Kysely<DB>, mid: string, providerId: string,
  q: { clientIds?: readonly string[]; direction?: NoteRow['direction']; since?: Date; id?: string },
): Promise<NoteRow[]> {
  if (q.clientIds?.length === 0) return [];
  let query = db
    .selectFrom('staff_notes as n')
    .innerJoin('clients as c', (j) => j.onRef('c.municipality_id', '=', 'n.municipality_id').onRef('c.client_id', '=', 'n.client_id'))
    .leftJoin('users as u', (j) => j.onRef('u.municipality_id', '=', 'n.municipality_id').onRef('u.username', '=', 'n.author'))
    .leftJoin('staff as s', (j) => j.onRef('s.municipality_id', '=', 'u.municipality_id').onRef('s.staff_id', '=', 'u.staff_id'))
    .select(['n.note_id', 'n.client_id', 'c.name as client_name', 'n.direction', 'n.author', 's.name as author_name', 'n.body', 'n.sent_at', 'n.written_at'])
    .where('n.municipality_id', '=', mid)
    .where('n.provider_id', '=', providerId);
  if (q.clientIds) query = query.where('n.client_id', 'in', q.clientIds);
  if (q.direction) query = query.where('n.direction', '=', q.direction);
  if (q.since) query = query.where('n.sent_at', '>=', q.since);
  if (q.id) query = query.where('n.note_id', '=', q.id);
  const rows = await query.orderBy('n.sent_at', 'desc').limit(200).execute();
  return rows.map((r) => ({
    id: r.note_id, clientId: r.client_id, clientName: r.client_name, direction: r.direction, author: r.author, authorName: r.author_name,
    body: r.body, sentAt: r.sent_at, writtenAt: r.written_at,
  }));
}
