import type { Kysely } from 'kysely';
import type { Actor } from '../../auth/actor.ts';
import { clientInScope } from '../../auth/scope.ts';
import type { DB } from '../../db/schema.ts';

// The facts of a week plan: the provider's staff and the recurring visits of the plans in force
// some day of the week, of clients in the reader's scope.

export interface WeekStaffRow {
  id: string;
  name: string;
  unit: string | null;
}

export interface WeekVisitRow {
  planVisitId: string;
  clientId: string;
  clientName: string;
  hasLocation: boolean;
  contactPerson: string | null;
  preferredStaff: string | null;
  weekdays: string[];
  windowFrom: string;
  windowTo: string;
  durationMinutes: number;
  staffCount: number;
  /** The dates the plan and its order both hold: from the later start to the earlier end. */
  from: string;
  to: string | null;
}

/** The provider's active staff (of one unit when given), by name. */
export async function weekStaff(db: Kysely<DB>, mid: string, provider: string, unit: string | undefined): Promise<WeekStaffRow[]> {
  let q = db.selectFrom('staff').select(['staff_id', 'name', 'unit_id']).where('municipality_id', '=', mid).where('provider_id', '=', provider).where('active', '=', true);
  if (unit !== undefined) q = q.where('unit_id', '=', unit);
  return (await q.orderBy('name').orderBy('staff_id').execute()).map((r) => ({ id: r.staff_id, name: r.name, unit: r.unit_id }));
}

const later = (a: string, b: string): string => (a > b ? a : b);
const earlier = (a: string | null, b: string | null): string | null => (a === null ? b : b === null ? a : a < b ? a : b);

/** Plan visits of the provider's orders (not cancelled or declined) whose plan and order hold some day of [from, to]. */
export async function weekVisits(db: Kysely<DB>, actor: Actor, provider: string, from: string, to: string): Promise<WeekVisitRow[]> {
  const mid = actor.municipalityId;
  const rows = await db
    .selectFrom('plan_visits as pv')
    .innerJoin('plans as p', (j) => j.onRef('p.municipality_id', '=', 'pv.municipality_id').onRef('p.plan_id', '=', 'pv.plan_id'))
    .innerJoin('orders as o', (j) => j.onRef('o.municipality_id', '=', 'p.municipality_id').onRef('o.order_id', '=', 'p.order_id'))
    .innerJoin('clients', (j) => j.onRef('clients.municipality_id', '=', 'o.municipality_id').onRef('clients.client_id', '=', 'o.client_id'))
    .select(['pv.plan_visit_id', 'pv.weekdays', 'pv.window_from', 'pv.window_to', 'pv.duration_minutes', 'pv.staff_count', 'pv.preferred_staff_id',
      'p.valid_from as plan_from', 'p.valid_to as plan_to', 'o.valid_from as order_from', 'o.valid_to as order_to',
      'clients.client_id', 'clients.name', 'clients.latitude', 'clients.longitude', 'clients.contact_person_staff_id'])
    .where('pv.municipality_id', '=', mid)
    .where('o.provider_id', '=', provider)
    .where('o.status', 'not in', ['cancelled', 'declined'])
    .where('p.valid_from', '<=', to)
    .where((eb) => eb.or([eb('p.valid_to', 'is', null), eb('p.valid_to', '>=', from)]))
    .where('o.valid_from', '<=', to)
    .where((eb) => eb.or([eb('o.valid_to', 'is', null), eb('o.valid_to', '>=', from)]))
    .where(clientInScope(actor))
    .orderBy('pv.window_from')
    .orderBy('clients.name')
    .orderBy('pv.plan_visit_id')
    .execute();
  return rows.map((r) => ({
    planVisitId: r.plan_visit_id,
    clientId: r.client_id,
    clientName: r.name,
    hasLocation: r.latitude !== null && r.longitude !== null,
    contactPerson: r.contact_person_staff_id,
    preferredStaff: r.preferred_staff_id,
    weekdays: r.weekdays,
    windowFrom: r.window_from,
    windowTo: r.window_to,
    durationMinutes: r.duration_minutes,
    staffCount: r.staff_count,
    from: later(r.plan_from, r.order_from),
    to: earlier(r.plan_to, r.order_to),
  }));
}
