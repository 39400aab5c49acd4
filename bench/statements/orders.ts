// Orders sized from each client's plan: granted hours = planned day-band hours of the month ÷
// the client's performed share, so performed time lands near the billed share of granted time
// and the few clients with a share above 1.1 run over the 110 % cap. A few orders end or begin
// inside the month, with visits on days they do not cover (`no_active_order`).
import type { Prng } from './prng.ts';
import type { ClientPlan, Slot } from './registry.ts';
import { daysIn, weekdayOf } from './zone.ts';

export interface OrderRow {
  id: string;
  client: string;
  provider: string;
  from: string;
  to: string | null;
  doubleStaffing: boolean;
  /** Area → hours per month, in the order's own listing order. */
  areas: [area: string, hours: number][];
}

/** Days of the month on which a client's visits happen (1-based, inclusive). */
export interface VisitDays {
  first: number;
  last: number;
}

export interface MonthOrders {
  orders: OrderRow[];
  visitDays: Map<string, VisitDays>;
}

const DAY_BAND_FROM = 7 * 60;
const DAY_BAND_TO = 22 * 60;

const isDayBand = (s: Slot): boolean => s.start >= DAY_BAND_FROM && s.start < DAY_BAND_TO;
const iso = (y: number, m: number, d: number): string =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

function plannedMinutes(slots: readonly Slot[], year: number, month: number, category: Slot['category']): number {
  let total = 0;
  for (let d = 1; d <= daysIn(year, month); d++) {
    const wd = weekdayOf(year, month, d);
    for (const s of slots) if (s.category === category && isDayBand(s) && s.days.includes(wd)) total += s.minutes;
  }
  return total;
}

const halfHours = (minutes: number): number => Math.max(0.5, Math.round(minutes / 30) / 2);

export function buildOrders(rng: Prng, clients: readonly ClientPlan[], year: number, month: number): MonthOrders {
  const last = daysIn(year, month);
  const orders: OrderRow[] = [];
  const visitDays = new Map<string, VisitDays>();
  for (const c of clients) {
    const areas: OrderRow['areas'] = [];
    const care = plannedMinutes(c.slots, year, month, 'care');
    const service = plannedMinutes(c.slots, year, month, 'service');
    if (care > 0) areas.push(['personal_care', halfHours(care / c.performedShare)]);
    if (service > 0) areas.push(['service', halfHours(service / c.performedShare)]);
    if (c.alarm) areas.push(['alarm', 0]);
    if (areas.length === 0) areas.push(['social', 2]);
    let from = iso(rng.int(2018, year - 1), rng.int(1, 12), rng.int(1, 28));
    let to: string | null = null;
    let days: VisitDays = { first: 1, last };
    const r = rng.next();
    if (r < 0.01) {
      // Ended inside the month (moved to a care home, say) but staff kept coming two days.
      const end = rng.int(5, last - 3);
      to = iso(year, month, end);
      days = { first: 1, last: end + 2 };
    } else if (r < 0.02) {
      // New client from a day of the month; one in ten got a visit the day before.
      const start = rng.int(3, last - 5);
      from = iso(year, month, start);
      days = { first: rng.chance(0.1) ? start - 1 : start, last };
    }
    orders.push({ id: `o${c.id.slice(1)}`, client: c.id, provider: c.provider, from, to, doubleStaffing: c.doubleStaffing, areas });
    visitDays.set(c.id, days);
  }
  return { orders, visitDays };
}
