// Reference implementation of the performed_time model (steps 2–6) for one provider, client
// and month: exceptions, per-visit and per-hour items, the cap walk and the parts.

import type { ProviderKind } from '../../model/care-data.ts';
import { bandAtMinute } from './reference-bands.ts';
import { declinedHasOrder, heldDoubleStaffingMinutes, type HeldVisit } from './reference-holds.ts';
import { roundProduct } from './reference-numbers.ts';
import { ordersOf, orderMinutes } from './reference-orders.ts';
import { perHourParts, perVisitParts, sortParts, type PricedMinute, type RefPart } from './reference-parts.ts';
import { perMonthParts } from './reference-per-month.ts';
import { ruleOnRef, selectRateRef } from './reference-rates.ts';
import type { OrderedRegistration, Paired } from './reference-registrations.ts';
import { categoryOf, type RefScenario } from './reference-scenario.ts';
import { dateOfDay, formatLocal, type MonthRange } from './reference-time.ts';

export interface RefException {
  pos: number; // step-1 place of the registration (a visit's: its arrive's)
  rank: number; // order of several exceptions of one visit
  value: Record<string, unknown>;
}

export interface PerformedResult {
  orderedMinutes: number;
  capMinutes: number;
  performedMinutes: number;
  declinedPaidMinutes: number;
  payableMinutes: number;
  excessMinutes: number;
  perVisitCount: number;
  parts: RefPart[];
  excessParts: RefPart[];
  exceptions: RefException[];
}

const RANK = { missing_leave: 0, missing_arrive: 0, overlap: 0, no_active_order: 1, unordered_double_staffing: 2, missing_rate: 3 };

function exception(s: RefScenario, type: keyof typeof RANK, reg: OrderedRegistration, extra?: { minutes: number }): RefException {
  const value: Record<string, unknown> = { type, client: reg.reg.client, staff: reg.reg.staff, registration: reg.reg.id };
  if (extra) value.minutes = extra.minutes;
  value.at = formatLocal(s.municipality.timezone, reg.minute);
  return { pos: reg.pos, rank: RANK[type], value };
}

interface HourItem {
  pos: number;
  minutes: PricedMinute[]; // in time order
  fromVisit: boolean;
}

export function performedLine(
  s: RefScenario,
  paired: Paired,
  held: readonly HeldVisit[],
  provider: string,
  kind: ProviderKind,
  client: string,
  month: MonthRange,
): PerformedResult {
  const m = s.municipality;
  const inMonth = (r: OrderedRegistration) => r.provider === provider && r.reg.client === client && r.day >= month.first && r.day <= month.last;
  const exceptions: RefException[] = [];
  const hourItems: HourItem[] = [];
  const perVisit: PricedMinute[] = [];

  for (const r of paired.missingLeave.filter(inMonth)) exceptions.push(exception(s, 'missing_leave', r));
  for (const r of paired.missingArrive.filter(inMonth)) exceptions.push(exception(s, 'missing_arrive', r));

  for (const h of held.filter((x) => inMonth(x.visit.arrive))) {
    const arrive = h.visit.arrive;
    if (h.overlap) exceptions.push(exception(s, 'overlap', arrive));
    if (h.noOrder) exceptions.push(exception(s, 'no_active_order', arrive));
    if (h.overlap || h.noOrder) continue;
    const heldMinutes = heldDoubleStaffingMinutes(h);
    if (heldMinutes > 0) exceptions.push(exception(s, 'unordered_double_staffing', arrive, { minutes: heldMinutes }));
    const category = categoryOf(arrive.reg);
    const date = dateOfDay(arrive.day);
    if (h.perVisit) {
      if (heldMinutes > 0) continue; // held whole
      const band = h.arrivalBand?.id ?? '?';
      const rate = selectRateRef(m.rates, { price: 'per_visit', date, providerKind: kind, band, category });
      if (rate === undefined) exceptions.push(exception(s, 'missing_rate', arrive));
      else perVisit.push({ band, category, rateOre: rate.ore });
      continue;
    }
    // Per-hour: the remaining minutes by band; per_visit-band minutes take the arrival's band.
    const minutes: PricedMinute[] = [];
    let missing = false;
    for (let t = h.visit.start; t < h.visit.end; t++) {
      if (h.doubleStaffed.has(t)) continue;
      let band = bandAtMinute(m.bands, m.timezone, t, m.holidayEves);
      if (band?.price === 'per_visit') band = h.arrivalBand;
      const rate = band && selectRateRef(m.rates, { price: 'per_hour', date, providerKind: kind, band: band.id, category });
      if (band === undefined || rate === undefined) missing = true;
      else minutes.push({ band: band.id, category, rateOre: rate.ore });
    }
    if (missing) exceptions.push(exception(s, 'missing_rate', arrive));
    else hourItems.push({ pos: arrive.pos, minutes, fromVisit: true });
  }

  for (const d of paired.declined.filter(inMonth)) {
    if (!declinedHasOrder(s, d)) {
      exceptions.push(exception(s, 'no_active_order', d));
      continue;
    }
    if (d.reg.kind !== 'declined_at_door') continue;
    const date = dateOfDay(d.day);
    const category = categoryOf(d.reg);
    const percent = ruleOnRef(m.rules, date).declinedAtDoorPercent[category];
    const paid = roundProduct([d.reg.plannedMinutes ?? 0, percent], 100);
    if (paid === 0) continue;
    const rate = selectRateRef(m.rates, { price: 'per_hour', date, providerKind: kind, band: m.defaultBand, category });
    if (rate === undefined) {
      exceptions.push(exception(s, 'missing_rate', d));
      continue;
    }
    const minutes = Array.from({ length: paid }, () => ({ band: m.defaultBand, category, rateOre: rate.ore }));
    hourItems.push({ pos: d.pos, minutes, fromVisit: false });
  }

  // Step 5: the cap walk over per-hour items in step-1 order.
  const orders = ordersOf(s.orders, client, provider);
  const orderedMinutes = orders.reduce((sum, o) => sum + orderMinutes(o, month), 0);
  const capPercent = ruleOnRef(m.rules, dateOfDay(month.first)).capPercent;
  const capMinutes = roundProduct([orderedMinutes, capPercent], 100);
  hourItems.sort((a, b) => a.pos - b.pos);
  const payable: PricedMinute[] = [];
  const excess: PricedMinute[] = [];
  let performedMinutes = 0;
  let declinedPaidMinutes = 0;
  for (const item of hourItems) {
    if (item.fromVisit) performedMinutes += item.minutes.length;
    else declinedPaidMinutes += item.minutes.length;
    for (const minute of item.minutes) (payable.length < capMinutes ? payable : excess).push(minute);
  }

  const parts = sortParts([...perHourParts(payable), ...perVisitParts(perVisit), ...perMonthParts(s, orders, kind, month)]);
  return {
    orderedMinutes,
    capMinutes,
    performedMinutes,
    declinedPaidMinutes,
    payableMinutes: payable.length,
    excessMinutes: excess.length,
    perVisitCount: perVisit.length,
    parts,
    excessParts: perHourParts(excess),
    exceptions,
  };
}
