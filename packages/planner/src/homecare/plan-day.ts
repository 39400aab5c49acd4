import { solve, type SolveOptions } from '../vrptw/hgs.ts';
import { buildDayProblem, type DayProblem, type WindowOverrides } from './build.ts';
import { makeFeasible, timeRoute } from './schedule.ts';
import type { DayInput, DayPlan, PlanOptions } from './types.ts';

const DEFAULT_ITERATIONS = 1_000;

/**
 * Plans one day: which staff member makes which visit, in which order and when. Minimises travel
 * plus the continuity costs of `day.weights`; keeps every hard rule (agreed windows, shifts,
 * skills, refusals, two different staff starting together on a double-staffed visit) and reports
 * the visits it could not fit as unassigned. Pure and deterministic for a seed and an iteration
 * budget (a time limit, when given, may stop it earlier).
 */
export function planDay(day: DayInput, options: PlanOptions = {}): DayPlan {
  const budget = splitBudget(options);
  // First pass: the agreed windows. Two staff on one visit each get their own start time.
  const first = buildDayProblem(day);
  let routes = solve(first.problem, budget[0]).routes;
  let final: DayProblem = first;
  const overrides = synchronisedStarts(first, routes);
  if (overrides.size > 0) {
    // Second pass: each double-staffed visit pinned to the later of its two start times, so
    // that both arrive for the same start; the first plan is where the search begins.
    final = buildDayProblem(day, overrides);
    routes = solve(final.problem, { ...budget[1], initial: [routes] }).routes;
  }
  const removed = makeFeasible(final.problem, final.copies, routes);
  const staffRoutes = routes.map((nodes, r) => {
    const timed = timeRoute(final.problem, final.copies, r, nodes);
    return { staff: (day.shifts[r] as { staff: string }).staff, ...timed };
  });
  return {
    date: day.date,
    routes: staffRoutes,
    unassigned: [
      ...final.unqualified.map((v) => ({ visit: v.id, reason: 'no_qualified_staff' as const })),
      ...[...removed].map((id) => ({ visit: id, reason: 'no_room' as const })),
    ],
    travelMinutes: staffRoutes.reduce((sum, r) => sum + r.travelMinutes, 0),
  };
}

function splitBudget(o: PlanOptions): [SolveOptions, SolveOptions] {
  const half = (x: number | undefined): number | undefined =>
    x === undefined ? undefined : Math.max(1, Math.floor(x / 2));
  const iterations = o.iterations ?? (o.timeLimitMs === undefined ? DEFAULT_ITERATIONS : undefined);
  const part: SolveOptions = { seed: o.seed ?? 1 };
  const h = half(iterations);
  if (h !== undefined) part.iterations = h;
  const t = half(o.timeLimitMs);
  if (t !== undefined) part.timeLimitMs = t;
  return [part, { ...part, seed: (o.seed ?? 1) + 1 }];
}

/** For each double-staffed visit placed with two staff, the later of their two start times. */
function synchronisedStarts(d: DayProblem, routes: number[][]): WindowOverrides {
  const starts = new Map<string, number[]>();
  routes.forEach((nodes, r) => {
    const timed = timeRoute(d.problem, d.copies, r, nodes);
    nodes.forEach((node, i) => {
      const copy = d.copies[node - 1];
      if (!copy?.visit.doubleStaffing) return;
      const list = starts.get(copy.visit.id) ?? [];
      list.push((timed.stops[i] as { start: number }).start);
      starts.set(copy.visit.id, list);
    });
  });
  const overrides = new Map<string, { earliest: number; latest: number }>();
  for (const c of d.copies) {
    const list = starts.get(c.visit.id);
    if (!list || list.length !== 2 || overrides.has(c.visit.id)) continue;
    const t = Math.min(Math.max(...list), c.visit.latest);
    overrides.set(c.visit.id, { earliest: t, latest: t });
  }
  return overrides;
}
