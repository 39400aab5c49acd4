import type { Deviation } from '@hemma/contract/api';
import { monthSpan } from '@hemma/domain/fees';
import type { Kysely, Selectable } from 'kysely';
import type { Actor } from '../../auth/actor.ts';
import { clientIdsInScope, clientScope } from '../../auth/scope.ts';
import type { DB, DeviationsTable } from '../../db/schema.ts';

// Deviations through the actor's scope; a provider sees only its own reports.

export async function listDeviations(db: Kysely<DB>, actor: Actor, month: string): Promise<Deviation[]> {
  const { providerId } = clientScope(actor);
  let q = db
    .selectFrom('deviations')
    .selectAll()
    .where('municipality_id', '=', actor.municipalityId)
    .where('month', '=', month)
    .where('client_id', 'in', clientIdsInScope(db, actor));
  if (providerId !== undefined) q = q.where('provider_id', '=', providerId);
  const rows = await q.orderBy('client_id').orderBy('reported_at').orderBy('deviation_id').execute();
  return rows.map(toDeviation);
}

export function toDeviation(r: Selectable<DeviationsTable>): Deviation {
  return {
    id: r.deviation_id,
    clientId: r.client_id,
    providerId: r.provider_id,
    month: r.month,
    minutes: r.minutes,
    reason: r.reason,
    comment: r.comment,
    category: r.category,
    status: r.status,
    reportedAt: r.reported_at.toISOString(),
    decidedAt: r.decided_at?.toISOString() ?? null,
    decisionReason: r.decision_reason,
  };
}

/** Is an order of this client and provider active on some day of the month? */
export async function orderActiveIn(db: Kysely<DB>, mid: string, clientId: string, providerId: string, month: string): Promise<boolean> {
  const { firstDay: first, lastDay: last } = monthSpan(month);
  const r = await db
    .selectFrom('orders')
    .select('order_id')
    .where('municipality_id', '=', mid)
    .where('client_id', '=', clientId)
    .where('provider_id', '=', providerId)
    .where('status', 'in', ['accepted', 'ended'])
    .where('valid_from', '<=', last)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', first)]))
    .executeTakeFirst();
  return r !== undefined;
}

export async function insertDeviation(
  db: Kysely<DB>, mid: string, d: Pick<Deviation, 'id' | 'clientId' | 'providerId' | 'month' | 'minutes' | 'reason' | 'comment' | 'category'>,
): Promise<void> {
  await db
    .insertInto('deviations')
    .values({
      municipality_id: mid,
      deviation_id: d.id,
      client_id: d.clientId,
      provider_id: d.providerId,
      month: d.month,
      minutes: d.minutes,
      reason: d.reason,
      comment: d.comment,
      category: d.category,
      status: 'reported',
    })
    .execute();
}
