import { planDay } from './plan-day.ts';
import type { DayInput, DayPlan, PlanOptions } from './types.ts';

// A week is planned day by day, each day knowing whom each client has met on the days before,
// so that the continuity costs steer towards the same few faces.

export function planWeek(
  days: readonly Omit<DayInput, 'metBefore'>[],
  options: PlanOptions = {},
): DayPlan[] {
  const met = new Map<string, Set<string>>();
  return days.map((day) => {
    const metBefore = Object.fromEntries([...met].map(([client, staff]) => [client, [...staff]]));
    const plan = planDay({ ...day, metBefore }, options);
    const clientOf = new Map(day.visits.map((v) => [v.id, v.client]));
    for (const route of plan.routes) {
      for (const stop of route.stops) {
        const client = clientOf.get(stop.visit) as string;
        met.set(client, (met.get(client) ?? new Set()).add(route.staff));
      }
    }
    return plan;
  });
}

/** Number of distinct staff each client met over the plans. */
export function distinctStaffPerClient(plans: readonly DayPlan[]): Map<string, number> {
  const met = new Map<string, Set<string>>();
  for (const plan of plans) {
    for (const route of plan.routes) {
      for (const stop of route.stops)
        met.set(stop.client, (met.get(stop.client) ?? new Set()).add(route.staff));
    }
  }
  return new Map([...met].map(([client, staff]) => [client, staff.size]));
}
