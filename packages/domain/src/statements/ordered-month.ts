// What a client's orders with one provider give in a month, in both models: ordered minutes
// (R-6, rounded per order), the `service` share of them (granted_time) and the per-month
// amounts (R-9; the rate in force on the order's first active day in the month).

import type { ProviderKind } from '../model/care-data.ts';
import type { MonthRange } from '../time/civil-days.ts';
import type { EngineContext } from './context.ts';
import { areasOf, orderedMinutes, proratedMinutes } from './orders.ts';
import { MonthlyTally } from './parts.ts';
import type { PerMonthPart } from './types.ts';

export interface OrderedMonth {
  orderedMinutes: number;
  /** Of `orderedMinutes`, those of area `service` (each order's share rounded on its own). */
  serviceMinutes: number;
  perMonthParts: PerMonthPart[];
}

export function orderedMonth(
  ctx: EngineContext,
  client: string,
  provider: string,
  providerKind: ProviderKind,
  month: MonthRange,
): OrderedMonth {
  const monthly = new MonthlyTally();
  let ordered = 0;
  let service = 0;
  for (const o of ctx.orders.inMonth(client, provider, month)) {
    ordered += orderedMinutes(o.order, o.activeDays, month.daysInMonth);
    const serviceHours = o.order.hoursPerMonth.service;
    if (serviceHours !== undefined) service += proratedMinutes(serviceHours, o.activeDays, month.daysInMonth);
    const date = ctx.clock.dateOfDay(o.firstActiveDay);
    for (const area of areasOf(o.order)) {
      const rateOre = ctx.rates.ore({ price: 'per_month', area, providerKind, date });
      if (rateOre !== undefined) monthly.add(area, rateOre, o.activeDays);
    }
  }
  return { orderedMinutes: ordered, serviceMinutes: service, perMonthParts: monthly.parts(month.daysInMonth) };
}
