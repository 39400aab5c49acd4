// Steps 2–4 for one client and provider in a month (model performed_time): report the holds,
// turn each visit into a per-visit item or per-hour pieces, each paid declined-at-door
// registration into a per-hour item in the default band, and hold back items with no
// rate (`missing_rate`).

import type { ProviderKind } from '../model/care-data.ts';
import { applyPercent } from '../money/rounding.ts';
import type { DeclinedFacts, VisitFacts } from './analysis.ts';
import type { HourPiece, WalkItem } from './cap-walk.ts';
import type { EngineContext } from './context.ts';
import { categoryOf } from './context.ts';
import type { ExceptionLog } from './exceptions.ts';
import { PartTally } from './parts.ts';
import { ruleOn } from './rules.ts';

export interface PricedItems {
  /** Per-hour items in step-1 order, for the cap walk. */
  walk: WalkItem[];
  perVisit: PartTally;
  perVisitCount: number;
  performedMinutes: number;
  declinedPaidMinutes: number;
}

interface Pricing {
  ctx: EngineContext;
  providerKind: ProviderKind;
  log: ExceptionLog;
}

function priceVisit(p: Pricing, v: VisitFacts, out: PricedItems): void {
  if (v.overlap) p.log.add('overlap', v.arrive, v.seq, v.start);
  if (v.noActiveOrder) p.log.add('no_active_order', v.arrive, v.seq, v.start);
  if (v.overlap || v.noActiveOrder) return;
  const { ctx } = p;
  const bands = ctx.data.municipality.bands;
  const date = ctx.clock.dateOfDay(v.day);
  if (v.perVisit) {
    if (v.doubleStaffingMinutes > 0) {
      p.log.addDoubleStaffing(v.arrive, v.seq, v.start, v.end - v.start);
      return;
    }
    const band = bands[v.arrivalBand]?.id ?? '';
    const rateOre = ctx.rates.ore({ price: 'per_visit', band, category: v.category, providerKind: p.providerKind, date });
    if (rateOre === undefined) {
      p.log.add('missing_rate', v.arrive, v.seq, v.start);
      return;
    }
    out.perVisit.add(band, v.category, rateOre, 1);
    out.perVisitCount += 1;
    return;
  }
  if (v.doubleStaffingMinutes > 0) p.log.addDoubleStaffing(v.arrive, v.seq, v.start, v.doubleStaffingMinutes);
  // The held minutes are the visit's first ones: those overlapping colleagues who came earlier.
  const segments = ctx.bands.split(v.start + v.doubleStaffingMinutes, v.end);
  const pieces: HourPiece[] = [];
  let minutes = 0;
  for (const s of segments) {
    // minutes in a per_visit band are paid at the per_hour band the visit began in.
    const bandIndex = bands[s.band]?.price === 'per_visit' ? v.arrivalBand : s.band;
    const band = bands[bandIndex]?.id;
    const rateOre =
      band === undefined
        ? undefined
        : ctx.rates.ore({ price: 'per_hour', band, category: v.category, providerKind: p.providerKind, date });
    if (band === undefined || rateOre === undefined) {
      p.log.add('missing_rate', v.arrive, v.seq, v.start);
      return;
    }
    pieces.push({ band, category: v.category, rateOre, minutes: s.minutes });
    minutes += s.minutes;
  }
  if (pieces.length > 0) out.walk.push({ seq: v.seq, pieces });
  out.performedMinutes += minutes;
}

function priceDeclined(p: Pricing, d: DeclinedFacts, out: PricedItems): void {
  if (d.noActiveOrder) {
    p.log.add('no_active_order', d.reg, d.seq, d.minute);
    return;
  }
  const r = d.reg;
  if (r.kind !== 'declined_at_door') return;
  const { ctx } = p;
  const date = ctx.clock.dateOfDay(d.day);
  const category = categoryOf(r);
  const percent = ruleOn(ctx.data.municipality.rules, date).declinedAtDoorPercent[category];
  const minutes = applyPercent(r.plannedMinutes ?? 0, percent);
  if (minutes <= 0) return;
  const band = ctx.data.municipality.defaultBand;
  const rateOre = ctx.rates.ore({ price: 'per_hour', band, category, providerKind: p.providerKind, date });
  if (rateOre === undefined) {
    p.log.add('missing_rate', d.reg, d.seq, d.minute);
    return;
  }
  out.walk.push({ seq: d.seq, pieces: [{ band, category, rateOre, minutes }] });
  out.declinedPaidMinutes += minutes;
}

/** Visits and declined registrations of one client, provider and month, each in step-1 order. */
export function priceItems(
  ctx: EngineContext,
  providerKind: ProviderKind,
  visits: readonly VisitFacts[],
  declined: readonly DeclinedFacts[],
  log: ExceptionLog,
): PricedItems {
  const out: PricedItems = { walk: [], perVisit: new PartTally(), perVisitCount: 0, performedMinutes: 0, declinedPaidMinutes: 0 };
  const p: Pricing = { ctx, providerKind, log };
  for (const v of visits) priceVisit(p, v, out);
  for (const d of declined) priceDeclined(p, d, out);
  out.walk.sort((a, b) => a.seq - b.seq);
  return out;
}
