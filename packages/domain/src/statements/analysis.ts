// Step 1 and 2 of the month computation over all of a municipality's registrations: the
// effective registrations in step-1 order, visits, unpaired and declined registrations, each
// with its provider, local date and holds. Month-independent: overlap and double staffing
// look across month boundaries, so they are decided here once.

import type { Category, Registration } from '../model/care-data.ts';
import { effectiveRegistrations } from '../registrations/effective.ts';
import { stepOneRegistrations } from '../registrations/ordering.ts';
import { pairPositions } from '../registrations/pairing.ts';
import type { EngineContext } from './context.ts';
import { categoryOf, providerOf } from './context.ts';
import type { HoldableVisit } from './holds.ts';
import { markDoubleStaffing, markOverlaps } from './holds.ts';

export interface VisitFacts extends HoldableVisit {
  /** `seq` is the arrive's position in step-1 order, `start` its minute. */
  arrive: Registration;
  leave: Registration;
  id: string;
  category: Category;
  /** Local day number of the arrival. */
  day: number;
  /** Band index at arrival (-1: none). */
  arrivalBand: number;
  perVisit: boolean;
}

export interface SingleFacts {
  reg: Registration;
  /** Position in step-1 order. */
  seq: number;
  /** Epoch minute. */
  minute: number;
  provider: string;
  day: number;
}

export interface DeclinedFacts extends SingleFacts {
  noActiveOrder: boolean;
}

export interface CareAnalysis {
  /** Effective registrations in step-1 order (a registration's `seq` is its position); the next arrays are indexed like it. */
  registrations: Registration[];
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
  const { registrations: ordered, minutes } = stepOneRegistrations(effectiveRegistrations(registrations));
  const n = ordered.length;
  // Arrays by position rather than an object per registration: two million of them are GC weight.
  const providers = new Array<string>(n);
  const days = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const r = ordered[i] as Registration;
    providers[i] = ctx.staffProvider.get(r.staff) ?? providerOf(ctx, r);
    days[i] = ctx.clock.localDay(minutes[i] as number);
  }
  const single = (i: number): SingleFacts => ({
    reg: ordered[i] as Registration,
    seq: i,
    minute: minutes[i] as number,
    provider: providers[i] as string,
    day: days[i] as number,
  });
  const pairing = pairPositions(ordered, minutes);
  const bandList = ctx.data.municipality.bands;

  const visits: VisitFacts[] = pairing.arrives.map((a, k) => {
    const r = ordered[a] as Registration;
    const leave = pairing.leaves[k] as number;
    const provider = providers[a] as string;
    const day = days[a] as number;
    const start = minutes[a] as number;
    const order = ctx.orders.activeOn(r.client, provider, day);
    const arrivalBand = ctx.bands.bandAt(start);
    return {
      seq: a,
      arrive: r,
      leave: ordered[leave] as Registration,
      id: r.id,
      staff: r.staff,
      client: r.client,
      provider,
      category: categoryOf(r),
      start,
      end: minutes[leave] as number,
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
  for (let i = 0; i < n; i++) {
    const r = ordered[i] as Registration;
    if (r.kind !== 'declined_at_door' && r.kind !== 'declined_in_advance') continue;
    const f = single(i);
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
