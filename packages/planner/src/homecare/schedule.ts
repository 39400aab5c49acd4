import type { Problem } from '../vrptw/problem.ts';
import type { Copy } from './build.ts';
import type { Stop } from './types.ts';

// Turns routes of nodes into timed stops, and makes a plan that breaks a hard rule into one that
// keeps them all by leaving visits unassigned, one at a time, the first offending visit first.

const SLACK = 1e-6;

export interface TimedRoute {
  stops: Stop[];
  leave: number;
  back: number;
  travelMinutes: number;
}

export function timeRoute(
  p: Problem,
  copies: readonly Copy[],
  r: number,
  nodes: readonly number[],
): TimedRoute {
  const spec = p.routes[r];
  if (!spec) throw new Error(`no route ${r}`);
  const N = p.nodes;
  const stops: Stop[] = [];
  let at = spec.start;
  let t = spec.earliest;
  let travel = 0;
  let leave = spec.earliest;
  for (const node of nodes) {
    const leg = p.time[at * N + node] as number;
    const start = Math.max(t + leg, p.ready[node] as number);
    // Leave as late as the first visit allows rather than wait at the client's door.
    if (stops.length === 0) leave = Math.max(spec.earliest, start - leg);
    const copy = copies[node - 1] as Copy;
    stops.push({
      visit: copy.visit.id,
      client: copy.visit.client,
      start,
      end: start + (p.service[node] as number),
      travelMinutes: leg,
    });
    travel += leg;
    t = start + (p.service[node] as number);
    at = node;
  }
  const home = p.time[at * N + spec.end] as number;
  return { stops, leave, back: t + home, travelMinutes: travel + home };
}

/** Removes offending visits until every route keeps every rule; returns the removed visit ids. */
export function makeFeasible(p: Problem, copies: readonly Copy[], routes: number[][]): Set<string> {
  const removed = new Set<string>();
  for (;;) {
    const offender = findOffender(p, copies, routes);
    if (offender === null) return removed;
    removed.add(offender);
    for (let r = 0; r < routes.length; r++) {
      routes[r] = (routes[r] as number[]).filter(
        (node) => (copies[node - 1] as Copy).visit.id !== offender,
      );
    }
  }
}

function findOffender(
  p: Problem,
  copies: readonly Copy[],
  routes: readonly number[][],
): string | null {
  const R = p.routes.length;
  const x = p.extra;
  const placed = new Map<string, number>();
  for (let r = 0; r < R; r++) {
    const nodes = routes[r] ?? [];
    for (const node of nodes) {
      const id = (copies[node - 1] as Copy).visit.id;
      if (x && x.allowed[node * R + r] === 0) return id;
      if (placed.get(id) === r) return id; // both halves of a double visit with one person
      placed.set(id, r);
    }
    const timed = timeRoute(p, copies, r, nodes);
    const late = timed.stops.findIndex(
      (s, i) => s.start > (p.due[nodes[i] as number] as number) + SLACK,
    );
    if (late >= 0) return (timed.stops[late] as Stop).visit;
    if (timed.back > (p.routes[r]?.latest ?? Infinity) + SLACK)
      return (timed.stops[timed.stops.length - 1] as Stop).visit;
  }
  // A double visit needs both halves placed.
  for (const c of copies) {
    if (
      c.visit.doubleStaffing &&
      placed.has(c.visit.id) &&
      !routes.some(
        (r, i) =>
          i !== placed.get(c.visit.id) &&
          r.some((n) => (copies[n - 1] as Copy).visit.id === c.visit.id),
      )
    ) {
      return c.visit.id;
    }
  }
  return null;
}
