// Reference implementation of the granted_time model for one provider, client and month.

import type { Category, ProviderKind } from '../../model/care-data.ts';
import { orderMinutes, ordersOf } from './reference-orders.ts';
import { sortParts, type RefPart } from './reference-parts.ts';
import { perMonthParts } from './reference-per-month.ts';
import { roundProduct } from './reference-numbers.ts';
import { selectRateRef } from './reference-rates.ts';
import { categoryOf, type RefScenario } from './reference-scenario.ts';
import { dateOfDay, type MonthRange } from './reference-time.ts';

export interface GrantedResult {
  orderedMinutes: number;
  deviationMinutes: number;
  payableMinutes: number;
  parts: RefPart[];
}

export function grantedLine(s: RefScenario, provider: string, kind: ProviderKind, client: string, month: string, range: MonthRange): GrantedResult {
  const orders = ordersOf(s.orders, client, provider);
  const byCategory: Record<Category, number> = { care: 0, service: 0 };
  let orderedMinutes = 0;
  for (const order of orders) {
    const total = orderMinutes(order, range);
    const service = orderMinutes(order, range, ['service']);
    orderedMinutes += total;
    byCategory.service += service;
    byCategory.care += total - service;
  }
  let deviationMinutes = 0;
  for (const d of s.deviations) {
    if (d.provider !== provider || d.client !== client || d.month !== month || d.status !== 'approved') continue;
    deviationMinutes += d.minutes;
    byCategory[categoryOf(d)] += d.minutes;
  }
  const parts: RefPart[] = [];
  let payableMinutes = 0;
  const first = dateOfDay(range.first);
  for (const category of ['care', 'service'] as const) {
    const minutes = Math.max(0, byCategory[category]);
    payableMinutes += minutes;
    if (minutes === 0) continue;
    const band = s.municipality.defaultBand;
    const rate = selectRateRef(s.municipality.rates, { price: 'per_hour', date: first, providerKind: kind, band, category });
    if (rate === undefined) continue;
    parts.push({ price: 'per_hour', band, category, minutes, rateOre: rate.ore, amountOre: roundProduct([minutes, rate.ore], 60) });
  }
  parts.push(...perMonthParts(s, orders, kind, range));
  return { orderedMinutes, deviationMinutes, payableMinutes, parts: sortParts(parts) };
}
