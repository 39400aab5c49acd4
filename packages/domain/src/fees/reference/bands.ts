// Which band a visit's arrival falls in, read straight from the spec's "Bands": only the
// arrival matters for fees (a per_visit arrival makes a per-visit visit, R-8).

import { addDays, weekdayIndex } from './local-time.ts';
import type { JsonBand } from './scenario-json.ts';

const DAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

function easterSunday(year: number): string {
  // Anonymous Gregorian computus.
  const a = year % 19, b = Math.floor(year / 100), c = year % 100;
  const d = Math.floor(b / 4), e = b % 4, f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30, i = Math.floor(c / 4), k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The weekday `wd` (0 = Monday) within [from, from + 6]. */
function weekdayFrom(from: string, wd: number): string {
  for (let i = 0; i < 7; i++) if (weekdayIndex(addDays(from, i)) === wd) return addDays(from, i);
  throw new Error('unreachable');
}

export function isHoliday(date: string, eves: string[]): boolean {
  const y = Number(date.slice(0, 4));
  const easter = easterSunday(y);
  const days = [
    `${y}-01-01`, `${y}-01-06`, addDays(easter, -2), easter, addDays(easter, 1), `${y}-05-01`,
    addDays(easter, 39), addDays(easter, 49), `${y}-06-06`, weekdayFrom(`${y}-06-20`, 5),
    weekdayFrom(`${y}-10-31`, 5), `${y}-12-25`, `${y}-12-26`,
  ];
  if (eves.includes('midsummer_eve')) days.push(weekdayFrom(`${y}-06-19`, 4));
  if (eves.includes('christmas_eve')) days.push(`${y}-12-24`);
  if (eves.includes('new_years_eve')) days.push(`${y}-12-31`);
  return days.includes(date);
}

function hm(text: string): number {
  const [h, m] = text.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

function dayMatches(band: JsonBand, date: string, eves: string[]): boolean {
  return band.days.includes(DAY_NAMES[weekdayIndex(date)] ?? '') || (band.days.includes('holiday') && isHoliday(date, eves));
}

/** The band covering local minute `minute` of `date`: highest precedence, then earliest listed. */
export function bandAt(bands: JsonBand[], eves: string[], date: string, minute: number): JsonBand | undefined {
  let best: JsonBand | undefined;
  for (const band of bands) {
    const from = hm(band.from), to = hm(band.to);
    // A range starting today, or one that started yesterday and runs past midnight.
    const today = dayMatches(band, date, eves) && minute >= from && (from < to ? minute < to : true);
    const yesterday = from >= to && minute < to && dayMatches(band, addDays(date, -1), eves);
    if (!today && !yesterday) continue;
    if (!best || (band.precedence ?? 1) > (best.precedence ?? 1)) best = band;
  }
  return best;
}
