// Which band a visit's arrival falls in, read straight from the spec's "Bands": only the
// arrival matters for fees (a per_visit arrival makes a per-visit visit, R-8).

import table from '../../time/swedish-holidays-1900-2200.json' with { type: 'json' };
import { addDays, weekdayIndex } from './local-time.ts';
import type { JsonBand } from './scenario-json.ts';

const DAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** True on a public holiday or a chosen eve: looked up in the outside table, not computed. */
export function isHoliday(date: string, eves: string[]): boolean {
  const year = (table.years as Record<string, { holidays: string[][]; eves: string[][] }>)[date.slice(0, 4)];
  if (!year) throw new Error(`reference: no holiday table for ${date}`);
  return year.holidays.some(([d]) => d === date) || year.eves.some(([d, name]) => d === date && eves.includes(name ?? ''));
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
