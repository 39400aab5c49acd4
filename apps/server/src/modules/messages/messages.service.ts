import { randomUUID } from 'node:crypto';
import type { Message, MessageCreateBody, MessageThread } from '@hemma/contract/api';
import type { Actor } from '../../auth/actor.ts';
import { recordAudit, recordListRead } from '../../audit/audit.service.ts';
import type { Database } from '../../db/connect.ts';
import { InvalidError } from '../../errors.ts';
import { clientInScopeOr404, only, ownProvider } from '../clients/access.ts';
import { findOrder } from '../orders/orders.repository.ts';
import * as repo from './messages.repository.ts';
import { listThreads, markThreadsRead } from './inbox.repository.ts';

// The dialogue about a client between the case officer of her district and a provider. A client
// with two providers has two dialogues; each provider reads only its own.

const PARTIES = ['case_officer', 'provider_manager'] as const;

export async function listMessages(database: Database, actor: Actor, clientId: string, providerFilter?: string): Promise<Message[]> {
  only(actor, PARTIES, 'read the dialogue');
  await clientInScopeOr404(database.db, actor, clientId);
  const messages = await repo.listMessages(database.db, actor.municipalityId, clientId, ownProvider(actor) ?? providerFilter);
  // One client's dialogue read once: one row about her, as for any read of one client.
  await recordAudit(database.db, actor, { action: 'read', clientId, objectType: 'message', details: { count: messages.length } });
  return messages;
}

export async function postMessage(database: Database, actor: Actor, clientId: string, body: MessageCreateBody): Promise<Message> {
  only(actor, PARTIES, 'write in the dialogue');
  const mid = actor.municipalityId;
  const id = randomUUID();
  await database.db.transaction().execute(async (trx) => {
    await clientInScopeOr404(trx, actor, clientId);
    let providerId = ownProvider(actor) ?? body.providerId;
    if (body.orderId !== undefined) {
      const order = await findOrder(trx, actor, body.orderId);
      if (!order || order.clientId !== clientId) throw new InvalidError(`the client has no order "${body.orderId}"`, 'orderId');
      if (providerId !== undefined && providerId !== order.providerId) throw new InvalidError('the order is with another provider', 'providerId');
      providerId = order.providerId;
    }
    if (providerId === undefined) throw new InvalidError('name the provider (or an order) the message is to', 'providerId');
    if (!(await repo.providerServesClient(trx, mid, clientId, providerId))) throw new InvalidError(`provider "${providerId}" has no order for this client`, 'providerId');
    await repo.insertMessage(trx, mid, { id, clientId, orderId: body.orderId ?? null, providerId, author: actor.username, authorRole: actor.role, body: body.body });
    await recordAudit(trx, actor, { action: 'create', clientId, objectType: 'message', objectId: id });
  });
  const all = await repo.listMessages(database.db, mid, clientId);
  return all.find((m) => m.id === id)!;
}

/** The actor's dialogues across her clients, newest first, with what she has not read. */
export async function inbox(database: Database, actor: Actor): Promise<MessageThread[]> {
  only(actor, PARTIES, 'read the dialogue');
  const threads = await listThreads(database.db, actor);
  await recordListRead(database.db, actor, { action: 'read', objectType: 'message', details: { view: 'inbox' } }, threads.map((t) => t.clientId));
  return threads;
}

/** Marks the client's dialogue read for this reader (one provider's thread, or all of them). */
export async function markRead(database: Database, actor: Actor, clientId: string, providerFilter?: string): Promise<MessageThread[]> {
  only(actor, PARTIES, 'read the dialogue');
  const providerId = ownProvider(actor) ?? providerFilter;
  return database.db.transaction().execute(async (trx) => {
    await clientInScopeOr404(trx, actor, clientId);
    // A named provider is a reference like any other: it must serve this client.
    if (providerId !== undefined && !(await repo.providerServesClient(trx, actor.municipalityId, clientId, providerId))) {
      throw new InvalidError(`provider "${providerId}" has no order for this client`, 'providerId');
    }
    const marked = await markThreadsRead(trx, actor, clientId, providerId);
    await recordAudit(trx, actor, { action: 'update', clientId, objectType: 'message_read', details: { threads: marked } });
    return listThreads(trx, actor, clientId);
  });
}

/**
 * A message from the client's own view into her dialogue with her provider, which the case
 * officer reads too; the author is the person's name, so the office sees who wrote. The caller has checked the client is the actor's
 * own and that the provider serves her.
 */
export async function postFromClientView(database: Database, actor: Actor, m: { clientId: string; providerId: string; author: string; body: string }): Promise<void> {
  const { clientId, providerId, body } = m;
  only(actor, ['client', 'relative'], 'write from the client\'s own view');
  const id = randomUUID();
  await database.db.transaction().execute(async (trx) => {
    await clientInScopeOr404(trx, actor, clientId);
    if (!(await repo.providerServesClient(trx, actor.municipalityId, clientId, providerId))) throw new InvalidError(`provider "${providerId}" has no order for this client`, 'providerId');
    await repo.insertMessage(trx, actor.municipalityId, { id, clientId, orderId: null, providerId, author: m.author, authorRole: actor.role, body });
    await recordAudit(trx, actor, { action: 'create', clientId, objectType: 'message', objectId: id });
  });
}
