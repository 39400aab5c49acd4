// Exceptions to the weekly pattern are kept per date, but people speak of them as periods:
// "sick Monday to Wednesday", "on a course the 3rd". These turn a period into dates and dates back
// into periods, and say what a person's days of a week are.

import { formatDayNumber, parseDate, weekdayIndexOfDayNumber } from '../time/civil-days.ts';
import { clockMinutes, shiftsOfDay, type DayShift, type PatternShift, type Shift } from './shifts-of-day.ts';

/** Why a date is not as the pattern says. */
export const EXCEPTION_REASONS = ['sick', 'leave', 'course', 'other'] as const;
export type ExceptionReason = (typeof EXCEPTION_REASONS)[number];

/** Longest period made an exception at once; longer absences are a pattern of their own. */
export const MAX_EXCEPTION_DAYS = 366;

export interface ShiftException {
  staff: string;
  date: string;
  reason: ExceptionReason;
  note: string;
}

/** Every date from `from` to `to`, both included; a RangeError if `to` is earlier or too far. */
export function datesBetween(from: string, to: string, max = MAX_EXCEPTION_DAYS): string[] {
  const first = parseDate(from);
  const last = parseDate(to);
  if (last < first) throw new RangeError(`ends (${to}) before it starts (${from})`);
  if (last - first + 1 > max) throw new RangeError(`more than ${max} days`);
  return Array.from({ length: last - first + 1 }, (_, i) => formatDayNumber(first + i));
}

/** The date `days` after (or before, when negative) `date`. */
export function addDays(date: string, days: number): string {
  return formatDayNumber(parseDate(date) + days);
}

/** The Monday of the week a date is in. */
export function mondayOf(date: string): string {
  const n = parseDate(date);
  return formatDayNumber(n - weekdayIndexOfDayNumber(n));
}

/** The seven dates of the week that starts on (or contains) `date`, Monday first. */
export function weekOf(date: string): string[] {
  const monday = mondayOf(date);
  return datesBetween(monday, formatDayNumber(parseDate(monday) + 6));
}

export interface ExceptionRun {
  from: string;
  to: string;
  reason: ExceptionReason;
  note: string;
  /** The same shifts on every date of the run; none: days off. */
  shifts: Pick<Shift, 'start' | 'end'>[];
}

const shiftKey = (shifts: readonly Pick<Shift, 'start' | 'end'>[]): string => shifts.map((s) => `${s.start}-${s.end}`).join(',');

/**
 * One staff member's exception dates as periods: consecutive dates with the same reason, note
 * and shifts are one run. Dates in any order; runs by start.
 */
export function exceptionRuns(exceptions: readonly (Omit<ShiftException, 'staff'> & { shifts: readonly Pick<Shift, 'start' | 'end'>[] })[]): ExceptionRun[] {
  const sorted = [...exceptions].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const runs: ExceptionRun[] = [];
  for (const e of sorted) {
    const last = runs.at(-1);
    const shifts = e.shifts.map((s) => ({ start: s.start, end: s.end }));
    if (last && parseDate(last.to) + 1 === parseDate(e.date) && last.reason === e.reason && last.note === e.note && shiftKey(last.shifts) === shiftKey(shifts)) {
      last.to = e.date;
    } else {
      runs.push({ from: e.date, to: e.date, reason: e.reason, note: e.note, shifts });
    }
  }
  return runs;
}

export interface StaffDay {
  staff: string;
  date: string;
  shifts: DayShift[];
  /** Why the date is not as the pattern says; null when it is, or when set by hand without a reason. */
  exception: { reason: ExceptionReason; note: string } | null;
}

/**
 * Each staff member's days over `dates`: the shifts as the planner takes them (`shiftsOfDay`) and
 * the exception behind them. Staff in the order given, then dates in the order given.
 */
export function staffDays(
  staff: readonly string[], dates: readonly string[], pattern: readonly PatternShift[],
  exceptions: readonly ShiftException[], dayShifts: readonly (Shift & { date: string })[],
): StaffDay[] {
  const byDate = dates.map((date) => {
    const marked = exceptions.filter((e) => e.date === date);
    return shiftsOfDay(date, pattern, new Set(marked.map((e) => e.staff)), dayShifts.filter((d) => d.date === date));
  });
  return staff.flatMap((s) => dates.map((date, i) => {
    const e = exceptions.find((x) => x.staff === s && x.date === date);
    return {
      staff: s,
      date,
      shifts: byDate[i]!.filter((d) => d.staff === s),
      exception: e ? { reason: e.reason, note: e.note } : null,
    };
  }));
}

/** Whether a visit can be made within a staff member's shifts of the day. */
export type VisitFit = 'fits' | 'outside' | 'off';

/**
 * `fits`: some shift leaves room for the whole visit inside its agreed window; `outside`: she works
 * that day but not then; `off`: she has no shift that day.
 */
export function visitFit(visit: { windowFrom: string; windowTo: string; durationMinutes: number }, shifts: readonly Pick<Shift, 'start' | 'end'>[]): VisitFit {
  if (shifts.length === 0) return 'off';
  const fits = shifts.some((s) => {
    const start = Math.max(clockMinutes(visit.windowFrom), clockMinutes(s.start));
    const end = Math.min(clockMinutes(visit.windowTo), clockMinutes(s.end));
    return start + visit.durationMinutes <= end;
  });
  return fits ? 'fits' : 'outside';
}
