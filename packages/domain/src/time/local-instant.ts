// A local date and wall-clock time of a time zone as an instant with its offset, for
// registrations made on someone's behalf at a planned time (a visit cancelled in advance is
// registered at its window's start). A time that does not exist (the hour skipped in spring)
// takes the offset after the change; one that exists twice (autumn) takes the first.

import { ZoneOffsets } from './zone-offsets.ts';

const pad2 = (n: number): string => String(n).padStart(2, '0');

export function localInstant(date: string, clock: string, timeZone: string): string {
  const offsets = new ZoneOffsets(timeZone);
  const wall = Date.parse(`${date}T${clock}:00Z`) / 60_000;
  const dayBefore = offsets.offsetAt(wall - 24 * 60);
  const dayAfter = offsets.offsetAt(wall + 24 * 60);
  // An offset fits when the instant it gives has that offset; of two, the larger is the earlier instant.
  const fitting = [dayBefore, dayAfter].filter((o) => offsets.offsetAt(wall - o) === o);
  const offset = fitting.length > 0 ? Math.max(...fitting) : dayAfter;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${date}T${clock}:00${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}
