// Reference implementation: which band a local minute is in ("Bands"). Deliberately minute by
// minute: a band's range starts on a day its `days` name and may run into the next day.

import type { Band } from '../../model/care-data.ts';
import { isHoliday } from './reference-holidays.ts';
import { localMinute, weekdayIndex } from './reference-time.ts';

const WEEKDAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

function hm(text: string): number {
  const [h, m] = text.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

function startsOn(band: Band, day: number, eves: readonly string[]): boolean {
  const names: string[] = band.days;
  if (names.includes(WEEKDAY_NAMES[weekdayIndex(day)] ?? '')) return true;
  return names.includes('holiday') && isHoliday(day, eves);
}

/** Does the band cover wall-clock minute `mod` of local day `day`? */
function covers(band: Band, day: number, mod: number, eves: readonly string[]): boolean {
  const from = hm(band.from);
  const to = hm(band.to);
  if (from < to) return from <= mod && mod < to && startsOn(band, day, eves);
  // from > to runs into the next day; from == to is 24 hours from `from`.
  if (mod >= from && startsOn(band, day, eves)) return true;
  const tailEnd = from === to ? from : to;
  return mod < tailEnd && startsOn(band, day - 1, eves);
}

/** The band of a local minute: highest precedence, ties to the earlier in the list. */
export function bandAtLocal(bands: readonly Band[], day: number, mod: number, eves: readonly string[]): Band | undefined {
  let best: Band | undefined;
  for (const band of bands) {
    if (!covers(band, day, mod, eves)) continue;
    if (best === undefined || band.precedence > best.precedence) best = band;
  }
  return best;
}

export function bandAtMinute(bands: readonly Band[], zone: string, minute: number, eves: readonly string[]): Band | undefined {
  const local = localMinute(zone, minute);
  return bandAtLocal(bands, local.day, local.minuteOfDay, eves);
}
