// Reference implementation: Swedish public holidays and the chosen eves (scenario spec, "Bands").

import table from '../../time/swedish-holidays-1900-2200.json' with { type: 'json' };
import { dayNumber } from './reference-time.ts';

const cache = new Map<string, Set<number>>();

/**
 * Public holidays plus the chosen eves of one year, as day numbers: looked up in the table
 * generated once from an outside calendar (time/swedish-holidays-1900-2200.json), so the
 * reference shares no holiday rule with the engine.
 */
export function holidayDays(year: number, eves: readonly string[]): Set<number> {
  const key = `${year}|${eves.join(',')}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const entry = (table.years as Record<string, { holidays: string[][]; eves: string[][] }>)[String(year)];
  if (!entry) throw new Error(`reference: no holiday table for ${year}`);
  const days = new Set<number>(entry.holidays.map(([date]) => dayNumber(date ?? '')));
  for (const [date, name] of entry.eves) if (eves.includes(name ?? '')) days.add(dayNumber(date ?? ''));
  cache.set(key, days);
  return days;
}

export function isHoliday(day: number, eves: readonly string[]): boolean {
  const year = Number(new Date(day * 86_400_000).toISOString().slice(0, 4));
  return holidayDays(year, eves).has(day);
}
