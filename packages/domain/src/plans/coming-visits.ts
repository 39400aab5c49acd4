// The recurring visits of a client's plans laid out on calendar days: what the client's own view
// shows as "coming visits". The same rules as the provider's day plan: an accepted order and a
// plan both in force on the day, and the visit's weekday.

import type { Weekday } from '../model/care-data.ts';

export interface PlanInForce<V> {
  /** The order's and the plan's periods, inclusive; null: open-ended. */
  orderFrom: string;
  orderTo: string | null;
  planFrom: string;
  planTo: string | null;
  visits: readonly V[];
}

const WEEKDAY_OF_UTC_DAY: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const within = (day: string, from: string, to: string | null): boolean => from <= day && (to === null || day <= to);

/** Each planned visit on each of `days` days from `first`, by day then window start. */
export function visitsOnDays<V extends { weekdays: readonly string[]; windowFrom: string }>(
  plans: readonly PlanInForce<V>[],
  first: string,
  days: number,
): { date: string; visit: V }[] {
  const out: { date: string; visit: V }[] = [];
  for (let i = 0; i < days; i++) {
    const date = addDays(first, i);
    const weekday = WEEKDAY_OF_UTC_DAY[new Date(`${date}T12:00:00Z`).getUTCDay()]!;
    const ofDay = plans
      .filter((p) => within(date, p.orderFrom, p.orderTo) && within(date, p.planFrom, p.planTo))
      .flatMap((p) => p.visits.filter((v) => v.weekdays.includes(weekday)));
    ofDay.sort((a, b) => a.windowFrom.localeCompare(b.windowFrom));
    out.push(...ofDay.map((visit) => ({ date, visit })));
  }
  return out;
}
