import type { DayInput, Shift, Visit } from '@hemma/planner/homecare';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { derivedShifts } from './shift-patterns.repository.ts';

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** Minutes after midnight of `HH:MM`. */
export function minutesOf(clock: string): number {
  const [h, m] = clock.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

export function weekdayOf(date: string): (typeof WEEKDAYS)[number] {
  return WEEKDAYS[new Date(`${date}T12:00:00Z`).getUTCDay()]!;
}

export interface DayScope {
  mid: string;
  provider: string;
  unit?: string | undefined;
  date: string;
}

/**
 * The planner's facts for one provider (or one of its units) and day: the clients with an
 * active order and a location, the visits their plans agree on for that weekday, and the shifts.
 * A unit plans its own staff and the clients whose contact person works in it.
 */
export async function loadDay(db: Kysely<DB>, s: DayScope, speedKmh: number): Promise<{ input: DayInput; skipped: string[] }> {
  let staffQuery = db.selectFrom('staff').select(['staff_id']).where('municipality_id', '=', s.mid).where('provider_id', '=', s.provider).where('active', '=', true);
  if (s.unit !== undefined) staffQuery = staffQuery.where('unit_id', '=', s.unit);
  const staff = new Set((await staffQuery.execute()).map((r) => r.staff_id));

  const rows = await db
    .selectFrom('plan_visits as pv')
    .innerJoin('plans as p', (j) => j.onRef('p.municipality_id', '=', 'pv.municipality_id').onRef('p.plan_id', '=', 'pv.plan_id'))
    .innerJoin('orders as o', (j) => j.onRef('o.municipality_id', '=', 'p.municipality_id').onRef('o.order_id', '=', 'p.order_id'))
    .innerJoin('clients as c', (j) => j.onRef('c.municipality_id', '=', 'o.municipality_id').onRef('c.client_id', '=', 'o.client_id'))
    .select(['pv.plan_visit_id', 'pv.weekdays', 'pv.window_from', 'pv.window_to', 'pv.duration_minutes', 'pv.staff_count',
      'c.client_id', 'c.latitude', 'c.longitude', 'c.contact_person_staff_id'])
    .where('pv.municipality_id', '=', s.mid)
    .where('o.provider_id', '=', s.provider)
    .where('o.status', '=', 'accepted')
    .where('o.valid_from', '<=', s.date)
    .where((eb) => eb.or([eb('o.valid_to', 'is', null), eb('o.valid_to', '>=', s.date)]))
    .where('p.valid_from', '<=', s.date)
    .where((eb) => eb.or([eb('p.valid_to', 'is', null), eb('p.valid_to', '>=', s.date)]))
    .orderBy('pv.plan_visit_id')
    .execute();

  const weekday = weekdayOf(s.date);
  const clients = new Map<string, DayInput['clients'][number]>();
  const visits: Visit[] = [];
  const skipped: string[] = [];
  for (const r of rows) {
    if (!r.weekdays.includes(weekday)) continue;
    if (s.unit !== undefined && (r.contact_person_staff_id === null || !staff.has(r.contact_person_staff_id))) continue;
    if (r.latitude === null || r.longitude === null) {
      skipped.push(r.plan_visit_id);
      continue;
    }
    clients.set(r.client_id, {
      id: r.client_id,
      location: { id: r.client_id, lat: r.latitude, lon: r.longitude },
      ...(r.contact_person_staff_id !== null && { contactPerson: r.contact_person_staff_id }),
    });
    visits.push({
      id: r.plan_visit_id,
      client: r.client_id,
      earliest: minutesOf(r.window_from),
      latest: minutesOf(r.window_to),
      durationMinutes: r.duration_minutes,
      doubleStaffing: r.staff_count === 2,
    });
  }

  const shiftRows = await derivedShifts(db, s.mid, [...staff], s.date);
  // Staff start from the unit's office; without one recorded, from the middle of their clients.
  const office = centre([...clients.values()].map((c) => c.location));
  const shifts: Shift[] = shiftRows.map((r) => ({ staff: r.staff, start: minutesOf(r.start), end: minutesOf(r.end), startAt: office, skills: [...r.skills] }));

  return { input: { date: s.date, clients: [...clients.values()], visits, shifts, travel: { kind: 'haversine', speedKmh } }, skipped };
}

function centre(points: readonly { lat: number; lon: number }[]): { id: string; lat: number; lon: number } {
  if (points.length === 0) return { id: 'office', lat: 0, lon: 0 };
  const lat = points.reduce((s, p) => s + p.lat, 0) / points.length;
  const lon = points.reduce((s, p) => s + p.lon, 0) / points.length;
  return { id: 'office', lat, lon };
}

/** Who has visited each client on the days of the week before `date` (Monday first). */
export async function metEarlierInWeek(db: Kysely<DB>, mid: string, date: string, clients: readonly string[]): Promise<Record<string, string[]>> {
  if (clients.length === 0) return {};
  const d = new Date(`${date}T00:00:00Z`);
  const monday = new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86_400_000);
  const rows = await db
    .selectFrom('registrations')
    .select(['client_id', 'staff_id'])
    .distinct()
    .where('municipality_id', '=', mid)
    .where('kind', '=', 'arrive')
    .where('at', '>=', monday)
    .where('at', '<', d)
    .where('client_id', 'in', clients)
    .execute();
  const met: Record<string, string[]> = {};
  for (const r of rows) (met[r.client_id] ??= []).push(r.staff_id);
  return met;
}
