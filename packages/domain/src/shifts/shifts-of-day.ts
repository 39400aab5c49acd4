// A staff member's shifts on a date: her weekly pattern, unless the date is an exception for
// her, whose shifts (possibly none: a day off) then stand instead. Shifts set for a single day
// are exceptions too, so a day planned by hand is never overridden by the pattern.

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
}

export interface DayShift extends Shift {
  /** Where the shift comes from: the weekly pattern, or the date's exception. */
  source: 'pattern' | 'exception';
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
    ...pattern
      .filter((p) => p.weekday === weekday && !byDay.has(p.staff))
      .map((p) => ({ staff: p.staff, start: p.start, end: p.end, skills: p.skills, source: 'pattern' as const })),
  ];
  return out.sort((a, b) => (a.staff < b.staff ? -1 : a.staff > b.staff ? 1 : a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
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
