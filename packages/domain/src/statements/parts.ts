// Priced parts of a line: minutes or counts grouped by (price, band or area, category,
// rate), each part rounded once; listed per_hour, per_visit, per_month, then by band (or
// area), category and rate.

import type { Category, ServiceArea } from '../model/care-data.ts';
import { amountForMinutes, divRoundHalfUp } from '../money/rounding.ts';
import { compareIds } from '../registrations/ordering.ts';
import type { PerHourPart, PerMonthPart, PerVisitPart, StatementPart } from './types.ts';

/** Accumulates per-hour minutes (or per-visit counts) by band, category and rate. */
export class PartTally {
  private readonly byKey = new Map<string, { band: string; category: Category; rateOre: number; quantity: number }>();

  add(band: string, category: Category, rateOre: number, quantity: number): void {
    if (quantity === 0) return;
    const key = `${band}\u0000${category}\u0000${rateOre}`;
    const entry = this.byKey.get(key);
    if (entry === undefined) this.byKey.set(key, { band, category, rateOre, quantity });
    else entry.quantity += quantity;
  }

  get isEmpty(): boolean {
    return this.byKey.size === 0;
  }

  perHourParts(): PerHourPart[] {
    return [...this.byKey.values()].map((e) => ({
      price: 'per_hour',
      band: e.band,
      category: e.category,
      minutes: e.quantity,
      rateOre: e.rateOre,
      amountOre: amountForMinutes(e.quantity, e.rateOre),
    }));
  }

  perVisitParts(): PerVisitPart[] {
    return [...this.byKey.values()].map((e) => ({
      price: 'per_visit',
      band: e.band,
      category: e.category,
      count: e.quantity,
      rateOre: e.rateOre,
      amountOre: e.quantity * e.rateOre,
    }));
  }
}

/** Per-month amounts by area and rate; days of several orders are summed, rounded once. */
export class MonthlyTally {
  private readonly byKey = new Map<string, { area: ServiceArea; rateOre: number; days: number }>();

  add(area: ServiceArea, rateOre: number, days: number): void {
    const key = `${area}\u0000${rateOre}`;
    const entry = this.byKey.get(key);
    if (entry === undefined) this.byKey.set(key, { area, rateOre, days });
    else entry.days += days;
  }

  parts(daysInMonth: number): PerMonthPart[] {
    return [...this.byKey.values()].map((e) => ({
      price: 'per_month',
      area: e.area,
      days: e.days,
      rateOre: e.rateOre,
      amountOre: divRoundHalfUp(e.rateOre * e.days, daysInMonth),
    }));
  }
}

const PRICE_RANK = { per_hour: 0, per_visit: 1, per_month: 2 } as const;

function partName(p: StatementPart): string {
  return p.price === 'per_month' ? p.area : p.band;
}

function partCategory(p: StatementPart): string {
  return p.price === 'per_month' ? '' : p.category;
}

export function compareParts(a: StatementPart, b: StatementPart): number {
  return (
    PRICE_RANK[a.price] - PRICE_RANK[b.price] ||
    compareIds(partName(a), partName(b)) ||
    compareIds(partCategory(a), partCategory(b)) ||
    a.rateOre - b.rateOre
  );
}

export function sortParts(parts: StatementPart[]): StatementPart[] {
  return parts.sort(compareParts);
}

export function sumAmounts(items: readonly { amountOre: number }[]): number {
  let total = 0;
  for (const item of items) total += item.amountOre;
  return total;
}
