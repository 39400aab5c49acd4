// R-3 pairing: per staff member and client, an `arrive` and the next `arrive`-or-`leave` form
// a visit when that next one is a `leave` at most 720 minutes later. One pass over the
// registrations in step-1 order keeps, per staff+client, only the arrive still waiting.

import type { Registration } from '../model/care-data.ts';
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

/** Positions in step-1 order (a registration's `seq`). */
export interface PairedPositions {
  /** Each visit's arrive and leave, by the arrive's position. */
  arrives: number[];
  leaves: number[];
  /** Arrives that pair with no leave, in step-1 order. */
  missingLeave: number[];
  /** Leaves that close no visit, in step-1 order. */
  missingArrive: number[];
}

type Pairable = Pick<Registration, 'kind' | 'staff' | 'client'>;

/**
 * Pairs effective registrations in step-1 order, `minutes` at the same positions; declined
 * kinds are skipped.
 */
export function pairPositions(ordered: readonly Pairable[], minutes: ArrayLike<number>): PairedPositions {
  const n = ordered.length;
  // Staff → client → position of the arrive waiting for its leave; nested maps spare building
  // a key string per registration.
  const waiting = new Map<string, Map<string, number>>();
  // What became of each arrive, marked at its position, so that visits and missing leaves come
  // out in step-1 order by one scan instead of a sort: its leave's position, or UNPAIRED.
  const outcome = new Int32Array(n).fill(NOT_ARRIVE);
  const missingArrive: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = ordered[i] as Pairable;
    if (r.kind !== 'arrive' && r.kind !== 'leave') continue;
    let ofStaff = waiting.get(r.staff);
    if (ofStaff === undefined) {
      ofStaff = new Map();
      waiting.set(r.staff, ofStaff);
    }
    const arrive = ofStaff.get(r.client);
    if (r.kind === 'arrive') {
      if (arrive !== undefined) outcome[arrive] = UNPAIRED;
      ofStaff.set(r.client, i);
      continue;
    }
    if (arrive === undefined) {
      missingArrive.push(i);
      continue;
    }
    ofStaff.delete(r.client);
    if ((minutes[i] as number) - (minutes[arrive] as number) <= MAX_VISIT_MINUTES) {
      outcome[arrive] = i;
    } else {
      outcome[arrive] = UNPAIRED;
      missingArrive.push(i);
    }
  }
  for (const ofStaff of waiting.values()) for (const arrive of ofStaff.values()) outcome[arrive] = UNPAIRED;
  const arrives: number[] = [];
  const leaves: number[] = [];
  const missingLeave: number[] = [];
  for (let i = 0; i < n; i++) {
    const o = outcome[i] as number;
    if (o >= 0) {
      arrives.push(i);
      leaves.push(o);
    } else if (o === UNPAIRED) missingLeave.push(i);
  }
  return { arrives, leaves, missingLeave, missingArrive };
}

const NOT_ARRIVE = -2;
const UNPAIRED = -1;

/** `pairPositions` over registrations as objects in step-1 order. */
export function pairRegistrations(ordered: readonly OrderedRegistration[]): PairingResult {
  const p = pairPositions(ordered, ordered.map((o) => o.minute));
  const at = (i: number): OrderedRegistration => ordered[i] as OrderedRegistration;
  return {
    visits: p.arrives.map((a, k) => {
      const arrive = at(a);
      const leave = at(p.leaves[k] as number);
      return { arrive, leave, start: arrive.minute, end: leave.minute };
    }),
    missingLeave: p.missingLeave.map(at),
    missingArrive: p.missingArrive.map(at),
  };
}
