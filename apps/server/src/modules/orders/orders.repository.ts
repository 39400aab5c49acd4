import type { Order } from '@hemma/contract/api';
import type { Kysely, Selectable } from 'kysely';
import type { Actor } from '../../auth/actor.ts';
import { clientIdsInScope, clientScope } from '../../auth/scope.ts';
import type { DB, OrdersTable, ProviderApproval } from '../../db/schema.ts';

// Orders through the actor's scope: the clients she sees, and for a provider only the orders
// sent to her own provider (not another provider's order for the same client).

const OPEN_END = '9999-12-31';
/** Orders that never were or no longer are the provider's: they meet no other order. */
const DEAD = ['cancelled', 'declined'] as const;

export interface OrderFilter {
  clientId?: string | undefined;
  status?: Order['status'] | undefined;
  limit: number;
  offset: number;
}

function scoped(db: Kysely<DB>, actor: Actor) {
  const { providerId } = clientScope(actor);
  let q = db
    .selectFrom('orders')
    .selectAll()
    .where('orders.municipality_id', '=', actor.municipalityId)
    .where('orders.client_id', 'in', clientIdsInScope(db, actor));
  if (providerId !== undefined) q = q.where('orders.provider_id', '=', providerId);
  return q;
}

async function withAreas(db: Kysely<DB>, mid: string, rows: Selectable<OrdersTable>[]): Promise<Order[]> {
  if (rows.length === 0) return [];
  const areas = await db
    .selectFrom('order_areas')
    .select(['order_id', 'area', 'hours_per_month'])
    .where('municipality_id', '=', mid)
    .where('order_id', 'in', rows.map((r) => r.order_id))
    .orderBy('position')
    .execute();
  return rows.map((r) => ({
    id: r.order_id,
    clientId: r.client_id,
    providerId: r.provider_id,
    decisionId: r.decision_id,
    from: r.valid_from,
    to: r.valid_to,
    hoursPerMonth: Object.fromEntries(areas.filter((a) => a.order_id === r.order_id).map((a) => [a.area, a.hours_per_month])),
    doubleStaffing: r.double_staffing,
    status: r.status,
    declinedReason: r.declined_reason,
  }));
}

export async function listOrders(db: Kysely<DB>, actor: Actor, f: OrderFilter): Promise<Order[]> {
  let q = scoped(db, actor);
  if (f.clientId !== undefined) q = q.where('orders.client_id', '=', f.clientId);
  if (f.status !== undefined) q = q.where('orders.status', '=', f.status);
  const rows = await q.orderBy('orders.valid_from', 'desc').orderBy('orders.order_id').limit(f.limit).offset(f.offset).execute();
  return withAreas(db, actor.municipalityId, rows);
}

/** The order, or undefined when it does not exist or is out of scope. `lock` takes its row lock. */
export async function findOrder(db: Kysely<DB>, actor: Actor, orderId: string, lock = false): Promise<Order | undefined> {
  let q = scoped(db, actor).where('orders.order_id', '=', orderId);
  if (lock) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  return row ? (await withAreas(db, actor.municipalityId, [row]))[0] : undefined;
}

/** Another live order of the same client and provider whose period meets [from, to]. */
export async function overlappingOrder(
  db: Kysely<DB>, mid: string, o: { clientId: string; providerId: string; from: string; to: string | null; exceptId?: string },
): Promise<string | undefined> {
  let q = db
    .selectFrom('orders')
    .select('order_id')
    .where('municipality_id', '=', mid)
    .where('client_id', '=', o.clientId)
    .where('provider_id', '=', o.providerId)
    .where('status', 'not in', DEAD)
    .where('valid_from', '<=', o.to ?? OPEN_END)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', o.from)]));
  if (o.exceptId !== undefined) q = q.where('order_id', '!=', o.exceptId);
  return (await q.executeTakeFirst())?.order_id;
}

/** The provider's approval status in the LOV register, or undefined when there is no such provider. */
/** Where the provider's LOV application stands and the service areas it offers; undefined when there is no such provider. */
export async function providerOffer(db: Kysely<DB>, mid: string, providerId: string): Promise<{ approval: ProviderApproval; serviceAreas: string[] } | undefined> {
  const r = await db.selectFrom('providers').select(['approval_status', 'service_areas']).where('municipality_id', '=', mid).where('provider_id', '=', providerId).executeTakeFirst();
  return r && { approval: r.approval_status, serviceAreas: r.service_areas };
}

export async function staffOfProvider(db: Kysely<DB>, mid: string, providerId: string, staffId: string): Promise<boolean> {
  const r = await db
    .selectFrom('staff')
    .select('staff_id')
    .where('municipality_id', '=', mid)
    .where('provider_id', '=', providerId)
    .where('staff_id', '=', staffId)
    .executeTakeFirst();
  return r !== undefined;
}

export async function insertOrder(db: Kysely<DB>, mid: string, o: Order): Promise<void> {
  await db
    .insertInto('orders')
    .values({
      municipality_id: mid,
      order_id: o.id,
      client_id: o.clientId,
      provider_id: o.providerId,
      decision_id: o.decisionId,
      valid_from: o.from,
      valid_to: o.to,
      double_staffing: o.doubleStaffing,
      status: o.status,
    })
    .execute();
  await replaceAreas(db, mid, o.id, o.hoursPerMonth);
}

export async function updateOrder(
  db: Kysely<DB>, mid: string, orderId: string,
  set: { from?: string; to?: string | null; doubleStaffing?: boolean; status?: Order['status']; declinedReason?: string },
): Promise<void> {
  await db
    .updateTable('orders')
    .set({
      ...(set.declinedReason !== undefined && { declined_reason: set.declinedReason, declined_at: new Date() }),
      ...(set.from !== undefined && { valid_from: set.from }),
      ...(set.to !== undefined && { valid_to: set.to }),
      ...(set.doubleStaffing !== undefined && { double_staffing: set.doubleStaffing }),
      ...(set.status !== undefined && { status: set.status }),
    })
    .where('municipality_id', '=', mid)
    .where('order_id', '=', orderId)
    .execute();
}

/** The order's areas are its whole truth: areas left out are removed. */
export async function replaceAreas(db: Kysely<DB>, mid: string, orderId: string, hours: Record<string, number>): Promise<void> {
  await db.deleteFrom('order_areas').where('municipality_id', '=', mid).where('order_id', '=', orderId).execute();
  const rows = Object.entries(hours).map(([area, h], position) => ({ municipality_id: mid, order_id: orderId, area, position, hours_per_month: h }));
  if (rows.length > 0) await db.insertInto('order_areas').values(rows).execute();
}

export async function setContactPerson(db: Kysely<DB>, mid: string, clientId: string, staffId: string): Promise<void> {
  await db.updateTable('clients').set({ contact_person_staff_id: staffId }).where('municipality_id', '=', mid).where('client_id', '=', clientId).execute();
}
