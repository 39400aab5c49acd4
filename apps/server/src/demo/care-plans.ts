import type { ScenarioInput } from '@hemma/contract/scenario';
import { WEEKDAYS, type Weekday } from '@hemma/domain';
import { staffDays, visitFit, weekOf } from '@hemma/domain/shifts';
import { parseDate, weekdayOfDayNumber } from '@hemma/domain/time';
import { Temporal } from 'temporal-polyfill';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { demoPattern } from './shift-pattern.ts';
import { demoExceptions, seedExceptions } from './shift-exceptions.ts';

const TZ = 'Europe/Stockholm';
/** A visit starting before 14:00 is the morning's; from 22:00 a night visit, which plans do not hold. */
const AFTERNOON = 14;
const NIGHT = 22;
/** The shortest window a plan gives a visit. */
const MIN_WINDOW_HOURS = 2;

interface Made {
  weekday: Weekday;
  staff: string;
  hour: number;
  minutes: number;
}

export interface PlannedVisit {
  weekdays: Weekday[];
  windowFrom: string;
  windowTo: string;
  durationMinutes: number;
  /** Who came most often on these weekdays: the staff app's "my day" lists visits naming her. */
  preferredStaff: string;
}

const hour = (h: number): string => `${String(h).padStart(2, '0')}:00`;
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The visits made of a client's morning or afternoon, as the registrations show them. */
function madeVisits(s: ScenarioInput): Map<string, Made[][]> {
  const made = new Map<string, Made[][]>();
  const open = new Map<string, Temporal.ZonedDateTime>();
  for (const r of s.registrations ?? []) {
    const at = Temporal.Instant.from(r.at).toZonedDateTimeISO(TZ);
    const key = `${r.client} ${r.staff}`;
    if (r.kind === 'arrive') open.set(key, at);
    if (r.kind !== 'leave') continue;
    const start = open.get(key);
    open.delete(key);
    if (!start || start.hour >= NIGHT) continue;
    const slots = made.get(r.client) ?? [[], []];
    slots[start.hour < AFTERNOON ? 0 : 1]!.push({
      weekday: WEEKDAYS[start.dayOfWeek - 1]!, staff: String(r.staff), hour: start.hour, minutes: Math.round(start.until(at).total('minutes')),
    });
    made.set(r.client, slots);
  }
  return made;
}

/**
 * One slot's plan visits: each weekday's visit names who came most often that weekday, and the
 * weekdays naming the same person are one plan visit, its window the hours she came at.
 */
function slotPlan(visits: readonly Made[]): PlannedVisit[] {
  if (visits.length === 0) return [];
  const durations = visits.map((v) => v.minutes).sort((a, b) => a - b);
  const durationMinutes = Math.max(15, durations[Math.floor(durations.length / 2)]!);
  const byWeekday = new Map<Weekday, string>();
  for (const weekday of WEEKDAYS) {
    const counts = new Map<string, number>();
    for (const v of visits) if (v.weekday === weekday) counts.set(v.staff, (counts.get(v.staff) ?? 0) + 1);
    const most = [...counts].sort((a, b) => b[1] - a[1] || byText(a[0], b[0]))[0];
    if (most) byWeekday.set(weekday, most[0]);
  }
  return [...new Set(byWeekday.values())].map((staff) => {
    const weekdays = WEEKDAYS.filter((d) => byWeekday.get(d) === staff);
    const hours = visits.filter((v) => v.staff === staff && weekdays.includes(v.weekday)).map((v) => v.hour);
    const from = Math.min(...hours);
    return { weekdays, windowFrom: hour(from), windowTo: hour(Math.min(NIGHT, Math.max(from + MIN_WINDOW_HOURS, Math.max(...hours) + 1))), durationMinutes, preferredStaff: staff };
  });
}

/**
 * The scenario format has no plans, so the demo derives them: each client's plan says what the
 * registrations show, the morning's and the afternoon's visits, on which weekdays, by whom.
 */
export function derivePlans(s: ScenarioInput): Map<string, PlannedVisit[]> {
  return new Map([...madeVisits(s)].map(([client, slots]) => [client, slots.flatMap(slotPlan)]));
}

export interface PlanFit {
  /** A plan visit on a date of the week, as the week plan shows it. */
  cells: number;
  /** Of them, the ones whose named staff member is off or working other hours. */
  outside: number;
}

/**
 * How the plans lie over the staff's shifts (the pattern from `validFrom`, the exceptions from
 * `today`) in the week of `today`: the marks of the week plan a person opens.
 */
function plansOverShifts(plans: readonly PlannedVisit[], s: ScenarioInput, validFrom: string, today: string): PlanFit {
  const staff = [...new Set(plans.map((p) => p.preferredStaff))];
  const { exceptions, dayShifts } = demoExceptions(s, validFrom, today);
  const days = staffDays(staff, weekOf(today), demoPattern(s, validFrom), exceptions, dayShifts);
  let cells = 0;
  let outside = 0;
  for (const d of days) {
    const weekday = weekdayOfDayNumber(parseDate(d.date));
    for (const p of plans) {
      if (p.preferredStaff !== d.staff || !p.weekdays.includes(weekday)) continue;
      cells++;
      if (visitFit(p, d.shifts) !== 'fits') outside++;
    }
  }
  return { cells, outside };
}

/** The plans, the weekly patterns from `from` and the exceptions from `today`; how the plans fit today's week. */
export async function seedPlansAndShifts(db: Kysely<DB>, s: ScenarioInput, from: Temporal.PlainDate, today: Temporal.PlainDate): Promise<{ plans: number; fit: PlanFit }> {
  const mid = s.municipality.id;
  const derived = derivePlans(s);
  const orders = (s.orders ?? []).filter((o) => (derived.get(o.client) ?? []).length > 0);
  for (const o of orders) {
    const planId = `plan-${o.id}`;
    await db.insertInto('plans').values({ municipality_id: mid, plan_id: planId, order_id: o.id, valid_from: o.from, valid_to: null, notes: 'Överenskommen med brukaren' }).execute();
    await db.insertInto('plan_visits').values(derived.get(o.client)!.map((v, i) => ({
      municipality_id: mid, plan_visit_id: `${planId}-${i + 1}`, plan_id: planId, weekdays: v.weekdays, window_from: v.windowFrom, window_to: v.windowTo,
      duration_minutes: v.durationMinutes, areas: Object.keys(o.hoursPerMonth), staff_count: o.doubleStaffing ? 2 : 1, preferred_staff_id: v.preferredStaff,
    }))).execute();
  }
  const rows = demoPattern(s, from.toString()).map((p) => ({
    municipality_id: mid, staff_id: p.staff, valid_from: from.toString(), weekday: p.weekday, start_time: p.start, end_time: p.end,
  }));
  for (let i = 0; i < rows.length; i += 1000) await db.insertInto('staff_shift_patterns').values(rows.slice(i, i + 1000)).execute();
  await seedExceptions(db, s, from.toString(), today.toString());
  return { plans: orders.length, fit: plansOverShifts([...derived.values()].flat(), s, from.toString(), today.toString()) };
}
