// Step 1 and 2 of the month computation over all of a municipality's registrations: the
// effective registrations in step-1 order, visits, unpaired and declined registrations, each
// with its provider, local date and holds. Month-independent: overlap and double staffing
// look across month boundaries, so they are decided here once.

import type { Category, Registration } from '../model/care-data.ts';
import { effectiveRegistrations } from '../registrations/effective.ts';
import type { OrderedRegistration } from '../registrations/ordering.ts';
import { orderRegistrations } from '../registrations/ordering.ts';
import { pairRegistrations } from '../registrations/pairing.ts';
import type { EngineContext } from './context.ts';
import { categoryOf, providerOf } from './context.ts';
import type { HoldableVisit } from './holds.ts';
import { markDoubleStaffing, markOverlaps } from './holds.ts';

export interface VisitFacts extends HoldableVisit {
  arrive: OrderedRegistration;
  leave: OrderedRegistration;
  id: string;
  category: Category;
  /** Local day number of the arrival. */
  day: number;
  /** Band index at arrival (-1: none). */
  arrivalBand: number;
  perVisit: boolean;
}

export interface SingleFacts {
  reg: OrderedRegistration;
  provider: string;
  day: number;
}

export interface DeclinedFacts extends SingleFacts {
  noActiveOrder: boolean;
}

export interface CareAnalysis {
  /** Effective registrations in step-1 order; the next two arrays are indexed like it. */
  registrations: OrderedRegistration[];
  /** Provider of each registration (its staff member's). */
  providers: string[];
  /** Local day number of each registration. */
  days: Int32Array;
  /** In step-1 order of their arrive. */
  visits: VisitFacts[];
  /** In step-1 order. */
  declined: DeclinedFacts[];
  missingLeave: SingleFacts[];
  missingArrive: SingleFacts[];
}

export function analyseCare(ctx: EngineContext, registrations: readonly Registration[]): CareAnalysis {
  const ordered = orderRegistrations(effectiveRegistrations(registrations));
  // Plain arrays rather than an object per registration: two million of them are GC weight.
  const providers = ordered.map((reg) => ctx.staffProvider.get(reg.staff) ?? providerOf(ctx, reg.registration));
  const days = new Int32Array(ordered.length);
  ordered.forEach((reg, i) => {
    days[i] = ctx.clock.localDay(reg.minute);
  });
  const single = (reg: OrderedRegistration): SingleFacts => ({
    reg,
    provider: providers[reg.seq] ?? providerOf(ctx, reg.registration),
    day: days[reg.seq] ?? ctx.clock.localDay(reg.minute),
  });
  const pairing = pairRegistrations(ordered);
  const bandList = ctx.data.municipality.bands;

  const visits: VisitFacts[] = pairing.visits.map((p) => {
    const r = p.arrive;
    const { provider, day } = single(p.arrive);
    const order = ctx.orders.activeOn(r.client, provider, day);
    const arrivalBand = ctx.bands.bandAt(p.start);
    return {
      seq: p.arrive.seq,
      arrive: p.arrive,
      leave: p.leave,
      id: r.id,
      staff: r.staff,
      client: r.client,
      provider,
      category: categoryOf(r.registration),
      start: p.start,
      end: p.end,
      day,
      arrivalBand,
      perVisit: bandList[arrivalBand]?.price === 'per_visit',
      overlap: false,
      noActiveOrder: order === undefined,
      doubleStaffingAllowed: order?.doubleStaffing ?? false,
      doubleStaffingMinutes: 0,
    };
  });
  markOverlaps(visits);
  markDoubleStaffing(visits);

  const declined: DeclinedFacts[] = [];
  for (const reg of ordered) {
    if (reg.kind !== 'declined_at_door' && reg.kind !== 'declined_in_advance') continue;
    const r = reg.registration;
    const f = single(reg);
    declined.push({ ...f, noActiveOrder: ctx.orders.activeOn(r.client, f.provider, f.day) === undefined });
  }
  return {
    registrations: ordered,
    providers,
    days,
    visits,
    declined,
    missingLeave: pairing.missingLeave.map(single),
    missingArrive: pairing.missingArrive.map(single),
  };
}

/** A visit held whole: overlap, no active order, or a per-visit visit overlapping a colleague's. */
export function isHeldWhole(v: VisitFacts): boolean {
  return v.overlap || v.noActiveOrder || (v.perVisit && v.doubleStaffingMinutes > 0);
}
