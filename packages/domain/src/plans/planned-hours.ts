// Planned time against ordered time: a plan's recurring visits give staff minutes per month
// (a visit with two staff counts twice, as both visits are performed and paid, R-5); a month
// planned above the order's hours is worth a warning when the plan is written.

import type { Weekday } from '../model/care-data.ts';
import { orderedMinutes } from '../statements/orders.ts';
import { formatDayNumber, monthRange, parseDate, weekdayOfDayNumber } from '../time/civil-days.ts';

export interface PlannedVisit {
  weekdays: readonly Weekday[];
  durationMinutes: number;
  staffCount: number;
}

export interface Period {
  from: string;
  /** Inclusive; null is open-ended. */
  to: string | null;
}

export interface PlannedOverOrdered {
  month: string;
  plannedMinutes: number;
  orderedMinutes: number;
}

/** Staff minutes the visits plan in `month`, counting only the days inside `period`. */
export function plannedMinutesInMonth(visits: readonly PlannedVisit[], month: string, period: Period): number {
  const range = monthRange(month);
  const first = Math.max(range.firstDay, parseDate(period.from));
  const last = Math.min(range.lastDay, period.to === null ? Infinity : parseDate(period.to));
  let minutes = 0;
  for (let day = first; day <= last; day++) {
    const weekday = weekdayOfDayNumber(day);
    for (const v of visits) if (v.weekdays.includes(weekday)) minutes += v.durationMinutes * v.staffCount;
  }
  return minutes;
}

/**
 * The months of the plan's first year (from its first month, within its period) whose planned
 * minutes exceed a whole month of the order's hours. A month the plan only partly covers is
 * compared with the whole month's hours too, so a plan starting mid-month is not warned about
 * for the days it does not plan.
 */
export function monthsPlannedOverOrdered(
  visits: readonly PlannedVisit[], hoursPerMonth: Readonly<Record<string, number>>, period: Period, horizonMonths = 12,
): PlannedOverOrdered[] {
  const ordered = orderedMinutes({ hoursPerMonth: { ...hoursPerMonth } }, 1, 1);
  const out: PlannedOverOrdered[] = [];
  let month = period.from.slice(0, 7);
  for (let i = 0; i < horizonMonths; i++) {
    if (period.to !== null && `${month}-01` > period.to) break;
    const planned = plannedMinutesInMonth(visits, month, period);
    if (planned > ordered) out.push({ month, plannedMinutes: planned, orderedMinutes: ordered });
    month = formatDayNumber(monthRange(month).lastDay + 1).slice(0, 7);
  }
  return out;
}
