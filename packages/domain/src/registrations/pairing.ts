// R-3 pairing: per staff member and client, an `arrive` and the next `arrive`-or-`leave` form
// a visit when that next one is a `leave` at most 720 minutes later. One pass over the
// registrations in step-1 order keeps, per staff+client, only the arrive still waiting.

import type { OrderedRegistration } from './ordering.ts';

/** A visit lasts at most 12 h; measured on minutes with seconds dropped. */
export const MAX_VISIT_MINUTES = 720;

export interface PairedVisit {
  arrive: OrderedRegistration;
  leave: OrderedRegistration;
  /** Epoch minutes, [start, end). */
  start: number;
  end: number;
}

export interface PairingResult {
  /** By the arrive's position in step-1 order. */
  visits: PairedVisit[];
  /** Arrives that pair with no leave, in step-1 order. */
  missingLeave: OrderedRegistration[];
  /** Leaves that close no visit, in step-1 order. */
  missingArrive: OrderedRegistration[];
}

/** Pairs `ordered` (effective registrations in step-1 order); declined kinds are skipped. */
export function pairRegistrations(ordered: readonly OrderedRegistration[]): PairingResult {
  // Staff → client → arrive waiting for its leave; nested maps spare building a key string per
  // registration.
  const waiting = new Map<string, Map<string, OrderedRegistration>>();
  const visits: PairedVisit[] = [];
  const missingLeave: OrderedRegistration[] = [];
  const missingArrive: OrderedRegistration[] = [];
  for (const item of ordered) {
    const r = item;
    if (r.kind !== 'arrive' && r.kind !== 'leave') continue;
    let ofStaff = waiting.get(r.staff);
    if (ofStaff === undefined) {
      ofStaff = new Map();
      waiting.set(r.staff, ofStaff);
    }
    const arrive = ofStaff.get(r.client);
    if (r.kind === 'arrive') {
      if (arrive !== undefined) missingLeave.push(arrive);
      ofStaff.set(r.client, item);
      continue;
    }
    if (arrive === undefined) {
      missingArrive.push(item);
      continue;
    }
    ofStaff.delete(r.client);
    if (item.minute - arrive.minute <= MAX_VISIT_MINUTES) {
      visits.push({ arrive, leave: item, start: arrive.minute, end: item.minute });
    } else {
      missingLeave.push(arrive);
      missingArrive.push(item);
    }
  }
  for (const ofStaff of waiting.values()) for (const arrive of ofStaff.values()) missingLeave.push(arrive);
  visits.sort((a, b) => a.arrive.seq - b.arrive.seq);
  missingLeave.sort((a, b) => a.seq - b.seq);
  return { visits, missingLeave, missingArrive };
}
