// A meeting (spec/reports-v1.md): an effective `arrive` registration, whatever became of its
// pay, at its instant truncated to the minute, read in the municipality's local time.

import type { CareData, VisitPurpose } from '../model/care-data.ts';
import { effectiveRegistrations } from '../registrations/effective.ts';
import { epochMinuteOfMs, parseInstantMs } from '../time/instant.ts';
import { LocalClock } from '../time/local-clock.ts';

export interface Meeting {
  id: string;
  client: string;
  staff: string;
  /** The staff member's provider. */
  provider: string;
  /** Local day number (see civil-days). */
  day: number;
  /** Local minute of the day, 0–1439. */
  minuteOfDay: number;
  purpose?: VisitPurpose | undefined;
}

export function staffProviders(data: CareData): Map<string, string> {
  return new Map(data.staff.map((s) => [s.id, s.provider]));
}

/**
 * Meetings on local days `firstDay` … `lastDay` (inclusive), in the order the registrations are
 * given; with `ofProviders`, those of these providers' staff alone.
 */
export function meetingsBetween(data: CareData, firstDay: number, lastDay: number, ofProviders?: ReadonlySet<string>): Meeting[] {
  const clock = new LocalClock(data.municipality.timezone);
  const providers = staffProviders(data);
  // copies of one id are one registration.
  const seen = new Set<string>();
  const out: Meeting[] = [];
  for (const r of effectiveRegistrations(data.registrations)) {
    if (r.kind !== 'arrive' || seen.has(r.id)) continue;
    seen.add(r.id);
    const local = clock.localMinute(epochMinuteOfMs(parseInstantMs(r.at)));
    const day = Math.floor(local / 1440);
    if (day < firstDay || day > lastDay) continue;
    const provider = providers.get(r.staff);
    if (provider === undefined) throw new RangeError(`registration ${r.id} names unknown staff "${r.staff}"`);
    if (ofProviders !== undefined && !ofProviders.has(provider)) continue;
    out.push({ id: r.id, client: r.client, staff: r.staff, provider, day, minuteOfDay: local - day * 1440, purpose: r.purpose });
  }
  return out;
}
