import type { ScenarioInput } from '@hemma/contract/scenario';
import { Temporal } from 'temporal-polyfill';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { demoPattern } from './shift-pattern.ts';

const TZ = 'Europe/Stockholm';
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

interface Seen {
  days: Set<string>;
  firstHour: number;
  lastHour: number;
  durations: number[];
  /** Visits per staff member: the one who came most is the plan's preferred staff. */
  byStaff: Map<string, number>;
}

/**
 * The scenario format has no plans or shifts, so the demo derives them: each client's plan says
 * what the registrations show (the weekdays, the hours, the usual length), and staff work days.
 */
export function derivePlans(s: ScenarioInput): Map<string, Seen> {
  const seen = new Map<string, Seen>();
  const open = new Map<string, Temporal.ZonedDateTime>();
  for (const r of s.registrations ?? []) {
    const at = Temporal.Instant.from(r.at).toZonedDateTimeISO(TZ);
    const key = `${r.client} ${r.staff}`;
    if (r.kind === 'arrive') open.set(key, at);
    if (r.kind !== 'leave') continue;
    const start = open.get(key);
    open.delete(key);
    if (!start) continue;
    const v = seen.get(r.client) ?? { days: new Set(), firstHour: 24, lastHour: 0, durations: [], byStaff: new Map<string, number>() };
    const who = String(r.staff);
    v.byStaff.set(who, (v.byStaff.get(who) ?? 0) + 1);
    v.days.add(DAYS[start.dayOfWeek - 1]!);
    v.firstHour = Math.min(v.firstHour, start.hour);
    v.lastHour = Math.max(v.lastHour, start.hour);
    v.durations.push(Math.round(start.until(at).total('minutes')));
    seen.set(r.client, v);
  }
  return seen;
}

export async function seedPlansAndShifts(db: Kysely<DB>, s: ScenarioInput, from: Temporal.PlainDate): Promise<number> {
  const mid = s.municipality.id;
  const seen = derivePlans(s);
  const orders = (s.orders ?? []).filter((o) => seen.has(o.client));
  for (const o of orders) {
    const v = seen.get(o.client)!;
    const median = [...v.durations].sort((a, b) => a - b)[Math.floor(v.durations.length / 2)] ?? 45;
    const planId = `plan-${o.id}`;
    // The staff app's "my day" lists the visits that name the staff member, so the demo names the usual one.
    const preferred = [...v.byStaff].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
    await db.insertInto('plans').values({ municipality_id: mid, plan_id: planId, order_id: o.id, valid_from: o.from, valid_to: null, notes: 'Överenskommen med brukaren' }).execute();
    // Morning visits keep a window around their usual hour; a second visit later in the day gets its own.
    const windows = v.lastHour >= 14 ? [[v.firstHour, Math.min(v.firstHour + 3, 13)], [15, 20]] : [[v.firstHour, v.lastHour + 1]];
    await db.insertInto('plan_visits').values(windows.map(([a, b], i) => ({
      municipality_id: mid, plan_visit_id: `${planId}-${i + 1}`, plan_id: planId, weekdays: [...v.days],
      window_from: `${String(a).padStart(2, '0')}:00`, window_to: `${String(b).padStart(2, '0')}:00`,
      duration_minutes: Math.max(15, median), areas: Object.keys(o.hoursPerMonth), staff_count: o.doubleStaffing ? 2 : 1, preferred_staff_id: preferred,
    }))).execute();
  }
  const rows = demoPattern(s, from.toString()).map((p) => ({
    municipality_id: mid, staff_id: p.staff, valid_from: from.toString(), weekday: p.weekday, start_time: p.start, end_time: p.end,
  }));
  for (let i = 0; i < rows.length; i += 1000) await db.insertInto('staff_shift_patterns').values(rows.slice(i, i + 1000)).execute();
  return orders.length;
}
