// All monthly follow-up reports for the statement benchmark's month:
//   npm run bench:reports -- [--scale 1] [--only pg|pglite] [--month 2024-10] [--keep|--reuse] …
// Generates the month with the statement benchmark's generator (same options, same databases;
// --reuse measures a month kept by either benchmark), adds weekday shifts for every staff
// member, then times the reports kept beside the statements (bench/reports/measure.ts).
// Figures: docs/benchmarks.md.
import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportsResult } from './reports/measure.ts';
import { preparePGlite, preparePostgres, type BenchDatabase } from './statements/databases.ts';
import type { GenerateResult } from './statements/generate.ts';
import { parseOptions, type BenchOptions } from './statements/options.ts';
import { generationReport } from './statements/report.ts';

/** Above this scale the full computation takes minutes and gigabytes: the property test covers equality. */
const VERIFY_UP_TO = 0.2;

type ChildReply = { ok: true; result: unknown } | { ok: false; error: string };

function runChild<T>(script: string, task: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = fork(join(import.meta.dirname, script), [JSON.stringify(task)], { execArgv: process.execArgv });
    let reply: ChildReply | undefined;
    child.on('message', (m) => {
      reply = m as ChildReply;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (reply?.ok) resolve(reply.result as T);
      else reject(new Error(reply && !reply.ok ? reply.error : `${script} exited with ${code}`));
    });
  });
}

function report(label: string, r: ReportsResult): string {
  const lines = [
    `${label}: ${r.shiftsAdded} shifts added`,
    `  first keep of the month (statement slices and report facts, full): ${r.keptSeconds} s (${r.keptCpuSeconds} s CPU); ${r.factsRows} facts rows, ${Math.round(r.factsBytes / 1e5) / 10} MB`,
    `  all monthly reports from the kept facts: ${r.allReportsSeconds} s (${r.allReportsCpuSeconds} s CPU)`,
    ...Object.entries(r.reportSeconds).map(([name, s]) => `  ${name.padEnd(22)} ${s} s — ${r.check[name]}`),
    ...Object.entries(r.requests).map(([who, q]) => `  single requests, ${who.padEnd(16)} ${q.count}: p50 ${q.p50} s, p95 ${q.p95} s, max ${q.max} s (${q.slowest})`),
    r.verify === null
      ? '  (no comparison with a full computation at this scale)'
      : `  full computation for comparison: load ${r.verify.loadSeconds} s (${r.verify.registrations} registrations), compute ${r.verify.computeSeconds} s; equal: ${r.verify.equal.join(', ')}; DIFFERENT: ${r.verify.different.join(', ') || 'none'}`,
    `  peak RSS ${Math.round(r.peakRssBytes / 1e6)} MB`,
  ];
  return lines.join('\n');
}

async function benchOne(db: BenchDatabase, o: BenchOptions): Promise<{ database: string; result: ReportsResult }> {
  try {
    if (!db.reused) {
      console.log(`${db.label}: generating into ${db.where} …`);
      const g = await runChild<GenerateResult>('statements/child.ts', { task: 'generate', target: db.target, options: { month: o.month, scale: o.scale, seed: o.seed } });
      console.log(generationReport(db.label, g));
    }
    console.log(`${db.label}: measuring …`);
    const result = await runChild<ReportsResult>('reports/child.ts', { target: db.target, month: o.month, verify: o.scale <= VERIFY_UP_TO });
    console.log(report(db.label, result));
    return { database: db.label, result };
  } finally {
    await db.cleanUp();
  }
}

async function main(): Promise<void> {
  const o = parseOptions(process.argv.slice(2));
  console.log(`bench:reports: month ${o.month}, scale ${o.scale}, seed ${o.seed}`);
  const runs = [];
  if (o.only !== 'pglite') runs.push(await benchOne(await preparePostgres(o), o));
  if (o.only !== 'pg') runs.push(await benchOne(preparePGlite(o), o));
  if (o.json !== undefined) writeFileSync(o.json, `${JSON.stringify({ options: o, runs }, null, 2)}\n`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
