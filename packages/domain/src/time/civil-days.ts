// Calendar dates as day numbers (days since 1970-01-01). Hot paths work on these plain
// integers: building a Temporal.PlainDate per registration would dominate a 2-million
// registration month. The algorithms are the proleptic Gregorian ones (H. Hinnant,
// "chrono-compatible low-level date algorithms").

import type { Weekday } from '../model/care-data.ts';
import { WEEKDAYS } from '../model/care-data.ts';

export function dayNumberFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export function civilFromDayNumber(dayNumber: number): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

export function formatDayNumber(dayNumber: number): string {
  const { year, month, day } = civilFromDayNumber(dayNumber);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` → day number; throws on anything that is not a real calendar date. */
export function parseDate(date: string): number {
  const m = DATE_RE.exec(date);
  if (!m) throw new RangeError(`not a date (YYYY-MM-DD): ${date}`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const n = dayNumberFromCivil(year, month, day);
  const back = civilFromDayNumber(n);
  if (back.month !== month || back.day !== day) throw new RangeError(`no such date: ${date}`);
  return n;
}

/** 1970-01-01 was a Thursday. */
export function weekdayOfDayNumber(dayNumber: number): Weekday {
  const index = (((dayNumber + 3) % 7) + 7) % 7;
  return WEEKDAYS[index] ?? 'mon';
}

export function weekdayIndexOfDayNumber(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

export interface MonthRange {
  month: string;
  firstDay: number;
  lastDay: number;
  daysInMonth: number;
}

const MONTH_RE = /^(\d{4})-(\d{2})$/;

/** `YYYY-MM` → its first and last day numbers. */
export function monthRange(month: string): MonthRange {
  const m = MONTH_RE.exec(month);
  const year = Number(m?.[1]);
  const mon = Number(m?.[2]);
  if (!m || mon < 1 || mon > 12) throw new RangeError(`not a month (YYYY-MM): ${month}`);
  const firstDay = dayNumberFromCivil(year, mon, 1);
  const nextFirst = mon === 12 ? dayNumberFromCivil(year + 1, 1, 1) : dayNumberFromCivil(year, mon + 1, 1);
  return { month, firstDay, lastDay: nextFirst - 1, daysInMonth: nextFirst - firstDay };
}

/** The month before `YYYY-MM`. */
export function previousMonth(month: string): string {
  const { firstDay } = monthRange(month);
  return formatDayNumber(firstDay - 1).slice(0, 7);
}
