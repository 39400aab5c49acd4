// Solomon VRPTW benchmark: npm run bench:solomon -- --seconds 30 [--short 1] [--seed S]
//   [--dir PATH] [--only C101,R101] [--iterations K] [--json FILE]
// Solves each instance (at --short seconds and at --seconds), checks every solution with the
// independent checker, and prints the gap to the distance-minimising best-known solution.
// The instances are read where they lie (../shared/benchmarks/solomon); they are never copied.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { checkSolomon } from '../packages/planner/src/checker/index.ts';
import {
  parseSolomon,
  solveSolomon,
  type SolomonInstance,
} from '../packages/planner/src/solomon/index.ts';

interface Options {
  dir: string;
  seconds: number;
  short: number;
  seed: number;
  only: string[] | null;
  iterations: number | undefined;
  json: string | undefined;
}

interface Run {
  distance: number;
  gap: number;
  feasible: boolean;
  routes: number;
  iterations: number;
  errors: string[];
}

function parseOptions(argv: string[]): Options {
  const o: Options = {
    dir: resolve(import.meta.dirname, '../../shared/benchmarks/solomon'),
    seconds: 30,
    short: 1,
    seed: 1,
    only: null,
    iterations: undefined,
    json: undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i];
    const value = argv[++i];
    if (value === undefined) throw new Error(`${name} needs a value`);
    if (name === '--dir') o.dir = resolve(value);
    else if (name === '--seconds') o.seconds = Number(value);
    else if (name === '--short') o.short = Number(value);
    else if (name === '--seed') o.seed = Number(value);
    else if (name === '--iterations') o.iterations = Number(value);
    else if (name === '--only') o.only = value.split(',');
    else if (name === '--json') o.json = value;
    else throw new Error(`unknown option ${name}`);
  }
  return o;
}

function solveOnce(inst: SolomonInstance, best: number, seconds: number, o: Options): Run {
  const s = solveSolomon(inst, {
    seed: o.seed,
    timeLimitMs: seconds * 1000,
    ...(o.iterations ? { iterations: o.iterations } : {}),
  });
  const check = checkSolomon(inst, s.routes);
  const errors = s.feasible
    ? check.errors
    : ['the solver found no feasible solution', ...check.errors];
  return {
    distance: check.distance,
    gap: (check.distance / best - 1) * 100,
    feasible: s.feasible && check.feasible,
    routes: s.routes.length,
    iterations: s.iterations,
    errors,
  };
}

function summary(label: string, runs: Run[]): string {
  const gaps = runs.map((r) => r.gap);
  const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
  const feasible = runs.filter((r) => r.feasible).length;
  return `${label}: mean gap ${mean.toFixed(2)} %, worst ${Math.max(...gaps).toFixed(2)} %, feasible ${feasible}/${runs.length}`;
}

const o = parseOptions(process.argv.slice(2));
const bks = JSON.parse(readFileSync(join(o.dir, 'BKS.json'), 'utf8')) as Record<
  string,
  { best_known_cost: number }
>;
const names = readdirSync(o.dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4))
  .filter((n) => o.only === null || o.only.includes(n))
  .sort();
console.log(
  `Solomon VRPTW, ${names.length} instances, seed ${o.seed}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}`,
);
const columns = o.short > 0 ? `${o.short} s: distance  gap % | ` : '';
console.log(`instance  best-known | ${columns}${o.seconds} s: distance  gap %  routes  iterations`);
const shortRuns: Run[] = [];
const longRuns: Run[] = [];
const results: Record<string, unknown> = {};
for (const name of names) {
  const best = bks[`${name}_distance`]?.best_known_cost;
  if (best === undefined) throw new Error(`no ${name}_distance in BKS.json`);
  const inst = parseSolomon(readFileSync(join(o.dir, `${name}.txt`), 'utf8'));
  const short = o.short > 0 ? solveOnce(inst, best, o.short, o) : null;
  const long = solveOnce(inst, best, o.seconds, o);
  if (short) shortRuns.push(short);
  longRuns.push(long);
  results[name] = { best, short, long };
  const cell = (r: Run): string =>
    `${r.distance.toFixed(2).padStart(9)} ${r.gap.toFixed(2).padStart(6)}${r.feasible ? '' : ' INFEASIBLE'}`;
  console.log(
    `${name.padEnd(8)} ${best.toFixed(2).padStart(9)} | ${short ? `${cell(short)} | ` : ''}${cell(long)} ${String(long.routes).padStart(5)} ${String(long.iterations).padStart(9)}`,
  );
  for (const e of [...(short?.errors ?? []), ...long.errors]) console.log(`  ! ${e}`);
}
if (shortRuns.length > 0) console.log(summary(`${o.short} s per instance`, shortRuns));
console.log(summary(`${o.seconds} s per instance`, longRuns));
if (o.json) writeFileSync(o.json, JSON.stringify(results, null, 1));
if (longRuns.some((r) => !r.feasible) || shortRuns.some((r) => !r.feasible)) process.exitCode = 1;
