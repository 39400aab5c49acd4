// What changes from a date: every price the statements would look up, on the day before and on
// the date itself, through the same rate selection and rule lookup the statements use (R-9,
// ), so the preview cannot disagree with what will be paid.

import type { Band, Category, ProviderKind, Rate, RatePrice, Rule, ServiceArea } from '../model/care-data.ts';
import { SERVICE_AREAS } from '../model/care-data.ts';
import { formatDayNumber, parseDate } from '../time/civil-days.ts';
import { selectRate } from '../statements/rates.ts';
import { ruleOn } from '../statements/rules.ts';

export interface PricePoint {
  price: RatePrice;
  /** The band of a per-hour or per-visit price; none for per-month. */
  band: string | null;
  category: Category;
  providerKind: ProviderKind;
  /** The service area of a per-month price; none otherwise. */
  area: ServiceArea | null;
  /** Öre on the day before the date, and from the date; null where no rate applies. */
  beforeOre: number | null;
  afterOre: number | null;
}

export interface ChangePreview {
  date: string;
  /** The day before `date`: what is in force until the change. */
  dayBefore: string;
  rule: { before: Rule; after: Rule; changed: boolean };
  prices: PricePoint[];
  /** How many prices differ. */
  changedPrices: number;
}

const CATEGORIES: readonly Category[] = ['care', 'service'];
const KINDS: readonly ProviderKind[] = ['municipal', 'private'];

function sameRule(a: Rule, b: Rule): boolean {
  return (
    a.capPercent === b.capPercent &&
    a.declinedAtDoorPercent.care === b.declinedAtDoorPercent.care &&
    a.declinedAtDoorPercent.service === b.declinedAtDoorPercent.service
  );
}

/**
 * Each price a visit or month could be charged at: every band at its own kind of price, every
 * category and provider kind, and per-month prices by area. Points no rate covers on either day
 * are left out.
 */
export function changePreview(bands: readonly Band[], rules: readonly Rule[], rates: readonly Rate[], date: string): ChangePreview {
  const dayBefore = formatDayNumber(parseDate(date) - 1);
  const prices: PricePoint[] = [];
  const add = (price: RatePrice, band: string | null, category: Category, providerKind: ProviderKind, area: ServiceArea | null) => {
    const q = { price, providerKind, category, band: band ?? undefined, area: area ?? undefined };
    const beforeOre = selectRate(rates, { ...q, date: dayBefore })?.ore ?? null;
    const afterOre = selectRate(rates, { ...q, date })?.ore ?? null;
    if (beforeOre !== null || afterOre !== null) prices.push({ price, band, category, providerKind, area, beforeOre, afterOre });
  };
  for (const band of bands) for (const c of CATEGORIES) for (const k of KINDS) add(band.price, band.id, c, k, null);
  for (const area of SERVICE_AREAS) for (const c of CATEGORIES) for (const k of KINDS) add('per_month', null, c, k, area);
  const before = ruleOn(rules, dayBefore);
  const after = ruleOn(rules, date);
  return {
    date,
    dayBefore,
    rule: { before, after, changed: !sameRule(before, after) },
    prices,
    changedPrices: prices.filter((p) => p.beforeOre !== p.afterOre).length,
  };
}
