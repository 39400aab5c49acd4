// The demo staff's working hours, entered as a provider's manager would: a weekly pattern per
// staff member from the first demo month, and the scheduled shifts of the demo's months that the
// pattern gives (`scheduledShifts`, as the planner takes the days), for time at clients.

import type { ScenarioInput } from '@hemma/contract/scenario';
import { WEEKDAYS } from '@hemma/domain';
import { datesBetween, scheduledShifts, type PatternShift } from '@hemma/domain/shifts';

/** Visit time a provider staffs for, of its staff's working time (DOMAIN §5: 58 % on average). */
const STAFFED_SHARE = 0.6;
/** A day is whole half hours, at least half a full day and at most a full one. */
const MIN_DAY = 4 * 60;
const MAX_DAY = 8 * 60;
const WEEKS_PER_MONTH = 52 / 12;

const clock = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * Weekdays for everyone, every third also weekends; every fourth the late shift (ending 22:00),
 * the others the early one (from 07:00). A provider's days are as long as the care ordered from
 * it needs: its ordered hours over the staffed share, spread over its staff's days.
 */
export function demoPattern(s: ScenarioInput, validFrom: string): PatternShift[] {
  const staff = s.staff ?? [];
  const days = staff.map((_, i) => WEEKDAYS.filter((d) => i % 3 === 0 || (d !== 'sat' && d !== 'sun')));
  const ordered = new Map<string, number>();
  for (const o of s.orders ?? []) {
    const hours = Object.values(o.hoursPerMonth).reduce((a, b) => a + b, 0);
    ordered.set(o.provider, (ordered.get(o.provider) ?? 0) + hours * 60);
  }
  const staffDays = new Map<string, number>();
  staff.forEach((m, i) => staffDays.set(m.provider, (staffDays.get(m.provider) ?? 0) + days[i]!.length * WEEKS_PER_MONTH));
  const dayLength = (provider: string): number => {
    const wanted = (ordered.get(provider) ?? 0) / STAFFED_SHARE / Math.max(1, staffDays.get(provider) ?? 0);
    return Math.min(MAX_DAY, Math.max(MIN_DAY, Math.round(wanted / 30) * 30));
  };
  return staff.flatMap((m, i) => {
    const length = dayLength(m.provider);
    const [start, end] = i % 4 === 3 ? [22 * 60 - length, 22 * 60] : [7 * 60, 7 * 60 + length];
    return days[i]!.map((weekday) => ({ staff: m.id, validFrom, weekday, start: clock(start), end: clock(end), skills: [] }));
  });
}

/** The scheduled shifts of `[from, to]` (dates) that the demo pattern gives; the demo has no exceptions. */
export function demoShifts(s: ScenarioInput, validFrom: string, from: string, to: string): NonNullable<ScenarioInput['shifts']> {
  const staff = (s.staff ?? []).map((m) => m.id);
  return scheduledShifts(staff, datesBetween(from, to), demoPattern(s, validFrom), [], [], s.municipality.timezone ?? 'Europe/Stockholm');
}
