// Statements at Stockholm scale: npm run bench:statements -- [--scale 1] [--only pg|pglite] …
// Generates a month (16 000 clients, 130 providers, ~8 000 staff, ~1 000 000 visits) into
// PostgreSQL and into PGlite, then times the month's statements for all providers by the real
// path against a bare SQL aggregate over the same registrations. Each generation and each
// measurement runs in a child process of its own, so peak memory is per database and task.
// Results and the machine they came from: docs/benchmarks.md.
import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChildTask } from './statements/child.ts';
import { preparePGlite, preparePostgres, type BenchDatabase } from './statements/databases.ts';
import type { GenerateResult } from './statements/generate.ts';
import type { KeptResult } from './statements/kept.ts';
import type { MeasureResult } from './statements/measure.ts';
import { parseOptions, type BenchOptions } from './statements/options.ts';
import { measureHttp, type HttpResult } from './statements/http.ts';
import { generationReport, httpReport, keptReport, measureReport } from './statements/report.ts';

type ChildReply = { ok: true; result: unknown } | { ok: false; error: string };

function runChild<T>(task: ChildTask): Promise<T> {
  return new Promise((resolve, reject) => {
    // execArgv carries tsx's loader, so the child runs TypeScript like this process.
    const child = fork(join(import.meta.dirname, 'statements', 'child.ts'), [JSON.stringify(task)], { execArgv: process.execArgv });
    let reply: ChildReply | undefined;
    child.on('message', (m) => {
      reply = m as ChildReply;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (reply?.ok) resolve(reply.result as T);
      else reject(new Error(reply && !reply.ok ? reply.error : `${task.task} child exited with ${code}`));
    });
  });
}

interface DatabaseRun {
  database: string;
  where: string;
  generation: GenerateResult | 'reused';
  measure?: MeasureResult;
  kept?: KeptResult;
  http?: HttpResult;
}

async function benchOne(db: BenchDatabase, o: BenchOptions): Promise<DatabaseRun> {
  try {
    let generation: DatabaseRun['generation'] = 'reused';
    if (db.reused) {
      console.log(`${db.label}: reusing ${db.where}`);
    } else {
      console.log(`${db.label}: generating into ${db.where} …`);
      generation = await runChild<GenerateResult>({ task: 'generate', target: db.target, options: { month: o.month, scale: o.scale, seed: o.seed } });
      console.log(generationReport(db.label, generation));
    }
    if (o.http && 'url' in db.target) {
      // The database is migrated by the server it starts.
      console.log(`${db.label}: measuring the kept statements over HTTP …`);
      const http = await measureHttp(db.target.url, o.month, o.batches);
      console.log(httpReport(db.label, http));
      return { database: db.label, where: db.where, generation, http };
    }
    console.log(`${db.label}: measuring …`);
    const measure = await runChild<MeasureResult>({ task: 'measure', target: db.target, month: o.month });
    console.log(measureReport(db.label, measure));
    console.log(`${db.label}: measuring the kept statements …`);
    const kept = await runChild<KeptResult>({ task: 'kept', target: db.target, month: o.month });
    console.log(keptReport(db.label, kept));
    return { database: db.label, where: db.where, generation, measure, kept };
  } finally {
    await db.cleanUp();
  }
}

async function main(): Promise<void> {
  const o = parseOptions(process.argv.slice(2));
  console.log(`bench:statements: month ${o.month}, scale ${o.scale}, seed ${o.seed}`);
  const runs: DatabaseRun[] = [];
  if (o.only !== 'pglite') runs.push(await benchOne(await preparePostgres(o), o));
  if (o.only !== 'pg') runs.push(await benchOne(preparePGlite(o), o));
  if (o.json !== undefined) writeFileSync(o.json, `${JSON.stringify({ options: o, runs }, null, 2)}\n`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
