// Reference implementation of step 2: which visits and declined registrations are held back,
// with which reasons, and how many minutes of a visit unordered double staffing holds.

import type { Band, Order } from '../../model/care-data.ts';
import { bandAtMinute } from './reference-bands.ts';
import { activeOn } from './reference-orders.ts';
import type { OrderedRegistration, Paired, RefVisit } from './reference-registrations.ts';
import type { RefScenario } from './reference-scenario.ts';

export interface HeldVisit {
  visit: RefVisit;
  order: Order | undefined; // the active order of client+provider on the visit's date
  overlap: boolean;
  noOrder: boolean;
  arrivalBand: Band | undefined;
  perVisit: boolean; // arrives in a per_visit band
  /** Minutes held for unordered double staffing (each epoch minute), empty if none. */
  doubleStaffed: Set<number>;
}

export function activeOrder(s: RefScenario, client: string, provider: string, day: number): Order | undefined {
  return s.orders.find((o) => o.client === client && o.provider === provider && activeOn(o, day));
}

export function declinedHasOrder(s: RefScenario, d: OrderedRegistration): boolean {
  return activeOrder(s, d.reg.client, d.provider, d.day) !== undefined;
}

export function holdVisits(s: RefScenario, paired: Paired): HeldVisit[] {
  const m = s.municipality;
  const held: HeldVisit[] = paired.visits.map((visit) => {
    const arrivalBand = bandAtMinute(m.bands, m.timezone, visit.start, m.holidayEves);
    return {
      visit,
      order: activeOrder(s, visit.arrive.reg.client, visit.arrive.provider, visit.arrive.day),
      overlap: false,
      noOrder: false,
      arrivalBand,
      perVisit: arrivalBand?.price === 'per_visit',
      doubleStaffed: new Set<number>(),
    };
  });
  for (const h of held) h.noOrder = h.order === undefined;

  // Overlap: one staff member, two visits sharing at least one minute, any clients and months.
  for (const a of held) {
    for (const b of held) {
      if (a === b || a.visit.arrive.reg.staff !== b.visit.arrive.reg.staff) continue;
      if (Math.max(a.visit.start, b.visit.start) < Math.min(a.visit.end, b.visit.end)) a.overlap = true;
    }
  }

  // Double staffing: only visits with no other reason are examined.
  for (const v of held) {
    if (v.overlap || v.noOrder || v.order?.doubleStaffing !== false) continue;
    for (const w of held) {
      if (w.visit.arrive.pos >= v.visit.arrive.pos || w.overlap || w.noOrder) continue;
      if (w.visit.arrive.reg.staff === v.visit.arrive.reg.staff) continue;
      if (w.visit.arrive.provider !== v.visit.arrive.provider || w.visit.arrive.reg.client !== v.visit.arrive.reg.client) continue;
      for (let t = Math.max(v.visit.start, w.visit.start); t < Math.min(v.visit.end, w.visit.end); t++) v.doubleStaffed.add(t);
    }
  }
  return held;
}

/** Minutes held for double staffing as the exception reports them. */
export function heldDoubleStaffingMinutes(h: HeldVisit): number {
  if (h.doubleStaffed.size === 0) return 0;
  return h.perVisit ? h.visit.end - h.visit.start : h.doubleStaffed.size;
}
