import type { Message } from '@hemma/contract/api';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

// Messages of one client; the caller has checked scope and narrows a provider to her dialogue.

export async function listMessages(db: Kysely<DB>, mid: string, clientId: string, providerId?: string): Promise<Message[]> {
  let q = db.selectFrom('messages').selectAll().where('municipality_id', '=', mid).where('client_id', '=', clientId);
  if (providerId !== undefined) q = q.where('provider_id', '=', providerId);
  const rows = await q.orderBy('sent_at').orderBy('message_id').execute();
  return rows.map((r) => ({
    id: r.message_id,
    clientId: r.client_id ?? clientId,
    orderId: r.order_id,
    providerId: r.provider_id,
    author: r.author,
    authorRole: r.author_role,
    body: r.body,
    sentAt: r.sent_at.toISOString(),
  }));
}

export async function insertMessage(
  db: Kysely<DB>, mid: string, m: { id: string; clientId: string; orderId: string | null; providerId: string; author: string; authorRole: string; body: string },
): Promise<void> {
  await db
    .insertInto('messages')
    .values({
      municipality_id: mid,
      message_id: m.id,
      client_id: m.clientId,
      order_id: m.orderId,
      provider_id: m.providerId,
      author: m.author,
      author_role: m.authorRole,
      body: m.body,
    })
    .execute();
}

/** Does the client have a live order with this provider (so there is someone to talk to)? */
export async function providerServesClient(db: Kysely<DB>, mid: string, clientId: string, providerId: string): Promise<boolean> {
  const r = await db
    .selectFrom('orders')
    .select('order_id')
    .where('municipality_id', '=', mid)
    .where('client_id', '=', clientId)
    .where('provider_id', '=', providerId)
    .where('status', 'not in', ['cancelled', 'declined'])
    .executeTakeFirst();
  return r !== undefined;
}
