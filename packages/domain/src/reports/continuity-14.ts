// The national continuity indicator (R-16, spec/reports-v1.md): clients 65 or older with at
// least two ordinary daytime meetings on each of 14 local days, and the median number of
// distinct staff who came to them in the period.

import { age } from '../ids/age.ts';
import { parsePersonalNumber } from '../ids/personal-number.ts';
import type { CareData } from '../model/care-data.ts';
import { formatDayNumber, parseDate } from '../time/civil-days.ts';
import { staffPerClient } from './continuity.ts';
import { meetingsBetween } from './meetings.ts';
import type { Meeting } from './meetings.ts';
import { median } from './numbers.ts';

export const CONTINUITY14_FORMAT = 'hemma-continuity14/1';
export const INDICATOR_DAYS = 14;
/** 07:00 and 22:00 as minutes of the day: meetings from the first up to, not including, the second count. */
const DAY_FROM = 7 * 60;
const DAY_TO = 22 * 60;
const MEETINGS_PER_DAY = 2;
const MIN_AGE = 65;

export interface Continuity14Document {
  format: typeof CONTINUITY14_FORMAT;
  municipality: string;
  from: string;
  to: string;
  clients: { client: string; staff: number }[];
  median: number | null;
}

/** An ordinary visit (no purpose) at a local time from 07:00 up to 22:00. */
export function countsForIndicator(m: Meeting): boolean {
  return m.purpose === undefined && m.minuteOfDay >= DAY_FROM && m.minuteOfDay < DAY_TO;
}

/** The clients aged 65 or more on `from` (one who turns 65 that day is 65). */
function oldEnough(data: CareData, from: string): Set<string> {
  const result = new Set<string>();
  for (const c of data.clients) {
    const parsed = parsePersonalNumber(c.personalNumber, from);
    if (!parsed.ok) throw new RangeError(`client ${c.id}: personal number: ${parsed.message}`);
    if (age(parsed.value.birthDate, from) >= MIN_AGE) result.add(c.id);
  }
  return result;
}

export function computeContinuity14(data: CareData, from: string): Continuity14Document {
  const firstDay = parseDate(from);
  const lastDay = firstDay + INDICATOR_DAYS - 1;
  const aged = oldEnough(data, from);
  const meetings = meetingsBetween(data, firstDay, lastDay).filter((m) => aged.has(m.client) && countsForIndicator(m));
  const perDay = new Map<string, Int32Array>();
  for (const m of meetings) {
    let days = perDay.get(m.client);
    if (days === undefined) perDay.set(m.client, (days = new Int32Array(INDICATOR_DAYS)));
    days[m.day - firstDay] = (days[m.day - firstDay] ?? 0) + 1;
  }
  const eligible = new Set([...perDay].filter(([, days]) => days.every((n) => n >= MEETINGS_PER_DAY)).map(([client]) => client));
  const clients = staffPerClient(meetings.filter((m) => eligible.has(m.client)));
  return {
    format: CONTINUITY14_FORMAT,
    municipality: data.municipality.id,
    from: formatDayNumber(firstDay),
    to: formatDayNumber(lastDay),
    clients,
    median: median(clients.map((c) => c.staff)),
  };
}
