// Runs `vrptw` without the hemma command: npx tsx packages/planner/src/cli/run-vrptw.ts FILE --seconds N
import { vrptwCommand } from './index.ts';

process.exitCode = await vrptwCommand(process.argv.slice(2));
