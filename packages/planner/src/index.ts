// @hemma/planner: visit planning and routing, pure TypeScript. The command line lives apart in
// @hemma/planner/cli (it reads files).
export * from './homecare/index.ts';
export { solve, type Problem, type SolveOptions, type SolveResult } from './vrptw/index.ts';
export {
  parseSolomon,
  solomonProblem,
  solveSolomon,
  type SolomonInstance,
  type SolomonSolution,
} from './solomon/index.ts';
export { checkSolomon, type CheckResult } from './checker/index.ts';
