import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

// The staff member's day as stored: the plan visits naming her on the day's weekday (plans and
// orders in force, as modules/plans/planned-visits.ts defines a planned visit), her own
// registrations of the day, and the tags at those clients' doors.

export interface PlannedRow {
  planVisitId: string;
  clientId: string;
  clientName: string;
  address: string | null;
  windowFrom: string;
  windowTo: string;
  durationMinutes: number;
  areas: string[];
  staffCount: number;
}

const WEEKDAY = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** The weekday of a calendar date as the plans store it (`mon`…`sun`). */
export function weekdayOf(date: string): string {
  return WEEKDAY[new Date(`${date}T12:00:00Z`).getUTCDay()]!;
}

export async function plannedVisitsOf(db: Kysely<DB>, mid: string, providerId: string, staffId: string, date: string): Promise<PlannedRow[]> {
  const rows = await db
    .selectFrom('plan_visits as pv')
    .innerJoin('plans as p', (j) => j.onRef('p.municipality_id', '=', 'pv.municipality_id').onRef('p.plan_id', '=', 'pv.plan_id'))
    .innerJoin('orders as o', (j) => j.onRef('o.municipality_id', '=', 'p.municipality_id').onRef('o.order_id', '=', 'p.order_id'))
    .innerJoin('clients as c', (j) => j.onRef('c.municipality_id', '=', 'o.municipality_id').onRef('c.client_id', '=', 'o.client_id'))
    .select(['pv.plan_visit_id', 'c.client_id', 'c.name', 'c.address', 'pv.window_from', 'pv.window_to', 'pv.duration_minutes', 'pv.areas', 'pv.staff_count'])
    .where('pv.municipality_id', '=', mid)
    .where('pv.preferred_staff_id', '=', staffId)
    .where('o.provider_id', '=', providerId)
    .where('o.status', 'not in', ['cancelled', 'declined'])
    .where(sql<boolean>`${weekdayOf(date)} = any(pv.weekdays)`)
    .where(sql<boolean>`${date}::date between p.valid_from and coalesce(p.valid_to, 'infinity'::date)`)
    .where(sql<boolean>`${date}::date between o.valid_from and coalesce(o.valid_to, 'infinity'::date)`)
    .orderBy('pv.window_from')
    .orderBy('c.name')
    .execute();
  return rows.map((r) => ({
    planVisitId: r.plan_visit_id,
    clientId: r.client_id,
    clientName: r.name,
    address: r.address,
    windowFrom: r.window_from,
    windowTo: r.window_to,
    durationMinutes: r.duration_minutes,
    areas: r.areas,
    staffCount: r.staff_count,
  }));
}

export interface OwnRegistrationRow {
  id: string;
  clientId: string;
  kind: 'arrive' | 'leave' | 'declined_at_door' | 'declined_in_advance' | 'void';
  method: 'nfc' | 'manual';
  at: Date;
  corrects: string | null;
}

/** The staff member's registrations whose local (Stockholm) date is the day. */
export async function ownRegistrationsOn(db: Kysely<DB>, mid: string, staffId: string, date: string): Promise<OwnRegistrationRow[]> {
  const rows = await db
    .selectFrom('registrations')
    .select(['registration_id', 'client_id', 'kind', 'method', 'at', 'corrects'])
    .where('municipality_id', '=', mid)
    .where('staff_id', '=', staffId)
    .where(sql<boolean>`(at at time zone 'Europe/Stockholm')::date = ${date}::date`)
    .orderBy('at')
    .execute();
  return rows.map((r) => ({ id: r.registration_id, clientId: r.client_id, kind: r.kind, method: r.method, at: r.at, corrects: r.corrects }));
}

/** Active tags per client, for the phone to resolve a tap without network. */
export async function activeTagsOf(db: Kysely<DB>, mid: string, clientIds: readonly string[]): Promise<Map<string, string[]>> {
  const tags = new Map<string, string[]>();
  if (clientIds.length === 0) return tags;
  const rows = await db
    .selectFrom('nfc_tags')
    .select(['client_id', 'tag_uid'])
    .where('municipality_id', '=', mid)
    .where('client_id', 'in', clientIds)
    .where('retired_at', 'is', null)
    .orderBy('tag_uid')
    .execute();
  for (const r of rows) tags.set(r.client_id, [...(tags.get(r.client_id) ?? []), r.tag_uid]);
  return tags;
}

export async function staffName(db: Kysely<DB>, mid: string, staffId: string): Promise<string> {
  const row = await db.selectFrom('staff').select('name').where('municipality_id', '=', mid).where('staff_id', '=', staffId).executeTakeFirst();
  return row?.name ?? staffId;
}
