// Local wall time in Europe/Stockholm to UTC, by the EU rule (summer time from the last Sunday
// of March to the last Sunday of October, switching at 01:00 UTC). The generator needs only
// this zone; the engine has its own, general, zone handling.

const HOUR_MS = 3_600_000;

function lastSundayUtc(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0));
  return Date.UTC(year, month - 1, last.getUTCDate() - last.getUTCDay(), 1);
}

function isSummer(utcMs: number): boolean {
  const year = new Date(utcMs).getUTCFullYear();
  return utcMs >= lastSundayUtc(year, 3) && utcMs < lastSundayUtc(year, 10);
}

/**
 * Epoch ms of `minuteOfDay` minutes after local midnight of the given date (may run past
 * 24 h). In the repeated autumn hour the first (summer) reading wins; in the skipped spring
 * hour the clock reads an hour later, as phones do.
 */
export function stockholmToUtcMs(year: number, month: number, day: number, minuteOfDay: number): number {
  const wall = Date.UTC(year, month - 1, day, 0, minuteOfDay);
  const summer = wall - 2 * HOUR_MS;
  return isSummer(summer) ? summer : wall - HOUR_MS;
}

/** Weekday of a calendar date, 0 = Monday. */
export function weekdayOf(year: number, month: number, day: number): number {
  return (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
}

export function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
