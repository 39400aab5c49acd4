export {
  parseSolomon,
  SolomonFormatError,
  type SolomonCustomer,
  type SolomonInstance,
} from './parse.ts';
export { solomonProblem } from './problem.ts';
export { solveSolomon, type SolomonSolution } from './solve.ts';
