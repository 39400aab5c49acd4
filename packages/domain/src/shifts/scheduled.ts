// The scheduled working time of past days as instants, the form time at clients reads (R-17,
// `work_shifts`): the days as the planner takes them (`staffDays`: the weekly pattern unless the
// date is an exception) with each local start and end placed in the municipality's time zone.

import type { Shift as WorkShift } from '../model/care-data.ts';
import { localInstant } from '../time/local-instant.ts';
import { addDays, staffDays, type ShiftException } from './exceptions.ts';
import type { PatternShift, Shift } from './shifts-of-day.ts';

/** `24:00` is midnight at the start of the next date. */
function endInstant(date: string, clock: string, timeZone: string): string {
  return clock === '24:00' ? localInstant(addDays(date, 1), '00:00', timeZone) : localInstant(date, clock, timeZone);
}

/** Each staff member's shifts over `dates` as instants, staff in the order given, then dates, then start. */
export function scheduledShifts(
  staff: readonly string[], dates: readonly string[], pattern: readonly PatternShift[],
  exceptions: readonly ShiftException[], dayShifts: readonly (Shift & { date: string })[], timeZone: string,
): WorkShift[] {
  return staffDays(staff, dates, pattern, exceptions, dayShifts).flatMap((day) =>
    day.shifts.map((s) => ({ staff: s.staff, from: localInstant(day.date, s.start, timeZone), to: endInstant(day.date, s.end, timeZone) })));
}
