import type { Penalties } from './composer.ts';
import { VIOLATION_COST, type Problem } from './problem.ts';

// A complete solution as the genetic search keeps it: the routes, the customers in one sequence
// (the "giant tour" that crossover works on), the parts of its cost, and each customer's
// neighbours in the solution for the broken-pairs distance that measures diversity.

export interface Individual {
  routes: number[][];
  tour: number[];
  distance: number;
  excessLoad: number;
  timeWarp: number;
  /** Assignment costs plus violated side constraints (home care); 0 for plain VRPTW. */
  extraCost: number;
  feasible: boolean;
  /** Successor and predecessor of each customer; 0 marks a route's start or end. */
  succ: Int32Array;
  pred: Int32Array;
  /** Other members of the population ordered by distance to this one. */
  near: { d: number; other: Individual }[];
  /** Biased fitness in its subpopulation (lower is better), set by the population. */
  fitness: number;
}

export function makeIndividual(p: Problem, routes: number[][]): Individual {
  const N = p.nodes;
  const R = p.routes.length;
  const succ = new Int32Array(p.n + 1);
  const pred = new Int32Array(p.n + 1);
  let distance = 0;
  let excessLoad = 0;
  let timeWarp = 0;
  let extraCost = 0;
  let violations = 0;
  routes.forEach((customers, r) => {
    const spec = p.routes[r];
    if (!spec) throw new Error(`more routes than vehicles (${routes.length} > ${R})`);
    let time = spec.earliest;
    let prev = spec.start;
    let load = 0;
    const seen = new Set<number>();
    const visit = (c: number, isEnd: boolean): void => {
      distance += p.dist[prev * N + c] as number;
      time += p.time[prev * N + c] as number;
      const ready = isEnd ? spec.earliest : (p.ready[c] as number);
      const due = isEnd ? spec.latest : (p.due[c] as number);
      time = Math.max(time, ready);
      // A late arrival counts as "time warp": the lateness, as if the clock were turned back.
      if (time > due) {
        timeWarp += time - due;
        time = due;
      }
      if (!isEnd) time += p.service[c] as number;
      prev = c;
    };
    for (let i = 0; i < customers.length; i++) {
      const c = customers[i] as number;
      succ[c] = customers[i + 1] ?? 0;
      pred[c] = i > 0 ? (customers[i - 1] as number) : 0;
      load += p.demand[c] as number;
      visit(c, false);
      if (p.extra) {
        if (p.extra.allowed[c * R + r] === 0) violations++;
        const twin = p.extra.twin[c] as number;
        if (twin >= 0 && seen.has(twin)) violations++;
        seen.add(c);
        extraCost += p.extra.assignCost[c * R + r] as number;
      }
    }
    visit(spec.end, true);
    excessLoad += Math.max(0, load - spec.capacity);
  });
  return {
    routes,
    tour: routes.flat(),
    distance,
    excessLoad,
    timeWarp,
    extraCost: extraCost + violations * VIOLATION_COST,
    feasible: excessLoad < 1e-9 && timeWarp < 1e-9 && violations === 0,
    succ,
    pred,
    near: [],
    fitness: 0,
  };
}

export function penalisedCost(x: Individual, pen: Penalties): number {
  return x.distance + x.extraCost + pen.capacity * x.excessLoad + pen.timeWarp * x.timeWarp;
}

/** Broken-pairs distance in [0, 1]: the share of customers whose neighbours differ. */
export function brokenPairs(a: Individual, b: Individual): number {
  let broken = 0;
  const n = a.succ.length - 1;
  for (let c = 1; c <= n; c++) {
    const sa = a.succ[c] as number;
    if (sa !== b.succ[c] && sa !== b.pred[c]) broken++;
    if (a.pred[c] === 0 && b.pred[c] !== 0 && b.succ[c] !== 0) broken++;
  }
  return broken / n;
}
