// Continuity of a month (R-16, spec/reports-v1.md): per client the number of distinct staff
// who came, summarised per provider (that provider's staff only) and for the municipality.

import type { CareData, Staff } from '../model/care-data.ts';
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

/** The distinct staff who met a client in a period, in the order first met. */
export interface ClientStaff {
  client: string;
  staff: string[];
}

/** Distinct staff per client among `meetings`, by client id. */
export function metStaff(meetings: readonly Meeting[]): ClientStaff[] {
  const staff = new Map<string, Set<string>>();
  for (const m of meetings) {
    let set = staff.get(m.client);
    if (set === undefined) staff.set(m.client, (set = new Set()));
    set.add(m.staff);
  }
  return [...staff.keys()].sort(compareIds).map((client) => ({ client, staff: [...(staff.get(client) ?? [])] }));
}

/** Each staff member's provider; an unknown staff member is an error, not a provider of its own. */
export function providerLookup(staff: readonly Staff[]): (id: string) => string {
  const providers = new Map(staff.map((s) => [s.id, s.provider]));
  return (id) => {
    const provider = providers.get(id);
    if (provider === undefined) throw new RangeError(`a meeting names unknown staff "${id}"`);
    return provider;
  };
}

/**
 * The document from each client's distinct staff: per client all of them, per provider those
 * of that provider (a client met by two providers counts under each), and in total.
 */
export function continuityOfClients(municipality: string, month: string, met: readonly ClientStaff[], providerOf: (staff: string) => string): ContinuityDocument {
  const sorted = [...met].filter((c) => c.staff.length > 0).sort((a, b) => compareIds(a.client, b.client));
  const perProvider = new Map<string, number[]>();
  for (const c of sorted) {
    const counts = new Map<string, number>();
    for (const s of c.staff) {
      const p = providerOf(s);
      counts.set(p, (counts.get(p) ?? 0) + 1);
    }
    for (const [p, n] of counts) {
      const list = perProvider.get(p);
      if (list === undefined) perProvider.set(p, [n]);
      else list.push(n);
    }
  }
  const clients = sorted.map((c) => ({ client: c.client, staff: c.staff.length }));
  return {
    format: CONTINUITY_FORMAT,
    municipality,
    month,
    clients,
    providers: [...perProvider.keys()].sort(compareIds).map((provider) => ({ provider, ...summarise(perProvider.get(provider) ?? []) })),
    total: summarise(clients.map((c) => c.staff)),
  };
}

export function computeContinuity(data: CareData, month: string): ContinuityDocument {
  const range = monthRange(month);
  return continuityOfClients(data.municipality.id, month, metStaff(meetingsBetween(data, range.firstDay, range.lastDay)), providerLookup(data.staff));
}
