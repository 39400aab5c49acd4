import { solve, type SolveOptions } from '../vrptw/hgs.ts';
import type { SolomonInstance } from './parse.ts';
import { solomonProblem } from './problem.ts';

export interface SolomonSolution {
  /** Customer numbers as in the file, depot left out; empty routes dropped. */
  routes: number[][];
  distance: number;
  feasible: boolean;
  iterations: number;
}

export function solveSolomon(inst: SolomonInstance, options: SolveOptions): SolomonSolution {
  const { problem, ids } = solomonProblem(inst);
  const result = solve(problem, options);
  return {
    routes: result.routes
      .filter((r) => r.length > 0)
      .map((r) => r.map((node) => ids[node] as number)),
    distance: result.distance,
    feasible: result.feasible,
    iterations: result.iterations,
  };
}
