// All monthly follow-up reports for the statement benchmark's month:
//   npm run bench:reports -- [--scale 1] [--only pg|pglite] [--month 2024-10] [--keep|--reuse] …
// Generates the month with the statement benchmark's generator (same options, same databases;
// --reuse measures a month kept by either benchmark), adds weekday shifts for every staff
// member, then times the reports (see bench/reports/measure.ts). Figures: docs/benchmarks.md.
import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportsResult } from './reports/measure.ts';
import { preparePGlite, preparePostgres, type BenchDatabase } from './statements/databases.ts';
import type { GenerateResult } from './statements/generate.ts';
import { parseOptions, type BenchOptions } from './statements/options.ts';
import { generationReport } from './statements/report.ts';

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
    `${label}: ${r.shiftsAdded} shifts added; kept statements computed once in ${r.keptSeconds} s`,
    `  kept statements read in ${r.keptReadSeconds} s; ${r.registrationsLoaded} registrations loaded in ${r.loadSeconds} s`,
    `  all monthly reports from one load and one analysis: ${r.allComputeSeconds} s (${r.allComputeCpuSeconds} s CPU); kept read + load + all: ${Math.round((r.keptReadSeconds + r.loadSeconds + r.allComputeSeconds) * 100) / 100} s`,
    ...Object.entries(r.computeSeconds).map(([name, s]) => `  ${name.padEnd(22)} compute ${s} s, whole request ${r.requestSeconds[name]} s — ${r.check[name]}`),
    `  continuity-14          whole request ${r.requestSeconds['continuity-14']} s — ${r.check['continuity-14']}`,
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
    const result = await runChild<ReportsResult>('reports/child.ts', { target: db.target, month: o.month });
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
