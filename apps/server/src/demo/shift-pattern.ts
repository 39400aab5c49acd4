// The demo staff's working hours, entered as a provider's manager would: a weekly pattern per
// staff member from the first demo month, and the scheduled shifts of the demo's months that the
// pattern gives (`scheduledShifts`, as the planner takes the days), for time at clients and for
// the rota, which gives visits only to staff on shift.

import type { ScenarioInput } from '@hemma/contract/scenario';
import { WEEKDAYS } from '@hemma/domain';
import { datesBetween, scheduledShifts, staffDays, type PatternShift, type StaffDay } from '@hemma/domain/shifts';

/** Visit time a provider staffs for, of its staff's working time (DOMAIN §5: 58 % on average). */
const STAFFED_SHARE = 0.55;
/**
 * A day is whole half hours, at least six (shorter, the early shift would end before the
 * morning's last visits and the evening one start after the afternoon's) and at most eight.
 */
const MIN_DAY = 6 * 60;
const MAX_DAY = 8 * 60;
const DAYS_A_WEEK = 5;
const WEEKS_PER_MONTH = 52 / 12;
const EARLY_START = 7 * 60;
const LATE_END = 22 * 60;
/** The night visits (22:00–23:00) are made by two evening staff whose shifts run to midnight. */
const NIGHT_END = 24 * 60;
const NIGHT_STAFF = 2;
/** The afternoons hold about 40 % of the visits. */
const EVENING_SHARE = 0.4;

const clock = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Five days in a row from the `first` weekday (0: Monday), wrapping over the week's end. */
const workDays = (first: number) => Array.from({ length: DAYS_A_WEEK }, (_, k) => WEEKDAYS[(first + k) % 7]!);

/**
 * Each staff member works five days a week, the days off spread so that every day, weekends too,
 * has as many on shift (care is needed every day alike). Of a provider's staff, 40 % (at least
 * two) work evenings: two of them, whose weeks together cover all seven days, until midnight for
 * the night visits, the others until 22:00; the rest start at 07:00. A provider's days are as long
 * as the care ordered from it needs: its ordered hours over the staffed share, spread over its
 * staff's days.
 */
export function demoPattern(s: ScenarioInput, validFrom: string): PatternShift[] {
  const ordered = new Map<string, number>();
  for (const o of s.orders ?? []) {
    const hours = Object.values(o.hoursPerMonth).reduce((a, b) => a + b, 0);
    ordered.set(o.provider, (ordered.get(o.provider) ?? 0) + hours * 60);
  }
  const teams = new Map<string, string[]>();
  for (const m of s.staff ?? []) teams.set(m.provider, [...(teams.get(m.provider) ?? []), m.id]);
  return [...teams].flatMap(([provider, team]) => {
    const wanted = (ordered.get(provider) ?? 0) / STAFFED_SHARE / (team.length * DAYS_A_WEEK * WEEKS_PER_MONTH);
    const length = Math.min(MAX_DAY, Math.max(MIN_DAY, Math.round(wanted / 30) * 30));
    const evening = Math.max(NIGHT_STAFF, Math.round(team.length * EVENING_SHARE));
    // Early, evening and night staff, each group's days off spread over the week.
    const groups = [team.length - evening, evening - NIGHT_STAFF, NIGHT_STAFF];
    const hours = [[EARLY_START, EARLY_START + length], [LATE_END - length, LATE_END], [NIGHT_END - length, NIGHT_END]];
    return team.flatMap((staff, i) => {
      let [group, j] = [0, i];
      while (j >= groups[group]!) j -= groups[group++]!;
      const [start, end] = hours[group]!;
      return workDays(Math.floor((j * 7) / groups[group]!) % 7).map((weekday) => ({ staff, validFrom, weekday, start: clock(start!), end: clock(end!), skills: [] }));
    });
  });
}

/** The demo staff's days over `[from, to]` (dates) as the planner takes them; the demo's months have no exceptions. */
export function demoDays(s: ScenarioInput, validFrom: string, from: string, to: string): StaffDay[] {
  return staffDays((s.staff ?? []).map((m) => m.id), datesBetween(from, to), demoPattern(s, validFrom), [], []);
}

/** The scheduled shifts of `[from, to]` (dates) that the demo pattern gives. */
export function demoShifts(s: ScenarioInput, validFrom: string, from: string, to: string): NonNullable<ScenarioInput['shifts']> {
  const staff = (s.staff ?? []).map((m) => m.id);
  return scheduledShifts(staff, datesBetween(from, to), demoPattern(s, validFrom), [], [], s.municipality.timezone ?? 'Europe/Stockholm');
}
