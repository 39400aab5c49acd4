import type { Penalties } from './composer.ts';
import { orderCrossover } from './crossover.ts';
import { makeIndividual, penalisedCost, type Individual } from './individual.ts';
import { LocalSearch } from './local-search.ts';
import { granularNeighbours } from './neighbours.ts';
import { DEFAULT_POPULATION, Population } from './population.ts';
import type { Problem } from './problem.ts';
import { Rng } from './rng.ts';
import { split } from './split.ts';

// Hybrid genetic search (Vidal et al. 2012, with the time-window machinery of Vidal et al. 2013
// and Kool et al. 2022): ordered crossover of giant tours, optimal split into routes, local
// search as "education", infeasible solutions kept and priced through adaptive penalties.

export interface SolveOptions {
  seed?: number;
  /** Wall-clock limit; the run also stops after `iterations` when given. */
  timeLimitMs?: number;
  /** Number of individuals to create; with a fixed count a seed reproduces the same result. */
  iterations?: number;
  /** Routes to start from (for instance yesterday's plan); they join the first population. */
  initial?: number[][][];
  /** A monotonic clock in milliseconds; defaults to performance.now. */
  clock?: () => number;
}

export interface SolveResult {
  routes: number[][];
  /** Sum of the routes' costs (dist matrix); extra costs of home care come apart. */
  distance: number;
  extraCost: number;
  feasible: boolean;
  iterations: number;
  elapsedMs: number;
}

const GRANULAR = 20;
const TARGET_FEASIBLE = 0.2;
const PENALTY_EVERY = 25;
const RESTART_AFTER = 20_000;
const REPAIR_PROBABILITY = 0.5;

export function solve(p: Problem, options: SolveOptions = {}): SolveResult {
  const clock = options.clock ?? (() => performance.now());
  const started = clock();
  const limit = options.timeLimitMs ?? Infinity;
  const maxIterations = options.iterations ?? Infinity;
  if (limit === Infinity && maxIterations === Infinity)
    throw new Error('solve needs a time limit or an iteration budget');
  const rng = new Rng(options.seed ?? 1);
  const ls = new LocalSearch(p, granularNeighbours(p, GRANULAR), rng);
  const penalties: Penalties = {
    capacity: initialCapacityPenalty(p),
    timeWarp: initialTimeWarpPenalty(p),
  };
  const population = new Population(DEFAULT_POPULATION, penalties);
  const recentLoadOk: boolean[] = [];
  const recentTimeOk: boolean[] = [];
  let best: Individual | null = null;
  let iterations = 0;
  let lastImprovement = 0;

  const elapsed = (): number => clock() - started;
  const done = (): boolean => iterations >= maxIterations || elapsed() >= limit;

  const consider = (x: Individual): void => {
    population.add(x);
    if (best === null || better(x, best)) {
      best = x;
      lastImprovement = iterations;
    }
  };

  const educate = (routes: number[][]): void => {
    iterations++;
    const improved = ls.run(routes, penalties);
    const x = makeIndividual(p, improved);
    recentLoadOk.push(x.excessLoad < 1e-9);
    recentTimeOk.push(x.timeWarp < 1e-9);
    consider(x);
    if (!x.feasible && rng.next() < REPAIR_PROBABILITY) {
      // Repair: the same search with much dearer infeasibility, tenfold then a hundredfold.
      let repaired = improved;
      for (const factor of [10, 100]) {
        const strict = {
          capacity: penalties.capacity * factor,
          timeWarp: penalties.timeWarp * factor,
        };
        const y = makeIndividual(p, (repaired = ls.run(repaired, strict)));
        if (y.feasible) {
          consider(y);
          break;
        }
      }
    }
    if (iterations % PENALTY_EVERY === 0) {
      penalties.capacity = adjust(penalties.capacity, recentLoadOk);
      penalties.timeWarp = adjust(penalties.timeWarp, recentTimeOk);
      recentLoadOk.length = 0;
      recentTimeOk.length = 0;
      population.penaltiesChanged();
    }
  };

  const customers = Array.from({ length: p.n }, (_, i) => i + 1);
  const randomIndividual = (): void => educate(split(p, rng.shuffle(customers.slice()), penalties));
  const seedPopulation = (): void => {
    // A short time limit must still leave time for crossover: stop seeding at a fifth of it.
    for (let i = 0; i < 4 * DEFAULT_POPULATION.mu && !done() && elapsed() < limit / 5; i++) {
      randomIndividual();
    }
  };

  for (const routes of options.initial ?? []) if (!done()) educate(routes);
  seedPopulation();
  while (!done()) {
    if (population.size < 2) {
      randomIndividual();
      continue;
    }
    const a = population.parent(rng);
    const b = population.parent(rng);
    educate(split(p, orderCrossover(a.tour, b.tour, rng), penalties));
    if (iterations - lastImprovement > RESTART_AFTER) {
      population.clear();
      lastImprovement = iterations;
    }
  }
  const result = best as Individual | null;
  if (result === null)
    return {
      routes: p.routes.map(() => []),
      distance: 0,
      extraCost: 0,
      feasible: p.n === 0,
      iterations,
      elapsedMs: elapsed(),
    };
  return {
    routes: result.routes,
    distance: result.distance,
    extraCost: result.extraCost,
    feasible: result.feasible,
    iterations,
    elapsedMs: elapsed(),
  };

  function better(x: Individual, y: Individual): boolean {
    if (x.feasible !== y.feasible) return x.feasible;
    if (x.feasible) return x.distance + x.extraCost < y.distance + y.extraCost - 1e-9;
    return penalisedCost(x, penalties) < penalisedCost(y, penalties) - 1e-9;
  }
}

function adjust(penalty: number, recentOk: boolean[]): number {
  if (recentOk.length === 0) return penalty;
  const share = recentOk.filter(Boolean).length / recentOk.length;
  if (share < TARGET_FEASIBLE - 0.05) return Math.min(penalty * 1.2, 100_000);
  if (share > TARGET_FEASIBLE + 0.05) return Math.max(penalty * 0.85, 0.1);
  return penalty;
}

/** Roughly "one unit of excess load costs as much as an average trip per unit of demand". */
function initialCapacityPenalty(p: Problem): number {
  let maxDist = 0;
  let maxDemand = 0;
  for (let i = 0; i < p.dist.length; i++) maxDist = Math.max(maxDist, p.dist[i] as number);
  for (let c = 1; c <= p.n; c++) maxDemand = Math.max(maxDemand, p.demand[c] as number);
  return maxDemand > 0 ? Math.max(0.1, Math.min(1000, maxDist / maxDemand)) : 1;
}

/**
 * One unit of time warp costs 1 (a unit of distance) in plain VRPTW. With assignment costs it
 * must outweigh the dearest of them, or lateness would be bought to save a continuity cost.
 */
function initialTimeWarpPenalty(p: Problem): number {
  if (!p.extra) return 1;
  let max = 0;
  for (const c of p.extra.assignCost) max = Math.max(max, c);
  return 1 + max;
}
