// Registration ingest over HTTP: npm run bench:ingest -- [--seconds 20] [--batch 20] [--levels 50,200] [--rate 2000] [--pool 20]
// Makes its own PostgreSQL database, seeds a provider with a staff member, phone account and two
// tagged clients per connection, starts the server in a child process on a random loopback port,
// logs every phone in through the real two-step flow, then sends batches of registrations: per
// level, first as fast as answers come (closed loop), then paced at the target rate. Every 2xx
// means the batch was committed; the count in the database is checked against the replies.
// Results and the machine they came from: docs/benchmarks.md ("Registration ingest").
import { fork, type ChildProcess } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { runPhase } from './ingest/load.ts';
import { parseOptions } from './ingest/options.ts';
import { Day, logIn } from './ingest/phone.ts';
import { countRegistrations, createDatabase, seed } from './ingest/seed.ts';
import { table, type PhaseResult } from './ingest/stats.ts';

const DAY_START = Date.parse('2026-01-05T07:00:00+01:00');

function startServer(url: string, pool: number): Promise<{ child: ChildProcess; port: string }> {
  return new Promise((resolve, reject) => {
    // execArgv carries tsx's loader, so the child runs TypeScript like this process.
    const child = fork(join(import.meta.dirname, 'ingest', 'server.ts'), [url], { execArgv: process.execArgv, env: { ...process.env, HEMMA_PG_POOL: String(pool) } });
    child.once('message', (m) => resolve({ child, port: (m as { port: string }).port }));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

async function serverVersion(url: string): Promise<string> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<{ server_version: string }>('show server_version')).rows[0]!.server_version;
  } finally {
    await c.end();
  }
}

async function main(): Promise<void> {
  const o = parseOptions(process.argv.slice(2), process.env);
  const phonesNeeded = Math.max(...o.levels);
  const database = await createDatabase(o.pg);
  let server: ChildProcess | undefined;
  try {
    console.log(`seeding ${database.name}: ${phonesNeeded} staff with phone accounts, ${phonesNeeded * 2} clients with tags …`);
    const phones = await seed(database.url, phonesNeeded);
    const started = await startServer(database.url, o.pool);
    server = started.child;
    const base = `http://127.0.0.1:${started.port}`;
    console.log(`server on ${base}; logging in ${phones.length} phones …`);
    const sessions = [];
    // A few at a time: each login is an argon2 check on the server.
    for (let i = 0; i < phones.length; i += 8) sessions.push(...(await Promise.all(phones.slice(i, i + 8).map((p) => logIn(base, p)))));
    const all = sessions.map((session, k) => ({ session, day: new Day(session.phone, DAY_START + k * 1000) }));

    await runPhase({ label: 'warm-up', base, phones: all.slice(0, 10), seconds: 2, batch: o.batch });
    const results: (PhaseResult & { firstError?: string })[] = [];
    for (const level of o.levels) {
      const phones = all.slice(0, level);
      for (const rate of [undefined, o.rate]) {
        const label = rate === undefined ? 'closed loop (max)' : `paced at ${rate}/s`;
        console.log(`${label}, ${level} connections, ${o.seconds} s …`);
        const r = await runPhase({ label, base, phones, seconds: o.seconds, batch: o.batch, ...(rate !== undefined && { rate }) });
        if (r.firstError !== undefined) console.log(`  first error: ${r.firstError}`);
        console.log(`  ${Math.round(r.perSecond)} registrations/s, p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, errors ${r.errors}, missed ${r.missed}`);
        results.push(r);
      }
    }
    const accepted = results.reduce((n, r) => n + r.registrations, 0);
    const stored = await countRegistrations(database.url);

    const cpu = cpus();
    console.log(`\nRegistration ingest, ${new Date().toISOString().slice(0, 10)}: ${o.batch} registrations per request, ${o.seconds} s per phase, pool ${o.pool}`);
    console.log(`machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB; Node ${process.version}; PostgreSQL ${await serverVersion(database.url)}`);
    console.log(`load generator, server and PostgreSQL on the same machine, over loopback\n`);
    console.log(table(results));
    console.log(`\nstored in the database: ${stored} registrations (warm-up included); accepted in measured phases: ${accepted}`);
  } finally {
    server?.removeAllListeners('exit');
    server?.send('stop');
    await new Promise((r) => setTimeout(r, 500));
    if (!o.keep) await database.drop();
  }
}

await main();
