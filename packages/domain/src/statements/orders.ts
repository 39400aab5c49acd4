// Orders by client and provider: which one is active on a day, and R-6 ordered minutes.

import type { CareData, Order, ServiceArea } from '../model/care-data.ts';
import { exactDecimal, roundHalfUpExact, sumExact, type ExactDecimal } from '../money/decimal.ts';
import type { MonthRange } from '../time/civil-days.ts';
import { parseDate } from '../time/civil-days.ts';

export interface IndexedOrder {
  order: Order;
  firstDay: number;
  /** Inclusive; Infinity for an open-ended order. */
  lastDay: number;
}

export interface OrderInMonth extends IndexedOrder {
  activeDays: number;
  /** The first day of the month on which the order is active. */
  firstActiveDay: number;
}

export const clientProviderKey = (client: string, provider: string): string => `${client}\u0000${provider}`;

export class OrderIndex {
  // Client → provider → orders: nested maps spare a key string per look-up (one per visit).
  private readonly byClient = new Map<string, Map<string, IndexedOrder[]>>();
  readonly all: IndexedOrder[];

  constructor(orders: CareData['orders']) {
    this.all = orders.map((order) => ({
      order,
      firstDay: parseDate(order.from),
      lastDay: order.to === null ? Infinity : parseDate(order.to),
    }));
    for (const o of this.all) {
      let ofClient = this.byClient.get(o.order.client);
      if (ofClient === undefined) {
        ofClient = new Map();
        this.byClient.set(o.order.client, ofClient);
      }
      const list = ofClient.get(o.order.provider);
      if (list === undefined) ofClient.set(o.order.provider, [o]);
      else list.push(o);
    }
    for (const ofClient of this.byClient.values()) for (const list of ofClient.values()) list.sort((a, b) => a.firstDay - b.firstDay);
  }

  private ordersOf(client: string, provider: string): IndexedOrder[] | undefined {
    return this.byClient.get(client)?.get(provider);
  }

  /** The order of this client and provider active on the day (orders may not overlap). */
  activeOn(client: string, provider: string, dayNumber: number): Order | undefined {
    const list = this.ordersOf(client, provider);
    if (list === undefined) return undefined;
    for (const o of list) if (o.firstDay <= dayNumber && dayNumber <= o.lastDay) return o.order;
    return undefined;
  }

  /** The client's orders with the provider that are active on some day of the month. */
  inMonth(client: string, provider: string, month: MonthRange): OrderInMonth[] {
    const list = this.ordersOf(client, provider) ?? [];
    return list.flatMap((o) => {
      const inMonth = orderInMonth(o, month);
      return inMonth === undefined ? [] : [inMonth];
    });
  }
}

export function orderInMonth(o: IndexedOrder, month: MonthRange): OrderInMonth | undefined {
  const from = Math.max(o.firstDay, month.firstDay);
  const to = Math.min(o.lastDay, month.lastDay);
  if (from > to) return undefined;
  return { ...o, activeDays: to - from + 1, firstActiveDay: from };
}

/** round(hours × 60 × activeDays / daysInMonth), half up, exact for any decimal hours. */
export function proratedMinutes(hours: number, activeDays: number, daysInMonth: number): number {
  return prorate(exactDecimal(hours), activeDays, daysInMonth);
}

/** the order's granted hours of all areas summed (exactly), prorated, rounded once. */
export function orderedMinutes(order: Pick<Order, 'hoursPerMonth'>, activeDays: number, daysInMonth: number): number {
  return prorate(sumExact(Object.values(order.hoursPerMonth)), activeDays, daysInMonth);
}

function prorate(hours: ExactDecimal, activeDays: number, daysInMonth: number): number {
  return roundHalfUpExact(hours.units * 60n * BigInt(activeDays), hours.scale * BigInt(daysInMonth));
}

export function areasOf(order: Order): ServiceArea[] {
  return Object.keys(order.hoursPerMonth) as ServiceArea[];
}
