import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateWeek } from './generate.ts';
import { planDay } from './plan-day.ts';
import { travelMinutes } from './travel.ts';
import type { DayInput, DayPlan, Location } from './types.ts';

const EPS = 1e-6;

/** Every hard rule, checked from the input and the plan alone. */
function hardRuleBreaches(day: DayInput, plan: DayPlan): string[] {
  const out: string[] = [];
  const clients = new Map(day.clients.map((c) => [c.id, c]));
  const visits = new Map(day.visits.map((v) => [v.id, v]));
  const shifts = new Map(day.shifts.map((s) => [s.staff, s]));
  const placed = new Map<string, { staff: string; start: number }[]>();
  for (const route of plan.routes) {
    const shift = shifts.get(route.staff);
    if (!shift) {
      out.push(`unknown staff ${route.staff}`);
      continue;
    }
    let at: Location = shift.startAt;
    let free = route.leave;
    if (route.leave < shift.start - EPS) out.push(`${route.staff} leaves before the shift`);
    for (const stop of route.stops) {
      const v = visits.get(stop.visit);
      const client = v && clients.get(v.client);
      if (!v || !client) {
        out.push(`unknown visit ${stop.visit}`);
        continue;
      }
      const arrive = free + travelMinutes(day.travel, at, client.location);
      if (stop.start < arrive - EPS)
        out.push(`${stop.visit} starts before ${route.staff} can be there`);
      if (stop.start < v.earliest - EPS || stop.start > v.latest + EPS)
        out.push(`${stop.visit} starts outside its window`);
      if (Math.abs(stop.end - stop.start - v.durationMinutes) > EPS)
        out.push(`${stop.visit} is shortened`);
      if (!(v.requiredSkills ?? []).every((s) => shift.skills?.includes(s)))
        out.push(`${route.staff} lacks a skill for ${stop.visit}`);
      if (client.refusedStaff?.includes(route.staff))
        out.push(`${client.id} refused ${route.staff}`);
      placed.set(v.id, [...(placed.get(v.id) ?? []), { staff: route.staff, start: stop.start }]);
      free = stop.end;
      at = client.location;
    }
    const back = free + travelMinutes(day.travel, at, shift.endAt ?? shift.startAt);
    if (back > shift.end + EPS || route.back > shift.end + EPS)
      out.push(`${route.staff} is back after the shift`);
  }
  const unassigned = new Set(plan.unassigned.map((u) => u.visit));
  if (unassigned.size !== plan.unassigned.length) out.push('a visit is unassigned twice');
  for (const v of day.visits) {
    const at = placed.get(v.id) ?? [];
    if (unassigned.has(v.id)) {
      if (at.length > 0) out.push(`${v.id} is both planned and unassigned`);
      continue;
    }
    const staffCount = v.doubleStaffing ? 2 : 1;
    if (at.length !== staffCount)
      out.push(`${v.id} planned ${at.length} times, needs ${staffCount}`);
    if (v.doubleStaffing && at.length === 2) {
      const [a, b] = at as [{ staff: string; start: number }, { staff: string; start: number }];
      if (a.staff === b.staff) out.push(`${v.id}: one person on a double-staffed visit`);
      if (Math.abs(a.start - b.start) > EPS)
        out.push(`${v.id}: the two staff start at different times`);
    }
  }
  return out;
}

describe('planDay', () => {
  it('keeps every hard rule on random days', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 2, max: 9 }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
        (seed, clients, staff, refusals) => {
          const [generated] = generateWeek({ clients, staff, days: 1, seed });
          const day = generated as DayInput;
          // Some clients refuse some staff.
          day.clients = day.clients.map((c, i) => ({
            ...c,
            refusedStaff: day.shifts
              .filter((_, s) => refusals[(i * 4 + s) % 40] && (i + s) % 3 === 0)
              .map((s) => s.staff),
          }));
          const plan = planDay(day, { seed, iterations: 16 });
          expect(hardRuleBreaches(day, plan)).toEqual([]);
        },
      ),
      { numRuns: 12 },
    );
  }, 60_000);

  it('plans everything when there is room, two staff together on a double-staffed visit', () => {
    const [generated] = generateWeek({ clients: 12, staff: 5, days: 1, seed: 42 });
    const day = generated as DayInput;
    day.visits[0] = {
      ...(day.visits[0] as DayInput['visits'][number]),
      doubleStaffing: true,
      requiredSkills: [],
    };
    const plan = planDay(day, { seed: 1, iterations: 60 });
    expect(hardRuleBreaches(day, plan)).toEqual([]);
    expect(plan.unassigned).toEqual([]);
    const first = plan.routes.flatMap((r) => r.stops.filter((s) => s.visit === day.visits[0]?.id));
    expect(first).toHaveLength(2);
  }, 30_000);

  it('reports a visit that nobody qualified can make', () => {
    const [generated] = generateWeek({ clients: 3, staff: 2, days: 1, seed: 1 });
    const day = generated as DayInput;
    day.visits[0] = {
      ...(day.visits[0] as DayInput['visits'][number]),
      requiredSkills: ['wound_care'],
    };
    const plan = planDay(day, { iterations: 20 });
    expect(plan.unassigned).toContainEqual({
      visit: day.visits[0]?.id,
      reason: 'no_qualified_staff',
    });
  });

  it('uses the travel matrix the municipality provides', () => {
    const office: Location = { id: 'office', lat: 0, lon: 0 };
    const home: Location = { id: 'home', lat: 0, lon: 0 };
    const plan = planDay({
      date: '2026-03-02',
      clients: [{ id: 'c', location: home }],
      visits: [
        {
          id: 'v',
          client: 'c',
          earliest: 480,
          latest: 540,
          durationMinutes: 30,
          doubleStaffing: false,
        },
      ],
      shifts: [{ staff: 's', start: 420, end: 900, startAt: office }],
      travel: { kind: 'matrix', minutes: { office: { home: 25 }, home: { office: 35 } } },
    });
    expect(plan.travelMinutes).toBe(60);
    expect(plan.routes[0]?.stops[0]).toMatchObject({ visit: 'v', start: 480, travelMinutes: 25 });
    expect(plan.routes[0]?.leave).toBe(455);
  });
});
