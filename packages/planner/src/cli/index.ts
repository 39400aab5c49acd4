import { readFile } from 'node:fs/promises';
import { parseSolomon, SolomonFormatError } from '../solomon/parse.ts';
import { solveSolomon } from '../solomon/solve.ts';
import { parseVrptwArgs, VRPTW_USAGE } from './args.ts';

export { parseVrptwArgs, VRPTW_USAGE, type VrptwArgs } from './args.ts';

export interface CommandIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

const processIo: CommandIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/**
 * `hemma vrptw FILE --seconds N [--seed S] [--iterations K]`: solves one Solomon instance and
 * prints {"routes": [[12, 5, 3], …], "distance": 1234.56} (customer numbers of the file, depot
 * left out). Returns the exit code: 0 solved, 1 no feasible solution found, 2 bad input.
 */
export async function vrptwCommand(args: string[], io: CommandIo = processIo): Promise<number> {
  const parsed = parseVrptwArgs(args);
  if (typeof parsed === 'string') {
    io.err(`hemma vrptw: ${parsed}`);
    io.err(VRPTW_USAGE);
    return 2;
  }
  let text: string;
  try {
    text = await readFile(parsed.file, 'utf8');
  } catch (e) {
    io.err(`hemma vrptw: cannot read ${parsed.file}: ${(e as Error).message}`);
    return 2;
  }
  let instance;
  try {
    instance = parseSolomon(text);
  } catch (e) {
    if (!(e instanceof SolomonFormatError)) throw e;
    io.err(`hemma vrptw: ${parsed.file}: ${e.message}`);
    return 2;
  }
  const solution = solveSolomon(instance, {
    seed: parsed.seed,
    ...(parsed.seconds !== undefined ? { timeLimitMs: parsed.seconds * 1000 } : {}),
    ...(parsed.iterations !== undefined ? { iterations: parsed.iterations } : {}),
  });
  if (!solution.feasible) {
    io.err(`hemma vrptw: no feasible solution found for ${instance.name} within the limit`);
    return 1;
  }
  io.out(
    JSON.stringify({
      routes: solution.routes,
      distance: Math.round(solution.distance * 100) / 100,
    }),
  );
  return 0;
}
