import type { MessageThread } from '@hemma/contract/api';
import { sql, type Kysely } from 'kysely';
import type { Actor } from '../../auth/actor.ts';
import { clientIdsInScope, clientScope } from '../../auth/scope.ts';
import type { DB } from '../../db/schema.ts';

// Threads of the dialogue (one per client and provider) and how far each reader has read them.
// A message is unread for a reader when someone else wrote it after her read marker.

const EXCERPT = 200;

/** The actor's threads, newest first; `clientId` narrows to one client's. */
export async function listThreads(db: Kysely<DB>, actor: Actor, clientId?: string): Promise<MessageThread[]> {
  const mid = actor.municipalityId;
  const { providerId } = clientScope(actor);
  let q = db
    .selectFrom('messages as m')
    .innerJoin('clients as c', (j) => j.onRef('c.municipality_id', '=', 'm.municipality_id').onRef('c.client_id', '=', 'm.client_id'))
    .leftJoin('message_reads as r', (j) =>
      j.onRef('r.municipality_id', '=', 'm.municipality_id').onRef('r.client_id', '=', 'm.client_id').onRef('r.provider_id', '=', 'm.provider_id')
        .on('r.user_id', '=', actor.userId))
    .select((eb) => [
      'm.client_id', 'm.provider_id', 'c.name',
      eb.fn.countAll<number>().as('total'),
      sql<number>`count(*) filter (where m.author <> ${actor.username} and (r.read_at is null or m.sent_at > r.read_at))`.as('unread'),
    ])
    .where('m.municipality_id', '=', mid)
    .where('m.provider_id', 'is not', null)
    .where('m.client_id', 'in', clientIdsInScope(db, actor))
    .groupBy(['m.client_id', 'm.provider_id', 'c.name']);
  if (providerId !== undefined) q = q.where('m.provider_id', '=', providerId);
  if (clientId !== undefined) q = q.where('m.client_id', '=', clientId);
  const threads = await q.execute();
  if (threads.length === 0) return [];

  let last = db
    .selectFrom('messages')
    .distinctOn(['client_id', 'provider_id'])
    .select(['client_id', 'provider_id', 'message_id', 'author', 'author_role', 'body', 'sent_at'])
    .where('municipality_id', '=', mid)
    .where('client_id', 'in', [...new Set(threads.map((t) => t.client_id))])
    .where('provider_id', 'is not', null);
  if (providerId !== undefined) last = last.where('provider_id', '=', providerId);
  const lastRows = await last.orderBy('client_id').orderBy('provider_id').orderBy('sent_at', 'desc').orderBy('message_id', 'desc').execute();
  const lastOf = new Map(lastRows.map((r) => [`${r.client_id}\u0000${r.provider_id}`, r]));

  return threads
    .map((t) => {
      const m = lastOf.get(`${t.client_id}\u0000${t.provider_id}`)!;
      return {
        clientId: t.client_id!,
        clientName: t.name,
        providerId: t.provider_id!,
        messages: Number(t.total),
        unread: Number(t.unread),
        last: { id: m.message_id, author: m.author, authorRole: m.author_role, excerpt: m.body.slice(0, EXCERPT), sentAt: m.sent_at.toISOString() },
      };
    })
    .sort((a, b) => (a.last.sentAt < b.last.sentAt ? 1 : a.last.sentAt > b.last.sentAt ? -1 : a.clientId < b.clientId ? -1 : 1));
}

/**
 * Moves the reader's marker of each of the client's threads (narrowed to one provider when
 * given) to its newest message. The newest message, not the clock: a message whose transaction
 * began before this one and commits after it keeps an earlier sent_at and stays unread.
 */
export async function markThreadsRead(db: Kysely<DB>, actor: Actor, clientId: string, providerId?: string): Promise<number> {
  let q = db
    .selectFrom('messages')
    .select(['provider_id', (eb) => eb.fn.max('sent_at').as('newest')])
    .where('municipality_id', '=', actor.municipalityId)
    .where('client_id', '=', clientId)
    .where('provider_id', 'is not', null)
    .groupBy('provider_id');
  if (providerId !== undefined) q = q.where('provider_id', '=', providerId);
  const rows = await q.execute();
  for (const r of rows) {
    await db
      .insertInto('message_reads')
      .values({ municipality_id: actor.municipalityId, user_id: actor.userId, client_id: clientId, provider_id: r.provider_id!, read_at: r.newest })
      .onConflict((oc) => oc.columns(['municipality_id', 'user_id', 'client_id', 'provider_id']).doUpdateSet({ read_at: sql`greatest(message_reads.read_at, excluded.read_at)` }))
      .execute();
  }
  return rows.length;
}
