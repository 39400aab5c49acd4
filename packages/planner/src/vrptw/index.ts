export { solve, type SolveOptions, type SolveResult } from './hgs.ts';
export type { Problem, ProblemExtras, RouteSpec } from './problem.ts';
export { Rng } from './rng.ts';
