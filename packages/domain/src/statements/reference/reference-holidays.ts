// Reference implementation: Swedish public holidays and the chosen eves (scenario spec, "Bands").

import { dayNumber, weekdayIndex } from './reference-time.ts';

/** Easter Sunday (Gregorian, the anonymous computus) as a day number. */
function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}

/** The day in [from, to] of a month that falls on the given weekday (0 = Monday). */
function weekdayBetween(year: number, month: number, fromDay: number, weekday: number): number {
  const start = dayNumber(`${year}-${String(month).padStart(2, '0')}-${String(fromDay).padStart(2, '0')}`);
  for (let d = start; d < start + 7; d++) if (weekdayIndex(d) === weekday) return d;
  throw new Error('unreachable');
}

const cache = new Map<string, Set<number>>();

/** Public holidays plus the chosen eves of one year, as day numbers. */
export function holidayDays(year: number, eves: readonly string[]): Set<number> {
  const key = `${year}|${eves.join(',')}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const ymd = (m: number, d: number) => dayNumber(`${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  const easter = easterSunday(year);
  const days = new Set<number>([
    ymd(1, 1),
    ymd(1, 6),
    easter - 2,
    easter,
    easter + 1,
    ymd(5, 1),
    easter + 39,
    easter + 49,
    ymd(6, 6),
    weekdayBetween(year, 6, 20, 5), // Midsummer Day: the Saturday 20–26 June
    weekdayBetween(year, 10, 31, 5), // All Saints' Day: the Saturday 31 Oct–6 Nov
    ymd(12, 25),
    ymd(12, 26),
  ]);
  if (eves.includes('midsummer_eve')) days.add(weekdayBetween(year, 6, 19, 4));
  if (eves.includes('christmas_eve')) days.add(ymd(12, 24));
  if (eves.includes('new_years_eve')) days.add(ymd(12, 31));
  cache.set(key, days);
  return days;
}

export function isHoliday(day: number, eves: readonly string[]): boolean {
  const year = Number(new Date(day * 86_400_000).toISOString().slice(0, 4));
  return holidayDays(year, eves).has(day);
}
