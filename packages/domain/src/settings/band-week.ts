// A week of the time bands as the statements see it: which band holds each minute of each
// day, with the public holidays and the eves the municipality counts marked, from the same
// timeline the pricing uses.

import type { Band, HolidayEve } from '../model/care-data.ts';
import { formatDayNumber, parseDate, weekdayIndexOfDayNumber, weekdayOfDayNumber } from '../time/civil-days.ts';
import { BandTimeline } from '../time/band-timeline.ts';
import { HolidayCalendar, swedishEves, swedishPublicHolidays } from '../time/holidays.ts';
import { formatWallTime } from '../time/wall-time.ts';

export interface BandWeekDay {
  date: string;
  weekday: string;
  /** The public holiday or counted eve of the day, by its code name; null on an ordinary day. */
  holiday: string | null;
  /** `[from, to)` as HH:MM (the last ends at 24:00); `band` null where no band applies. */
  spans: { from: string; to: string; band: string | null }[];
}

function holidayNames(year: number, eves: readonly HolidayEve[]): Map<number, string> {
  const names = new Map<number, string>();
  for (const d of swedishEves(year)) if (eves.includes(d.name)) names.set(d.dayNumber, d.name);
  for (const d of swedishPublicHolidays(year)) names.set(d.dayNumber, d.name);
  return names;
}

/** The seven days Monday to Sunday of the week that holds `date`. */
export function bandWeek(bands: readonly Band[], eves: readonly HolidayEve[], date: string): BandWeekDay[] {
  const monday = parseDate(date) - weekdayIndexOfDayNumber(parseDate(date));
  const timeline = new BandTimeline(bands, new HolidayCalendar(eves));
  const days: BandWeekDay[] = [];
  for (let n = monday; n < monday + 7; n++) {
    const iso = formatDayNumber(n);
    const names = holidayNames(Number(iso.slice(0, 4)), eves);
    days.push({
      date: iso,
      weekday: weekdayOfDayNumber(n),
      holiday: names.get(n) ?? null,
      spans: timeline.spansOfDay(n).map((s) => ({
        from: formatWallTime(s.from),
        to: s.to === 1440 ? '24:00' : formatWallTime(s.to),
        band: s.band === -1 ? null : (bands[s.band]?.id ?? null),
      })),
    });
  }
  return days;
}
