import type { Kysely } from 'kysely';
import type { Actor } from '../../auth/actor.ts';
import { clientIdsInScope, clientInScope, clientScope } from '../../auth/scope.ts';
import type { DB } from '../../db/schema.ts';

// The rows behind "Att göra", each through the actor's scope (auth/scope.ts).

export async function clientNames(db: Kysely<DB>, actor: Actor): Promise<Map<string, string>> {
  const rows = await db.selectFrom('clients').select(['client_id', 'name']).where(clientInScope(actor)).execute();
  return new Map(rows.map((r) => [r.client_id, r.name]));
}

/** Orders of the clients in scope with this status (a provider only those sent to her). */
export async function ordersWithStatus(db: Kysely<DB>, actor: Actor, status: 'sent' | 'declined', declinedSince?: Date) {
  const { providerId } = clientScope(actor);
  let q = db
    .selectFrom('orders')
    .select(['order_id', 'client_id', 'provider_id', 'valid_from', 'declined_reason', 'declined_at'])
    .where('municipality_id', '=', actor.municipalityId)
    .where('status', '=', status)
    .where('client_id', 'in', clientIdsInScope(db, actor));
  if (providerId !== undefined) q = q.where('provider_id', '=', providerId);
  if (declinedSince !== undefined) q = q.where('declined_at', '>=', declinedSince);
  return q.orderBy('valid_from').orderBy('order_id').execute();
}

export async function deviationsWithStatus(db: Kysely<DB>, actor: Actor, status: 'reported' | 'rejected', months?: readonly string[]) {
  const { providerId } = clientScope(actor);
  let q = db
    .selectFrom('deviations')
    .select(['deviation_id', 'client_id', 'provider_id', 'month', 'minutes', 'reason', 'reported_at', 'decided_at', 'decision_reason'])
    .where('municipality_id', '=', actor.municipalityId)
    .where('status', '=', status)
    .where('client_id', 'in', clientIdsInScope(db, actor));
  if (providerId !== undefined) q = q.where('provider_id', '=', providerId);
  if (months !== undefined) q = q.where('month', 'in', months);
  return q.orderBy('month').orderBy('reported_at').orderBy('deviation_id').execute();
}

/** Decisions of the clients in scope that end within [from, to]. */
export async function decisionsEnding(db: Kysely<DB>, actor: Actor, from: string, to: string) {
  return db
    .selectFrom('decisions')
    .select(['decision_id', 'client_id', 'valid_to'])
    .where('municipality_id', '=', actor.municipalityId)
    .where('client_id', 'in', clientIdsInScope(db, actor))
    .where('valid_to', '>=', from)
    .where('valid_to', '<=', to)
    .orderBy('valid_to')
    .orderBy('decision_id')
    .execute();
}

type StatementStatus = 'draft' | 'submitted' | 'approved' | 'exported';

/** Statement rows of the municipality (a provider: her own) with this status. */
export async function statementsWithStatus(db: Kysely<DB>, actor: Actor, status: StatementStatus) {
  const { providerId } = clientScope(actor);
  let q = db
    .selectFrom('statements')
    .select(['provider_id', 'month', 'status', 'submitted_at', 'approved_at'])
    .where('municipality_id', '=', actor.municipalityId)
    .where('status', '=', status);
  if (providerId !== undefined) q = q.where('provider_id', '=', providerId);
  return q.orderBy('month').orderBy('provider_id').execute();
}

export async function statementStatus(db: Kysely<DB>, mid: string, provider: string, month: string): Promise<string> {
  const row = await db.selectFrom('statements').select('status').where('municipality_id', '=', mid).where('provider_id', '=', provider).where('month', '=', month).executeTakeFirst();
  return row?.status ?? 'draft';
}
