import type { Plan, PlanAgreedHow, PlanVisitInput } from '@hemma/contract/api';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

// Plans of one order and their recurring visits; the caller has checked the order is in scope.

/** A plan as stored; its warnings are computed by the service. */
export type StoredPlan = Omit<Plan, 'warnings'>;

export async function listPlans(db: Kysely<DB>, mid: string, orderId: string): Promise<StoredPlan[]> {
  const plans = await db
    .selectFrom('plans')
    .selectAll()
    .where('municipality_id', '=', mid)
    .where('order_id', '=', orderId)
    .orderBy('valid_from', 'desc')
    .orderBy('plan_id')
    .execute();
  if (plans.length === 0) return [];
  const visits = await db
    .selectFrom('plan_visits')
    .selectAll()
    .where('municipality_id', '=', mid)
    .where('plan_id', 'in', plans.map((p) => p.plan_id))
    .orderBy('window_from')
    .orderBy('plan_visit_id')
    .execute();
  return plans.map((p) => ({
    id: p.plan_id,
    orderId: p.order_id,
    validFrom: p.valid_from,
    validTo: p.valid_to,
    notes: p.notes,
    agreedAt: p.agreed_at,
    agreedHow: p.agreed_how,
    visits: visits
      .filter((v) => v.plan_id === p.plan_id)
      .map((v) => ({
        id: v.plan_visit_id,
        weekdays: v.weekdays,
        windowFrom: v.window_from,
        windowTo: v.window_to,
        durationMinutes: v.duration_minutes,
        areas: v.areas,
        staffCount: v.staff_count,
        preferredStaffId: v.preferred_staff_id,
      })),
  }));
}

type Agreed = { agreedAt: string | null; agreedHow: PlanAgreedHow | null };

export async function insertPlan(
  db: Kysely<DB>, mid: string, p: { id: string; orderId: string; validFrom: string; validTo: string | null; notes: string } & Agreed,
): Promise<void> {
  await db
    .insertInto('plans')
    .values({
      municipality_id: mid, plan_id: p.id, order_id: p.orderId, valid_from: p.validFrom, valid_to: p.validTo, notes: p.notes,
      agreed_at: p.agreedAt, agreed_how: p.agreedHow,
    })
    .execute();
}

export async function updatePlan(
  db: Kysely<DB>, mid: string, planId: string, set: { validFrom?: string; validTo?: string | null; notes?: string } & Partial<Agreed>,
): Promise<void> {
  if (set.validFrom === undefined && set.validTo === undefined && set.notes === undefined && set.agreedAt === undefined) return;
  await db
    .updateTable('plans')
    .set({
      ...(set.validFrom !== undefined && { valid_from: set.validFrom }),
      ...(set.validTo !== undefined && { valid_to: set.validTo }),
      ...(set.notes !== undefined && { notes: set.notes }),
      ...(set.agreedAt !== undefined && { agreed_at: set.agreedAt }),
      ...(set.agreedHow !== undefined && { agreed_how: set.agreedHow }),
    })
    .where('municipality_id', '=', mid)
    .where('plan_id', '=', planId)
    .execute();
}

/** The plan's recurring visits are replaced as a whole: a plan is agreed as one document. */
export async function replaceVisits(db: Kysely<DB>, mid: string, planId: string, visits: readonly (PlanVisitInput & { id: string })[]): Promise<void> {
  await db.deleteFrom('plan_visits').where('municipality_id', '=', mid).where('plan_id', '=', planId).execute();
  if (visits.length === 0) return;
  await db
    .insertInto('plan_visits')
    .values(
      visits.map((v) => ({
        municipality_id: mid,
        plan_visit_id: v.id,
        plan_id: planId,
        weekdays: v.weekdays,
        window_from: v.windowFrom,
        window_to: v.windowTo,
        duration_minutes: v.durationMinutes,
        areas: v.areas,
        staff_count: v.staffCount,
        preferred_staff_id: v.preferredStaffId,
      })),
    )
    .execute();
}
