// Reference implementation: instants, local wall time and calendar days, done the plain way
// with Temporal. Minutes are epoch minutes (seconds dropped: R-3); days are day numbers since
// 1970-01-01 so that date arithmetic is integer arithmetic.

import { Temporal } from 'temporal-polyfill';

/** Exact instant for step-1 ordering (sub-second digits kept). */
export function instantNs(at: string): bigint {
  return Temporal.Instant.from(at).epochNanoseconds;
}

/** The instant's epoch minute, seconds truncated. */
export function epochMinute(at: string): number {
  const ns = instantNs(at);
  const perMinute = 60_000_000_000n;
  let q = ns / perMinute;
  if (ns % perMinute !== 0n && ns < 0n) q -= 1n;
  return Number(q);
}

const offsetCache = new Map<string, number>();

/** UTC offset in minutes in force at an epoch minute. Zone transitions happen on quarter hours,
 *  so a quarter hour shares one offset: cached per quarter to keep the oracle usably fast. */
export function offsetAt(zone: string, minute: number): number {
  const quarter = Math.floor(minute / 15) * 15;
  const key = `${zone}|${quarter}`;
  let cached = offsetCache.get(key);
  if (cached === undefined) {
    const zdt = Temporal.Instant.fromEpochMilliseconds(quarter * 60_000).toZonedDateTimeISO(zone);
    cached = zdt.offsetNanoseconds / 60_000_000_000;
    offsetCache.set(key, cached);
  }
  return cached;
}

export interface LocalMinute {
  day: number; // local day number
  minuteOfDay: number; // 0..1439 local wall clock
}

export function localMinute(zone: string, minute: number): LocalMinute {
  const wall = minute + offsetAt(zone, minute);
  const day = Math.floor(wall / 1440);
  return { day, minuteOfDay: wall - day * 1440 };
}

export function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Math.round(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1) / 86_400_000);
}

export function dateOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayIndex(day: number): number {
  // 1970-01-01 was a Thursday (index 3).
  return (((day + 3) % 7) + 7) % 7;
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** Local time of an epoch minute as `YYYY-MM-DDTHH:MM:00+HH:MM` (the statements' spelling). */
export function formatLocal(zone: string, minute: number): string {
  const offset = offsetAt(zone, minute);
  const { day, minuteOfDay } = localMinute(zone, minute);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${dateOfDay(day)}T${pad2(Math.floor(minuteOfDay / 60))}:${pad2(minuteOfDay % 60)}:00${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

export interface MonthRange {
  first: number; // day number of the 1st
  last: number; // day number of the last day
  days: number;
}

export function monthRange(month: string): MonthRange {
  const [y, m] = month.split('-').map(Number);
  const first = Math.round(Date.UTC(y ?? 0, (m ?? 1) - 1, 1) / 86_400_000);
  const next = Math.round(Date.UTC(y ?? 0, m ?? 1, 1) / 86_400_000);
  return { first, last: next - 1, days: next - first };
}

export function previousMonth(month: string): string {
  const [y = 0, m = 1] = month.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${pad2(m - 1)}`;
}

export function monthOfDay(day: number): string {
  return dateOfDay(day).slice(0, 7);
}
