// Reference implementation of step 1: drop superseded registrations and voids, order them by
// exact instant then id, pair arrive/leave per staff member and client.

import type { Registration } from '../../model/care-data.ts';
import type { RefScenario } from './reference-scenario.ts';
import { epochMinute, instantNs, localMinute } from './reference-time.ts';

export interface OrderedRegistration {
  reg: Registration;
  pos: number; // place in the step-1 order
  minute: number; // epoch minute, seconds dropped
  day: number; // local day number
  provider: string;
}

export interface RefVisit {
  arrive: OrderedRegistration;
  leave: OrderedRegistration;
  start: number;
  end: number; // [start, end) in epoch minutes
}

export interface Paired {
  ordered: OrderedRegistration[];
  visits: RefVisit[];
  missingLeave: OrderedRegistration[];
  missingArrive: OrderedRegistration[];
  declined: OrderedRegistration[];
}

/** Registrations that count: not named by any `corrects`, and not voids. */
export function effectiveRegistrations(regs: readonly Registration[]): Registration[] {
  const superseded = new Set<string>();
  for (const r of regs) if (r.corrects !== undefined) superseded.add(r.corrects);
  return regs.filter((r) => !superseded.has(r.id) && r.kind !== 'void');
}

export function pairRegistrations(s: RefScenario): Paired {
  const zone = s.municipality.timezone;
  const providerOf = new Map(s.staff.map((st) => [st.id, st.provider]));
  const sorted = effectiveRegistrations(s.registrations)
    .map((reg) => ({ reg, ns: instantNs(reg.at) }))
    .sort((a, b) => (a.ns < b.ns ? -1 : a.ns > b.ns ? 1 : a.reg.id < b.reg.id ? -1 : a.reg.id > b.reg.id ? 1 : 0));
  const ordered: OrderedRegistration[] = sorted.map(({ reg }, pos) => {
    const minute = epochMinute(reg.at);
    return { reg, pos, minute, day: localMinute(zone, minute).day, provider: providerOf.get(reg.staff) ?? '?' };
  });

  const visits: RefVisit[] = [];
  const missingLeave: OrderedRegistration[] = [];
  const missingArrive: OrderedRegistration[] = [];
  const declined = ordered.filter((o) => o.reg.kind === 'declined_at_door' || o.reg.kind === 'declined_in_advance');

  const streams = new Map<string, OrderedRegistration[]>();
  for (const o of ordered) {
    if (o.reg.kind !== 'arrive' && o.reg.kind !== 'leave') continue;
    const key = `${o.reg.staff}\u0000${o.reg.client}`;
    const stream = streams.get(key) ?? [];
    stream.push(o);
    streams.set(key, stream);
  }
  for (const stream of streams.values()) {
    for (let i = 0; i < stream.length; i++) {
      const cur = stream[i];
      if (cur === undefined) continue;
      if (cur.reg.kind === 'leave') {
        missingArrive.push(cur);
        continue;
      }
      const next = stream[i + 1];
      if (next !== undefined && next.reg.kind === 'leave' && next.minute - cur.minute <= 720) {
        visits.push({ arrive: cur, leave: next, start: cur.minute, end: next.minute });
        i++;
      } else {
        missingLeave.push(cur);
      }
    }
  }
  const byPos = (a: { pos: number }, b: { pos: number }) => a.pos - b.pos;
  visits.sort((a, b) => a.arrive.pos - b.arrive.pos);
  missingLeave.sort(byPos);
  missingArrive.sort(byPos);
  return { ordered, visits, missingLeave, missingArrive, declined };
}
