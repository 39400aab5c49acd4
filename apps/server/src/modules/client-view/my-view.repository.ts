import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

// What the client's own view reads of her care: her name and contact person, and the plans of
// her accepted orders with their recurring visits. The service has checked the client is the
// actor's own (scope.ts) before any of these run.

export async function clientHeader(db: Kysely<DB>, mid: string, clientId: string): Promise<{ name: string; contactPerson: string | null }> {
  const row = await db.selectFrom('clients as c')
    .leftJoin('staff as s', (j) => j.onRef('s.municipality_id', '=', 'c.municipality_id').onRef('s.staff_id', '=', 'c.contact_person_staff_id'))
    .select(['c.name', 's.name as contact'])
    .where('c.municipality_id', '=', mid).where('c.client_id', '=', clientId)
    .executeTakeFirstOrThrow();
  return { name: row.name, contactPerson: row.contact };
}

export interface ClientPlanRow {
  planId: string;
  providerId: string;
  providerName: string;
  orderFrom: string;
  orderTo: string | null;
  planFrom: string;
  planTo: string | null;
  notes: string;
  agreedAt: string | null;
  agreedHow: string | null;
  visits: {
    id: string; weekdays: string[]; windowFrom: string; windowTo: string; durationMinutes: number;
    areas: string[]; staffCount: number; preferredStaffId: string | null;
  }[];
}

/** Plans of the client's accepted orders that have not ended before `from`. */
export async function clientPlans(db: Kysely<DB>, mid: string, clientId: string, from: string): Promise<ClientPlanRow[]> {
  const plans = await db.selectFrom('plans as p')
    .innerJoin('orders as o', (j) => j.onRef('o.municipality_id', '=', 'p.municipality_id').onRef('o.order_id', '=', 'p.order_id'))
    .innerJoin('providers as pr', (j) => j.onRef('pr.municipality_id', '=', 'o.municipality_id').onRef('pr.provider_id', '=', 'o.provider_id'))
    .select(['p.plan_id', 'o.provider_id', 'pr.name as provider_name', 'o.valid_from as order_from', 'o.valid_to as order_to', 'p.valid_from', 'p.valid_to', 'p.notes', 'p.agreed_at', 'p.agreed_how'])
    .where('p.municipality_id', '=', mid).where('o.client_id', '=', clientId).where('o.status', '=', 'accepted')
    .where((w) => w.or([w('p.valid_to', 'is', null), w('p.valid_to', '>=', from)]))
    .orderBy('p.valid_from').orderBy('p.plan_id')
    .execute();
  if (plans.length === 0) return [];
  const visits = await db.selectFrom('plan_visits').selectAll()
    .where('municipality_id', '=', mid).where('plan_id', 'in', plans.map((p) => p.plan_id))
    .orderBy('window_from').orderBy('plan_visit_id').execute();
  return plans.map((p) => ({
    planId: p.plan_id, providerId: p.provider_id, providerName: p.provider_name,
    orderFrom: p.order_from, orderTo: p.order_to, planFrom: p.valid_from, planTo: p.valid_to,
    notes: p.notes, agreedAt: p.agreed_at, agreedHow: p.agreed_how,
    visits: visits.filter((v) => v.plan_id === p.plan_id).map((v) => ({
      id: v.plan_visit_id, weekdays: v.weekdays, windowFrom: v.window_from, windowTo: v.window_to,
      durationMinutes: v.duration_minutes, areas: v.areas, staffCount: v.staff_count, preferredStaffId: v.preferred_staff_id,
    })),
  }));
}

export async function staffNames(db: Kysely<DB>, mid: string, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('staff').select(['staff_id', 'name']).where('municipality_id', '=', mid).where('staff_id', 'in', [...ids]).execute();
  return new Map(rows.map((r) => [r.staff_id, r.name]));
}

/** The provider of the client's newest accepted order, for a message when no plan names one. */
export async function providerOfClient(db: Kysely<DB>, mid: string, clientId: string): Promise<string | undefined> {
  const row = await db.selectFrom('orders').select('provider_id').where('municipality_id', '=', mid).where('client_id', '=', clientId)
    .where('status', '=', 'accepted').orderBy('valid_from', 'desc').executeTakeFirst();
  return row?.provider_id;
}
