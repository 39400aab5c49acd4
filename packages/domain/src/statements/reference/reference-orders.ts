// Reference implementation: orders active on a day, R-6 ordered minutes, per-month parts.

import type { Order, ServiceArea } from '../../model/care-data.ts';
import { fractionOf, roundProduct } from './reference-numbers.ts';
import { dayNumber, type MonthRange } from './reference-time.ts';

export function activeOn(order: Order, day: number): boolean {
  return dayNumber(order.from) <= day && (order.to === null || day <= dayNumber(order.to));
}

export function activeDays(order: Order, month: MonthRange): number {
  let n = 0;
  for (let d = month.first; d <= month.last; d++) if (activeOn(order, d)) n++;
  return n;
}

export function firstActiveDay(order: Order, month: MonthRange): number | undefined {
  for (let d = month.first; d <= month.last; d++) if (activeOn(order, d)) return d;
  return undefined;
}

/** R-6 for one order: round(Σhours × 60 × activeDays / daysInMonth). Hours may carry any
 *  decimals: they are summed exactly as fractions before the single rounding. */
export function orderMinutes(order: Order, month: MonthRange, areas?: readonly ServiceArea[]): number {
  let num = 0n;
  let den = 1n;
  for (const [area, hours] of Object.entries(order.hoursPerMonth)) {
    if (areas !== undefined && !areas.includes(area as ServiceArea)) continue;
    if (hours === undefined) continue;
    const f = fractionOf(hours);
    num = num * f.den + f.num * den;
    den *= f.den;
  }
  return roundProduct([{ num, den }, 60, activeDays(order, month)], month.days);
}

export function ordersOf(orders: readonly Order[], client: string, provider: string): Order[] {
  return orders.filter((o) => o.client === client && o.provider === provider);
}
