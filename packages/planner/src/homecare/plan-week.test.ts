import { describe, expect, it } from 'vitest';
import { generateWeek } from './generate.ts';
import { distinctStaffPerClient, planWeek } from './plan-week.ts';
import { DEFAULT_WEIGHTS, TRAVEL_ONLY, type DayPlan } from './types.ts';

const mean = (m: Map<string, number>): number =>
  [...m.values()].reduce((a, b) => a + b, 0) / m.size;
const travel = (plans: DayPlan[]): number => plans.reduce((s, p) => s + p.travelMinutes, 0);

/** Share of the planned visits made by the client's contact person. */
function contactShare(week: ReturnType<typeof generateWeek>, plans: DayPlan[]): number {
  const contact = new Map((week[0]?.clients ?? []).map((c) => [c.id, c.contactPerson]));
  const stops = plans.flatMap((p) =>
    p.routes.flatMap((r) => r.stops.map((s) => contact.get(s.client) === r.staff)),
  );
  return stops.filter(Boolean).length / stops.length;
}

describe('planWeek', () => {
  it('lets clients meet fewer staff than a travel-only plan, at little extra travel', () => {
    const week = generateWeek({ clients: 10, staff: 6, days: 7, seed: 2026 });
    const options = { seed: 1, iterations: 24 };
    const travelOnly = planWeek(
      week.map((d) => ({ ...d, weights: TRAVEL_ONLY })),
      options,
    );
    const continuity = planWeek(
      week.map((d) => ({ ...d, weights: DEFAULT_WEIGHTS })),
      options,
    );
    const before = mean(distinctStaffPerClient(travelOnly));
    const after = mean(distinctStaffPerClient(continuity));
    expect(continuity.flatMap((p) => p.unassigned)).toEqual([]);
    expect(after).toBeLessThan(before - 0.5);
    expect(travel(continuity)).toBeLessThan(travel(travelOnly) * 1.5);
    expect(contactShare(week, continuity)).toBeGreaterThan(contactShare(week, travelOnly));
  }, 60_000);
});
