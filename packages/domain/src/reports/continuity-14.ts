// The national continuity indicator (R-16, spec/reports-v1.md): clients 65 or older with at
// least two ordinary daytime meetings on each of 14 local days, and the median number of
// distinct staff who came to them in the period.

import { age } from '../ids/age.ts';
import { parsePersonalNumber } from '../ids/personal-number.ts';
import type { CareData, Client } from '../model/care-data.ts';
import { compareIds } from '../registrations/ordering.ts';
import { formatDayNumber, parseDate } from '../time/civil-days.ts';
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

/**
 * A client's indicator meetings on consecutive local days from `firstDay` (at most 31, so a
 * month fits): how many on each day, and for each staff member the days met, bit i being
 * `firstDay + i`. A month's are kept per client; the 14 days are read from one or two months.
 */
export interface IndicatorDays {
  firstDay: number;
  counts: number[];
  staff: [string, number][];
}

const MAX_DAYS = 31;

/** Each client's indicator meetings among `meetings` on `days` local days from `firstDay`. */
export function indicatorDays(meetings: readonly Meeting[], firstDay: number, days: number): Map<string, IndicatorDays> {
  if (days > MAX_DAYS) throw new RangeError(`indicator days: at most ${MAX_DAYS} days at a time, not ${days}`);
  const byClient = new Map<string, { counts: number[]; staff: Map<string, number> }>();
  for (const m of meetings) {
    const i = m.day - firstDay;
    if (i < 0 || i >= days || !countsForIndicator(m)) continue;
    let c = byClient.get(m.client);
    if (c === undefined) byClient.set(m.client, (c = { counts: new Array<number>(days).fill(0), staff: new Map() }));
    c.counts[i] = (c.counts[i] ?? 0) + 1;
    c.staff.set(m.staff, (c.staff.get(m.staff) ?? 0) | (1 << i));
  }
  const result = new Map<string, IndicatorDays>();
  for (const [client, c] of byClient) result.set(client, { firstDay, counts: c.counts, staff: [...c.staff] });
  return result;
}

/** The clients aged 65 or more on `from` (one who turns 65 that day is 65). */
function oldEnough(clients: readonly Pick<Client, 'id' | 'personalNumber'>[], from: string): Set<string> {
  const result = new Set<string>();
  for (const c of clients) {
    const parsed = parsePersonalNumber(c.personalNumber, from);
    if (!parsed.ok) throw new RangeError(`client ${c.id}: personal number: ${parsed.message}`);
    if (age(parsed.value.birthDate, from) >= MIN_AGE) result.add(c.id);
  }
  return result;
}

/**
 * The indicator of the 14 days from `from`, from the clients' indicator days (a client may
 * have several stretches, e.g. one per month; days outside the 14 are ignored).
 */
export function continuity14OfDays(
  municipality: string,
  from: string,
  clients: readonly Pick<Client, 'id' | 'personalNumber'>[],
  stretches: readonly { client: string; days: IndicatorDays }[],
): Continuity14Document {
  const firstDay = parseDate(from);
  const lastDay = firstDay + INDICATOR_DAYS - 1;
  const aged = oldEnough(clients, from);
  const period = new Map<string, { counts: Int32Array; staff: Set<string> }>();
  for (const { client, days } of stretches) {
    const lo = Math.max(firstDay, days.firstDay);
    const hi = Math.min(lastDay, days.firstDay + days.counts.length - 1);
    if (lo > hi || !aged.has(client)) continue;
    let p = period.get(client);
    if (p === undefined) period.set(client, (p = { counts: new Int32Array(INDICATOR_DAYS), staff: new Set() }));
    let window = 0;
    for (let d = lo; d <= hi; d++) {
      p.counts[d - firstDay] = (p.counts[d - firstDay] ?? 0) + (days.counts[d - days.firstDay] ?? 0);
      window |= 1 << (d - days.firstDay);
    }
    for (const [staff, met] of days.staff) if ((met & window) !== 0) p.staff.add(staff);
  }
  const eligible = [...period].filter(([, p]) => p.counts.every((n) => n >= MEETINGS_PER_DAY)).map(([client]) => client).sort(compareIds);
  const rows = eligible.map((client) => ({ client, staff: period.get(client)?.staff.size ?? 0 }));
  return {
    format: CONTINUITY14_FORMAT,
    municipality,
    from: formatDayNumber(firstDay),
    to: formatDayNumber(lastDay),
    clients: rows,
    median: median(rows.map((c) => c.staff)),
  };
}

export function computeContinuity14(data: CareData, from: string): Continuity14Document {
  const firstDay = parseDate(from);
  const days = indicatorDays(meetingsBetween(data, firstDay, firstDay + INDICATOR_DAYS - 1), firstDay, INDICATOR_DAYS);
  return continuity14OfDays(data.municipality.id, from, data.clients, [...days].map(([client, d]) => ({ client, days: d })));
}
