// Reference implementation: per_month parts of a client's orders with one provider (step 6):
// each order area present in hoursPerMonth (even at 0 hours), rate on the order's first active
// day of M, same area and rate merged with days summed and rounded once.

import type { Order, ProviderKind, ServiceArea } from '../../model/care-data.ts';
import { roundProduct } from './reference-numbers.ts';
import type { RefPart } from './reference-parts.ts';
import { activeDays, firstActiveDay } from './reference-orders.ts';
import { selectRateRef } from './reference-rates.ts';
import type { RefScenario } from './reference-scenario.ts';
import { dateOfDay, type MonthRange } from './reference-time.ts';

export function perMonthParts(s: RefScenario, orders: readonly Order[], kind: ProviderKind, month: MonthRange): RefPart[] {
  const groups = new Map<string, { area: ServiceArea; rateOre: number; days: number }>();
  for (const order of orders) {
    const first = firstActiveDay(order, month);
    if (first === undefined) continue;
    const days = activeDays(order, month);
    for (const area of Object.keys(order.hoursPerMonth) as ServiceArea[]) {
      if (order.hoursPerMonth[area] === undefined) continue;
      const rate = selectRateRef(s.municipality.rates, { price: 'per_month', date: dateOfDay(first), providerKind: kind, area });
      if (rate === undefined) continue;
      const key = `${area}\u0000${rate.ore}`;
      const g = groups.get(key) ?? { area, rateOre: rate.ore, days: 0 };
      g.days += days;
      groups.set(key, g);
    }
  }
  return [...groups.values()].map((g) => ({
    price: 'per_month',
    area: g.area,
    days: g.days,
    rateOre: g.rateOre,
    amountOre: roundProduct([g.rateOre, g.days], month.days),
  }));
}
