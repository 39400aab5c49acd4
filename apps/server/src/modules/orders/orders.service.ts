import { randomUUID } from 'node:crypto';
import type { Decision, Order, OrderCreateBody, OrderPatchBody } from '@hemma/contract/api';
import { areasNotOffered } from '@hemma/domain';
import type { Kysely } from 'kysely';
import type { Actor } from '../../auth/actor.ts';
import { recordAudit, recordListRead } from '../../audit/audit.service.ts';
import type { Database } from '../../db/connect.ts';
import type { DB } from '../../db/schema.ts';
import { ConflictError, InvalidError, NotFoundError, UnprocessableError } from '../../errors.ts';
import { clientInScopeOr404, only } from '../clients/access.ts';
import { findDecision } from '../decisions/decisions.repository.ts';
import * as repo from './orders.repository.ts';
import type { OrderFilter } from './orders.repository.ts';

// Orders: the case officer sends them (status sent), the chosen provider accepts them, the case
// officer changes or ends them. One client's orders with one provider never overlap (as the
// scenario importer checks), or a visit could not tell which order it belongs to.

type Period = { from: string; to: string | null };

export async function listOrders(database: Database, actor: Actor, filter: OrderFilter): Promise<Order[]> {
  only(actor, ['case_officer', 'admin', 'finance', 'provider_manager'], 'see orders');
  const orders = await repo.listOrders(database.db, actor, filter);
  // The clients whose orders were listed, as one row; an order opened alone names itself.
  await recordListRead(database.db, actor, { action: 'read', objectType: 'order', details: { view: 'list' } }, orders.map((o) => o.clientId));
  return orders;
}

export async function getOrder(database: Database, actor: Actor, orderId: string): Promise<Order> {
  only(actor, ['case_officer', 'admin', 'finance', 'provider_manager'], 'see orders');
  const order = await repo.findOrder(database.db, actor, orderId);
  if (!order) throw new NotFoundError(`no order "${orderId}"`);
  await recordAudit(database.db, actor, { action: 'read', clientId: order.clientId, objectType: 'order', objectId: orderId });
  return order;
}

/** The order must stay inside what was decided: its areas, hours, period and double staffing. */
function withinDecision(d: Decision, o: Period & { hoursPerMonth: Record<string, number>; doubleStaffing: boolean }): void {
  if (o.from < d.validFrom) throw new InvalidError(`starts (${o.from}) before the decision (${d.validFrom})`, 'from');
  if (d.validTo !== null && (o.to === null || o.to > d.validTo)) throw new InvalidError(`must end by the decision's end (${d.validTo})`, 'to');
  for (const [area, hours] of Object.entries(o.hoursPerMonth)) {
    const granted = d.hoursPerMonth[area];
    if (granted === undefined) throw new InvalidError(`the decision grants no ${area}`, `hoursPerMonth/${area}`);
    if (hours > granted) throw new InvalidError(`${hours} h is more than the ${granted} h granted`, `hoursPerMonth/${area}`);
  }
  if (o.doubleStaffing && !d.doubleStaffing) throw new InvalidError('the decision grants no double staffing', 'doubleStaffing');
}

/** A provider receives orders only for the service areas it offers (docs/web.md). */
function refuseUnoffered(areas: readonly string[], offered: readonly string[], providerId: string): void {
  const missing = areasNotOffered(areas, offered);
  if (missing.length > 0)
    throw new UnprocessableError(`provider "${providerId}" does not offer ${missing.join(', ')}`, 'hoursPerMonth', 'area_not_offered');
}

function checkPeriod(p: Period): void {
  if (p.to !== null && p.to < p.from) throw new InvalidError(`ends (${p.to}) before it starts (${p.from})`, 'to');
}

async function refuseOverlap(db: Kysely<DB>, mid: string, o: Period & { clientId: string; providerId: string; exceptId?: string }): Promise<void> {
  const other = await repo.overlappingOrder(db, mid, o);
  if (other !== undefined) throw new ConflictError(`overlaps order "${other}" of the same client and provider`);
}

async function decisionOf(db: Kysely<DB>, mid: string, clientId: string, decisionId: string): Promise<Decision> {
  const d = await findDecision(db, mid, decisionId);
  if (!d || d.clientId !== clientId) throw new InvalidError(`the client has no decision "${decisionId}"`, 'decisionId');
  return d;
}

export async function createOrder(database: Database, actor: Actor, body: OrderCreateBody): Promise<Order> {
  only(actor, ['case_officer'], 'send orders');
  const mid = actor.municipalityId;
  const order: Order = {
    id: randomUUID(),
    clientId: body.clientId,
    providerId: body.providerId,
    decisionId: body.decisionId,
    from: body.from,
    to: body.to,
    hoursPerMonth: { ...body.hoursPerMonth },
    doubleStaffing: body.doubleStaffing,
    status: 'sent',
    declinedReason: null,
  };
  checkPeriod(order);
  return database.db.transaction().execute(async (trx) => {
    await clientInScopeOr404(trx, actor, order.clientId);
    const offer = await repo.providerOffer(trx, mid, order.providerId);
    if (offer === undefined) throw new InvalidError(`no provider "${order.providerId}"`, 'providerId');
    // LOV: a client chooses among the providers the municipality has approved (docs/admin.md).
    if (offer.approval !== 'approved')
      throw new UnprocessableError(`provider "${order.providerId}" is ${offer.approval}, not approved: it cannot take new orders`, 'providerId', 'provider_not_approved');
    refuseUnoffered(Object.keys(order.hoursPerMonth), offer.serviceAreas, order.providerId);
    withinDecision(await decisionOf(trx, mid, order.clientId, body.decisionId), order);
    await refuseOverlap(trx, mid, order);
    await repo.insertOrder(trx, mid, order);
    await recordAudit(trx, actor, { action: 'create', clientId: order.clientId, objectType: 'order', objectId: order.id, details: { provider: order.providerId } });
    return order;
  });
}

/** Runs `change` on the order under its row lock; out of scope reads as absent. */
async function onOrder<T>(database: Database, actor: Actor, orderId: string, change: (trx: Kysely<DB>, o: Order) => Promise<T>): Promise<T> {
  return database.db.transaction().execute(async (trx) => {
    const order = await repo.findOrder(trx, actor, orderId, true);
    if (!order) throw new NotFoundError(`no order "${orderId}"`);
    return change(trx, order);
  });
}

export async function acceptOrder(database: Database, actor: Actor, orderId: string, contactPersonStaffId?: string): Promise<Order> {
  only(actor, ['provider_manager'], 'accept orders');
  const mid = actor.municipalityId;
  return onOrder(database, actor, orderId, async (trx, o) => {
    if (o.status !== 'sent') throw new ConflictError(`order ${orderId} is ${o.status}, not sent`);
    if (contactPersonStaffId !== undefined) {
      if (!(await repo.staffOfProvider(trx, mid, o.providerId, contactPersonStaffId))) {
        throw new InvalidError(`no staff "${contactPersonStaffId}" at your provider`, 'contactPersonStaffId');
      }
      await repo.setContactPerson(trx, mid, o.clientId, contactPersonStaffId);
    }
    await repo.updateOrder(trx, mid, orderId, { status: 'accepted' });
    await recordAudit(trx, actor, { action: 'update', clientId: o.clientId, objectType: 'order', objectId: orderId, details: { status: 'accepted' } });
    return { ...o, status: 'accepted' as const };
  });
}

/** The provider turns down an order sent to it; the case officer sees why and sends it elsewhere. */
export async function declineOrder(database: Database, actor: Actor, orderId: string, reason: string): Promise<Order> {
  only(actor, ['provider_manager'], 'decline orders');
  const mid = actor.municipalityId;
  return onOrder(database, actor, orderId, async (trx, o) => {
    if (o.status !== 'sent') throw new ConflictError(`order ${orderId} is ${o.status}, not sent`);
    await repo.updateOrder(trx, mid, orderId, { status: 'declined', declinedReason: reason });
    await recordAudit(trx, actor, { action: 'update', clientId: o.clientId, objectType: 'order', objectId: orderId, details: { status: 'declined' } });
    return { ...o, status: 'declined' as const, declinedReason: reason };
  });
}

export async function patchOrder(database: Database, actor: Actor, orderId: string, body: OrderPatchBody): Promise<Order> {
  only(actor, ['case_officer'], 'change orders');
  const mid = actor.municipalityId;
  return onOrder(database, actor, orderId, async (trx, o) => {
    if (o.status === 'ended' || o.status === 'cancelled' || o.status === 'declined') throw new ConflictError(`order ${orderId} is ${o.status}`);
    const next: Order = {
      ...o,
      from: body.from ?? o.from,
      to: body.to !== undefined ? body.to : o.to,
      hoursPerMonth: body.hoursPerMonth ? { ...body.hoursPerMonth } : o.hoursPerMonth,
      doubleStaffing: body.doubleStaffing ?? o.doubleStaffing,
    };
    checkPeriod(next);
    if (o.decisionId !== null) withinDecision(await decisionOf(trx, mid, o.clientId, o.decisionId), next);
    // Only an area the order gains must be offered: a provider that narrowed its offer keeps
    // the orders it already has, and their hours may still change.
    const added = Object.keys(next.hoursPerMonth).filter((a) => !(a in o.hoursPerMonth));
    if (added.length > 0) refuseUnoffered(added, (await repo.providerOffer(trx, mid, o.providerId))?.serviceAreas ?? [], o.providerId);
    await refuseOverlap(trx, mid, { ...next, exceptId: o.id });
    await repo.updateOrder(trx, mid, orderId, { from: next.from, to: next.to, doubleStaffing: next.doubleStaffing });
    if (body.hoursPerMonth) await repo.replaceAreas(trx, mid, orderId, next.hoursPerMonth);
    await recordAudit(trx, actor, { action: 'update', clientId: o.clientId, objectType: 'order', objectId: orderId, details: { fields: Object.keys(body) } });
    return next;
  });
}

export async function endOrder(database: Database, actor: Actor, orderId: string, to: string): Promise<Order> {
  only(actor, ['case_officer'], 'end orders');
  const mid = actor.municipalityId;
  return onOrder(database, actor, orderId, async (trx, o) => {
    if (o.status === 'ended' || o.status === 'cancelled' || o.status === 'declined') throw new ConflictError(`order ${orderId} is already ${o.status}`);
    if (to < o.from) throw new InvalidError(`ends (${to}) before it starts (${o.from})`, 'to');
    // Ending never lengthens an order: that would be a change (PATCH), checked against overlaps.
    if (o.to !== null && to > o.to) throw new InvalidError(`the order already ends ${o.to}`, 'to');
    await repo.updateOrder(trx, mid, orderId, { to, status: 'ended' });
    await recordAudit(trx, actor, { action: 'update', clientId: o.clientId, objectType: 'order', objectId: orderId, details: { status: 'ended', to } });
    return { ...o, to, status: 'ended' as const };
  });
}
