// Fee basis minutes: the union of a client's counted visits dated in M, or the
// client's ordered minutes of M summed over all its orders, rounded per order.

import { fractionOf, roundHalfUp } from './exact.ts';
import { daysInMonth } from './local-time.ts';
import type { JsonOrder } from './scenario-json.ts';
import type { RefVisit } from './visits.ts';

export function performedMinutes(visits: RefVisit[], client: string, month: string): number {
  const minutes = new Set<number>();
  for (const v of visits) {
    if (v.client !== client || !v.date.startsWith(`${month}-`)) continue;
    if (v.heldOverlap || v.heldNoOrder || v.heldWholeDouble) continue;
    for (let t = v.start; t < v.end; t++) minutes.add(t);
  }
  return minutes.size;
}

export function activeDaysIn(order: JsonOrder, month: string): number {
  let n = 0;
  for (let d = 1; d <= daysInMonth(month); d++) {
    const date = `${month}-${String(d).padStart(2, '0')}`;
    if (order.from <= date && (order.to === null || date <= order.to)) n++;
  }
  return n;
}

/** round(hours × 60 × activeDays / daysInMonth), hours of all areas summed exactly. */
export function orderedMinutes(order: JsonOrder, month: string): number {
  let num = 0n, den = 1n;
  for (const h of Object.values(order.hoursPerMonth)) {
    const f = fractionOf(h);
    num = num * f.den + f.num * den;
    den *= f.den;
  }
  return Number(roundHalfUp(num * 60n * BigInt(activeDaysIn(order, month)), den * BigInt(daysInMonth(month))));
}

export function grantedMinutes(orders: JsonOrder[], client: string, month: string): number {
  return orders.filter((o) => o.client === client).reduce((sum, o) => sum + orderedMinutes(o, month), 0);
}
