// A staff member's shifts on a date: her weekly pattern in force that day, unless the date is an
// exception for her, whose shifts (possibly none: a day off) then stand instead. Shifts set for a
// single day are exceptions too, so a day planned by hand is never overridden by the pattern.
// A pattern may change on a date (`validFrom`): the version with the latest start on or before
// the date is the one in force, so a new week from next month leaves earlier weeks as they were.

import type { Weekday } from '../model/care-data.ts';
import { parseDate, weekdayOfDayNumber } from '../time/civil-days.ts';

export interface Shift {
  staff: string;
  /** Local time HH:MM; `end` may be 24:00. */
  start: string;
  end: string;
  skills: readonly string[];
}

export interface PatternShift extends Shift {
  weekday: Weekday;
  /** The first date of the pattern version this shift belongs to; null: since always. */
  validFrom?: string | null;
}

export interface DayShift extends Shift {
  /** Where the shift comes from: the weekly pattern, or the date's exception. */
  source: 'pattern' | 'exception';
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Each staff member's shifts of the pattern version in force on `date` (all weekdays). */
export function patternInForce<P extends PatternShift>(pattern: readonly P[], date: string): P[] {
  const latest = new Map<string, string>();
  for (const p of pattern) {
    const from = p.validFrom ?? '';
    if (from > date) continue;
    if (from >= (latest.get(p.staff) ?? '')) latest.set(p.staff, from);
  }
  return pattern.filter((p) => latest.has(p.staff) && (p.validFrom ?? '') === latest.get(p.staff));
}

/**
 * `exceptionStaff`: staff whose date is marked as an exception; `dayShifts`: the shifts stored
 * for the date. Sorted by staff, then start.
 */
export function shiftsOfDay(
  date: string, pattern: readonly PatternShift[], exceptionStaff: ReadonlySet<string>, dayShifts: readonly Shift[],
): DayShift[] {
  const weekday = weekdayOfDayNumber(parseDate(date));
  const byDay = new Set([...exceptionStaff, ...dayShifts.map((s) => s.staff)]);
  const out: DayShift[] = [
    ...dayShifts.map((s) => ({ staff: s.staff, start: s.start, end: s.end, skills: s.skills, source: 'exception' as const })),
    ...patternInForce(pattern, date)
      .filter((p) => p.weekday === weekday && !byDay.has(p.staff))
      .map((p) => ({ staff: p.staff, start: p.start, end: p.end, skills: p.skills, source: 'pattern' as const })),
  ];
  return out.sort((a, b) => byText(a.staff, b.staff) || byText(a.start, b.start));
}

/** The first pair of one staff member's shifts (of one day) that overlap, as indexes, or undefined. */
export function overlappingShifts(shifts: readonly Pick<Shift, 'start' | 'end'>[]): [number, number] | undefined {
  for (let i = 0; i < shifts.length; i++) {
    for (let j = i + 1; j < shifts.length; j++) {
      const a = shifts[i]!;
      const b = shifts[j]!;
      if (a.start < b.end && b.start < a.end) return [i, j];
    }
  }
  return undefined;
}

export interface ShiftProblem {
  /** Index in the list given. */
  index: number;
  field: 'start' | 'end';
  kind: 'ends_before_start' | 'overlap';
}

/**
 * What is wrong with a list of shifts (a week's, grouped by `weekday`, or one day's), or
 * undefined: a shift ending before it starts, or two shifts of one day sharing a minute (the later
 * one in the list is named). The server refuses these; the screen says so while typing.
 */
export function shiftProblem(shifts: readonly { start: string; end: string; weekday?: string }[]): ShiftProblem | undefined {
  const backwards = shifts.findIndex((s) => s.end <= s.start);
  if (backwards >= 0) return { index: backwards, field: 'end', kind: 'ends_before_start' };
  for (const day of new Set(shifts.map((s) => s.weekday))) {
    const indexes = shifts.flatMap((s, i) => (s.weekday === day ? [i] : []));
    const clash = overlappingShifts(indexes.map((i) => shifts[i]!));
    if (clash !== undefined) return { index: indexes[clash[1]]!, field: 'start', kind: 'overlap' };
  }
  return undefined;
}

/** Minutes of work in a list of shifts (`24:00` counts as the end of the day). */
export function shiftMinutes(shifts: readonly Pick<Shift, 'start' | 'end'>[]): number {
  return shifts.reduce((sum, s) => sum + Math.max(0, clockMinutes(s.end) - clockMinutes(s.start)), 0);
}

/** Minutes after midnight of `HH:MM`. */
export function clockMinutes(clock: string): number {
  return Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
}
