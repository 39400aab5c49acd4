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
}

export async function insertNote(
  db: Kysely<DB>, mid: string,
  n: { id: string; clientId: string; providerId: string; direction: NoteRow['direction']; author: string; body: string },
): Promise<void> {
  await db.insertInto('staff_notes').values({
    municipality_id: mid, note_id: n.id, client_id: n.clientId, provider_id: n.providerId, direction: n.direction, author: n.author, body: n.body,
  }).execute();
}

export async function listNotes(
  db: Kysely<DB>, mid: string, providerId: string,
  q: { clientIds?: readonly string[]; direction?: NoteRow['direction']; since?: Date },
): Promise<NoteRow[]> {
  if (q.clientIds?.length === 0) return [];
  let query = db
    .selectFrom('staff_notes')
    .select(['note_id', 'client_id', 'direction', 'author', 'body', 'sent_at'])
    .where('municipality_id', '=', mid)
    .where('provider_id', '=', providerId);
  if (q.clientIds) query = query.where('client_id', 'in', q.clientIds);
  if (q.direction) query = query.where('direction', '=', q.direction);
  if (q.since) query = query.where('sent_at', '>=', q.since);
  const rows = await query.orderBy('sent_at', 'desc').limit(200).execute();
  return rows.map((r) => ({ id: r.note_id, clientId: r.client_id, direction: r.direction, author: r.author, body: r.body, sentAt: r.sent_at }));
}
