import { randomUUID } from 'node:crypto';
import type { Order, Plan, PlanCreateBody, PlanPatchBody, PlanVisitInput } from '@hemma/contract/api';
import type { Weekday } from '@hemma/domain';
import { monthsPlannedOverOrdered } from '@hemma/domain/plans';
import type { Kysely } from 'kysely';
import type { Actor } from '../../auth/actor.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import type { Database } from '../../db/connect.ts';
import type { DB } from '../../db/schema.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../errors.ts';
import { only } from '../clients/access.ts';
import { findOrder, staffOfProvider } from '../orders/orders.repository.ts';
import * as repo from './plans.repository.ts';

// Implementation plans are the provider's, written with the client: the provider manager of the
// order's provider writes them; her staff read them before a visit, and the case officer of the
// district reads them to follow up the order.

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

async function orderOr404(db: Kysely<DB>, actor: Actor, orderId: string): Promise<Order> {
  const order = await findOrder(db, actor, orderId);
  if (!order) throw new NotFoundError(`no order "${orderId}"`);
  return order;
}

async function checkVisits(db: Kysely<DB>, mid: string, order: Order, visits: readonly PlanVisitInput[]): Promise<void> {
  for (const [i, v] of visits.entries()) {
    const at = `visits/${i}`;
    if (v.durationMinutes > minutesOf(v.windowTo) - minutesOf(v.windowFrom)) throw new InvalidError('the visit is longer than its window', `${at}/durationMinutes`);
    const notOrdered = v.areas.find((a) => !(a in order.hoursPerMonth));
    if (notOrdered !== undefined) throw new InvalidError(`the order has no ${notOrdered}`, `${at}/areas`);
    // Two staff at once only where the order (from the decision) grants double staffing.
    if (v.staffCount === 2 && !order.doubleStaffing) throw new InvalidError('the order grants no double staffing', `${at}/staffCount`);
    if (v.preferredStaffId !== null && !(await staffOfProvider(db, mid, order.providerId, v.preferredStaffId))) {
      throw new InvalidError(`no staff "${v.preferredStaffId}" at the order's provider`, `${at}/preferredStaffId`);
    }
  }
}

/** Months of the plan's first year that plan more staff time than the order grants. */
function withWarnings(order: Order, p: repo.StoredPlan): Plan {
  const visits = p.visits.map((v) => ({ weekdays: v.weekdays as Weekday[], durationMinutes: v.durationMinutes, staffCount: v.staffCount }));
  const over = monthsPlannedOverOrdered(visits, order.hoursPerMonth, { from: p.validFrom, to: p.validTo });
  return { ...p, warnings: over.map((m) => ({ kind: 'planned_exceeds_ordered' as const, ...m })) };
}

function checkPeriod(order: Order, from: string, to: string | null): void {
  if (to !== null && to < from) throw new InvalidError(`ends (${to}) before it starts (${from})`, 'validTo');
  if (order.to !== null && from > order.to) throw new InvalidError(`starts after the order ends (${order.to})`, 'validFrom');
}

export async function listPlans(database: Database, actor: Actor, orderId: string): Promise<Plan[]> {
  only(actor, ['provider_manager', 'staff', 'case_officer', 'admin'], 'see plans');
  const order = await orderOr404(database.db, actor, orderId);
  const plans = await repo.listPlans(database.db, actor.municipalityId, orderId);
  await recordAudit(database.db, actor, { action: 'read', clientId: order.clientId, objectType: 'plan', objectId: orderId, details: { count: plans.length } });
  return plans.map((p) => withWarnings(order, p));
}

export async function createPlan(database: Database, actor: Actor, orderId: string, body: PlanCreateBody): Promise<Plan> {
  only(actor, ['provider_manager'], 'write plans');
  const mid = actor.municipalityId;
  const id = randomUUID();
  return database.db.transaction().execute(async (trx) => {
    const order = await orderOr404(trx, actor, orderId);
    // A plan carries out an accepted order; before acceptance there is nothing to agree on.
    if (order.status !== 'accepted') throw new ConflictError(`order ${orderId} is ${order.status}: plans are written for accepted orders`);
    checkPeriod(order, body.validFrom, body.validTo);
    await checkVisits(trx, mid, order, body.visits);
    await repo.insertPlan(trx, mid, { id, orderId, validFrom: body.validFrom, validTo: body.validTo, notes: body.notes, agreedAt: body.agreedAt, agreedHow: body.agreedHow });
    await repo.replaceVisits(trx, mid, id, body.visits.map((v) => ({ ...v, id: randomUUID() })));
    await recordAudit(trx, actor, { action: 'create', clientId: order.clientId, objectType: 'plan', objectId: id });
    return withWarnings(order, (await repo.listPlans(trx, mid, orderId)).find((p) => p.id === id)!);
  });
}

export async function patchPlan(database: Database, actor: Actor, orderId: string, planId: string, body: PlanPatchBody): Promise<Plan> {
  only(actor, ['provider_manager'], 'write plans');
  const mid = actor.municipalityId;
  return database.db.transaction().execute(async (trx) => {
    const order = await orderOr404(trx, actor, orderId);
    const plan = (await repo.listPlans(trx, mid, orderId)).find((p) => p.id === planId);
    if (!plan) throw new NotFoundError(`no plan "${planId}" on order "${orderId}"`);
    if (order.status === 'cancelled') throw new ConflictError(`order ${orderId} is cancelled`);
    checkPeriod(order, body.validFrom ?? plan.validFrom, body.validTo !== undefined ? body.validTo : plan.validTo);
    if (body.visits) await checkVisits(trx, mid, order, body.visits);
    await repo.updatePlan(trx, mid, planId, body);
    if (body.visits) await repo.replaceVisits(trx, mid, planId, body.visits.map((v) => ({ ...v, id: randomUUID() })));
    await recordAudit(trx, actor, { action: 'update', clientId: order.clientId, objectType: 'plan', objectId: planId, details: { fields: Object.keys(body) } });
    return withWarnings(order, (await repo.listPlans(trx, mid, orderId)).find((p) => p.id === planId)!);
  });
}
