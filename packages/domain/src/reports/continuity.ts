// Continuity of a month (R-16, spec/reports-v1.md): per client the number of distinct staff
// who came, summarised per provider (that provider's staff only) and for the municipality.

import type { CareData } from '../model/care-data.ts';
import { compareIds } from '../registrations/ordering.ts';
import { monthRange } from '../time/civil-days.ts';
import type { Meeting } from './meetings.ts';
import { meetingsBetween } from './meetings.ts';
import type { Summary } from './numbers.ts';
import { summarise } from './numbers.ts';

export const CONTINUITY_FORMAT = 'hemma-continuity/1';

export interface ContinuityDocument {
  format: typeof CONTINUITY_FORMAT;
  municipality: string;
  month: string;
  clients: { client: string; staff: number }[];
  providers: ({ provider: string } & Summary)[];
  total: Summary;
}

/** Distinct staff per client among `meetings`, by client id. */
export function staffPerClient(meetings: readonly Meeting[]): { client: string; staff: number }[] {
  const staff = new Map<string, Set<string>>();
  for (const m of meetings) {
    let set = staff.get(m.client);
    if (set === undefined) staff.set(m.client, (set = new Set()));
    set.add(m.staff);
  }
  return [...staff.keys()].sort(compareIds).map((client) => ({ client, staff: staff.get(client)?.size ?? 0 }));
}

/** Groups meetings by a key (a provider, a district …), keys in id order. */
export function groupMeetings(meetings: readonly Meeting[], keyOf: (m: Meeting) => string): [string, Meeting[]][] {
  const groups = new Map<string, Meeting[]>();
  for (const m of meetings) {
    const key = keyOf(m);
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [m]);
    else list.push(m);
  }
  return [...groups.entries()].sort(([a], [b]) => compareIds(a, b));
}

export function continuityOfMeetings(municipality: string, month: string, meetings: readonly Meeting[]): ContinuityDocument {
  const clients = staffPerClient(meetings);
  const providers = groupMeetings(meetings, (m) => m.provider).map(([provider, list]) => ({
    provider,
    ...summarise(staffPerClient(list).map((c) => c.staff)),
  }));
  return {
    format: CONTINUITY_FORMAT,
    municipality,
    month,
    clients,
    providers,
    total: summarise(clients.map((c) => c.staff)),
  };
}

export function computeContinuity(data: CareData, month: string): ContinuityDocument {
  const range = monthRange(month);
  return continuityOfMeetings(data.municipality.id, month, meetingsBetween(data, range.firstDay, range.lastDay));
}
