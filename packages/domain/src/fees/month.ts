import { daysInMonth } from '../ids/calendar.ts';

// A month `YYYY-MM` and its days. Dates are ISO strings, which compare correctly as strings.

export interface MonthSpan {
  month: string;
  year: number;
  firstDay: string;
  lastDay: string;
  days: number;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function monthSpan(month: string): MonthSpan {
  const match = MONTH.exec(month);
  if (!match) throw new RangeError(`month must be YYYY-MM, got "${month}"`);
  const year = Number(match[1]);
  const days = daysInMonth(year, Number(match[2]));
  return {
    month,
    year,
    firstDay: `${month}-01`,
    lastDay: `${month}-${String(days).padStart(2, '0')}`,
    days,
  };
}

/** Days of the month on which a period `from`..`to` (inclusive; null = open) is active. */
export function activeDays(from: string, to: string | null, span: MonthSpan): number {
  const start = from > span.firstDay ? from : span.firstDay;
  const end = to === null || to > span.lastDay ? span.lastDay : to;
  if (start > end) return 0;
  return Number(end.slice(8, 10)) - Number(start.slice(8, 10)) + 1;
}

export function isInMonth(date: string, span: MonthSpan): boolean {
  return date >= span.firstDay && date <= span.lastDay;
}
