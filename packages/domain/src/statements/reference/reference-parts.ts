// Reference implementation of step 6: grouping priced minutes into parts, rounding once per
// part (R-13), and the parts' listing order.

import type { Category, ServiceArea } from '../../model/care-data.ts';
import { roundProduct } from './reference-numbers.ts';

export type RefPart =
  | { price: 'per_hour'; band: string; category: Category; minutes: number; rateOre: number; amountOre: number }
  | { price: 'per_visit'; band: string; category: Category; count: number; rateOre: number; amountOre: number }
  | { price: 'per_month'; area: ServiceArea; days: number; rateOre: number; amountOre: number };

/** One priced minute (or per-visit unit) before grouping. */
export interface PricedMinute {
  band: string;
  category: Category;
  rateOre: number;
}

export function perHourParts(minutes: readonly PricedMinute[]): RefPart[] {
  const groups = new Map<string, { band: string; category: Category; rateOre: number; minutes: number }>();
  for (const m of minutes) {
    const key = `${m.band}\u0000${m.category}\u0000${m.rateOre}`;
    const g = groups.get(key) ?? { band: m.band, category: m.category, rateOre: m.rateOre, minutes: 0 };
    g.minutes++;
    groups.set(key, g);
  }
  return [...groups.values()].map((g) => ({
    price: 'per_hour',
    band: g.band,
    category: g.category,
    minutes: g.minutes,
    rateOre: g.rateOre,
    amountOre: roundProduct([g.minutes, g.rateOre], 60),
  }));
}

export function perVisitParts(visits: readonly PricedMinute[]): RefPart[] {
  const groups = new Map<string, { band: string; category: Category; rateOre: number; count: number }>();
  for (const v of visits) {
    const key = `${v.band}\u0000${v.category}\u0000${v.rateOre}`;
    const g = groups.get(key) ?? { band: v.band, category: v.category, rateOre: v.rateOre, count: 0 };
    g.count++;
    groups.set(key, g);
  }
  return [...groups.values()].map((g) => ({
    price: 'per_visit',
    band: g.band,
    category: g.category,
    count: g.count,
    rateOre: g.rateOre,
    amountOre: g.count * g.rateOre,
  }));
}

const PRICE_ORDER = { per_hour: 0, per_visit: 1, per_month: 2 } as const;

function cmp(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** "Parts are listed per_hour, per_visit, per_month, then by band (or area), category and rate." */
export function sortParts(parts: RefPart[]): RefPart[] {
  return [...parts].sort((a, b) => {
    const byPrice = PRICE_ORDER[a.price] - PRICE_ORDER[b.price];
    if (byPrice !== 0) return byPrice;
    const keyA = a.price === 'per_month' ? a.area : a.band;
    const keyB = b.price === 'per_month' ? b.area : b.band;
    const catA = a.price === 'per_month' ? '' : a.category;
    const catB = b.price === 'per_month' ? '' : b.category;
    return cmp(keyA, keyB) || cmp(catA, catB) || cmp(a.rateOre, b.rateOre);
  });
}
