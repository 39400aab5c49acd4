// The kept statements over HTTP, with the server running in a process of its own (its kept
// worker included), as people and phones meet them: a provider's statement, the month-close
// board, a batch of registrations accepted by POST /api/v1/registrations until the affected
// statement shows it, and a rate change for the next month until every kept month has it.
// Wall times on a shared machine mislead, so the server's CPU time is given beside them.
import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { sql } from 'kysely';
import { hashPassword } from '../../apps/server/src/auth/password.ts';
import { newTotpSecret } from '../../apps/server/src/auth/totp.ts';
import { openMigrated } from '../../apps/server/src/db/open.ts';
import { monthWindow } from '../../apps/server/src/modules/care-data/month-data.ts';
import { logIn, type LoggedIn } from '../ingest/phone.ts';
import { percentiles, timed } from './kept.ts';
import { MUNICIPALITY } from './setup.ts';

export interface HttpResult {
  provider: string;
  providerLines: number;
  /** The first read: the month's first computation when it was never kept (or after a migration). */
  firstReadSeconds: number;
  statementMs: { p50: number; p95: number; max: number };
  statementBytes: number;
  /** The server's CPU milliseconds a request, over the reads. */
  statementCpuMs: number;
  boardMs: { p50: number; p95: number; max: number };
  boardBytes: number;
  boardCpuMs: number;
  batches: number;
  batchShownMs: { p50: number; p95: number; max: number };
  /** The server's CPU seconds over the batches (user + system). */
  batchServerCpuSeconds: number;
  batchWallSeconds: number;
  rateChange: { nextMonth: string; firstReadSeconds: number; reflectedSeconds: number; serverCpuSeconds: number; before: number; after: number };
}

const READS = 30;
const PASSWORD = 'bench password, long enough';

type Reply = { status: number; body: string; ms: number };

async function get(base: string, session: LoggedIn, path: string): Promise<Reply> {
  const t = performance.now();
  const res = await fetch(`${base}${path}`, { headers: session.headers });
  const body = await res.text();
  return { status: res.status, body, ms: performance.now() - t };
}

async function ok(base: string, session: LoggedIn, path: string): Promise<{ json: unknown; bytes: number }> {
  const r = await get(base, session, path);
  if (r.status !== 200) throw new Error(`GET ${path}: ${r.status} ${r.body.slice(0, 300)}`);
  return { json: JSON.parse(r.body), bytes: r.body.length };
}

function startServer(url: string): Promise<{ child: ChildProcess; base: string }> {
  return new Promise((resolve, reject) => {
    const child = fork(join(import.meta.dirname, 'http-server.ts'), [url], { execArgv: process.execArgv });
    child.once('message', (m) => resolve({ child, base: `http://127.0.0.1:${(m as { port: string }).port}` }));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

function serverCpu(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    const on = (m: unknown): void => {
      const cpu = (m as { cpu?: NodeJS.CpuUsage }).cpu;
      if (cpu === undefined) return;
      child.off('message', on);
      resolve((cpu.user + cpu.system) / 1e6);
    };
    child.on('message', on);
    child.send('cpu');
  });
}

interface Accounts {
  finance: string;
  admin: string;
  manager: string;
}

/** Accounts of the bench's own (names unique per run), and the provider measured: the largest. */
async function prepare(url: string, month: string): Promise<{
  accounts: Accounts; secrets: Map<string, string>; provider: string; kind: 'municipal' | 'private'; pairs: { client_id: string; staff_id: string }[];
}> {
  const database = await openMigrated({ url });
  try {
    const db = database.db;
    const biggest = await sql<{ provider_id: string }>`
      select provider_id from orders where municipality_id = ${MUNICIPALITY} group by provider_id order by count(*) desc, provider_id limit 1`.execute(db);
    const provider = biggest.rows[0]!.provider_id;
    const { kind } = await db.selectFrom('providers').select('kind').where('municipality_id', '=', MUNICIPALITY).where('provider_id', '=', provider).executeTakeFirstOrThrow();
    const run = Date.now().toString(36);
    const accounts = { finance: `bench-finance-${run}`, admin: `bench-admin-${run}`, manager: `bench-manager-${run}` };
    const hash = await hashPassword(PASSWORD);
    const secrets = new Map(Object.values(accounts).map((u) => [u, newTotpSecret()]));
    await db.insertInto('users').values(([['finance', accounts.finance, null], ['admin', accounts.admin, null], ['provider_manager', accounts.manager, provider]] as const).map(([role, username, p]) => ({
      municipality_id: MUNICIPALITY, user_id: randomUUID(), username, role, district_id: null, provider_id: p, staff_id: null,
      password_hash: hash, totp_secret: secrets.get(username)!, totp_enrolled_at: new Date(),
    }))).execute();
    // Clients the provider's staff visit, one staff member each: a batch is a visit there.
    const window = monthWindow(month);
    const pairs = await sql<{ client_id: string; staff_id: string }>`
      select distinct on (r.client_id) r.client_id, r.staff_id from registrations r
      join staff s on s.municipality_id = r.municipality_id and s.staff_id = r.staff_id
      join orders o on o.municipality_id = r.municipality_id and o.client_id = r.client_id and o.provider_id = s.provider_id
      where r.municipality_id = ${MUNICIPALITY} and s.provider_id = ${provider} and r.kind = 'arrive' and r.at >= ${window.from} and r.at < ${window.to}
      order by r.client_id, r.registration_id limit 100`.execute(db);
    return { accounts, secrets, provider, kind, pairs: pairs.rows };
  } finally {
    await database.close();
  }
}

const session = (base: string, username: string, secrets: Map<string, string>): Promise<LoggedIn> =>
  logIn(base, { username, totpSecret: secrets.get(username)!, staffId: '', tags: [] });

/** The instant of the `i`th bench visit: nights of the month, 02:10 local (UTC+1/+2 is irrelevant at night). */
const visitAt = (month: string, i: number, minutes: number): string =>
  new Date(Date.parse(`${month}-01T00:00:00Z`) + (i % 28) * 86_400_000 + (60 + Math.floor(i / 28) * 20 + minutes) * 60_000).toISOString();

const nextMonthOf = (month: string): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 7);
};

type Statement = { statement: { lines: unknown[]; registrations: number; totalOre: number }; kept: { stale: boolean } };

export async function measureHttp(url: string, month: string, batches: number): Promise<HttpResult> {
  const { accounts, secrets, provider, kind, pairs } = await prepare(url, month);
  if (pairs.length === 0) throw new Error(`no visits of ${provider} in ${month} to add to`);
  const { child, base } = await startServer(url);
  try {
    const finance = await session(base, accounts.finance, secrets);
    const admin = await session(base, accounts.admin, secrets);
    const manager = await session(base, accounts.manager, secrets);
    const statementPath = (m: string): string => `/api/v1/statements/${m}/${provider}`;

    const t0 = performance.now();
    const first = (await ok(base, finance, statementPath(month))).json as Statement;
    const firstReadSeconds = Math.round(performance.now() - t0) / 1000;
    const providerLines = first.statement.lines.length;

    let statementBytes = 0;
    let cpu = await serverCpu(child);
    const statementMs = percentiles(await timed(READS, async () => {
      statementBytes = (await ok(base, finance, statementPath(month))).bytes;
    }));
    const statementCpuMs = Math.round((((await serverCpu(child)) - cpu) * 1000) / READS);
    let boardBytes = 0;
    cpu = await serverCpu(child);
    const boardMs = percentiles(await timed(READS, async () => {
      boardBytes = (await ok(base, finance, `/api/v1/month-close/${month}`)).bytes;
    }));
    const boardCpuMs = Math.round((((await serverCpu(child)) - cpu) * 1000) / READS);

    // Batches: accepted by the API (committed), then the provider's own statement read until
    // it counts the two new registrations (the read brings the month up to date itself when
    // the background worker has not yet).
    const shown: number[] = [];
    const cpu0 = await serverCpu(child);
    const wall0 = performance.now();
    for (let i = 0; i < batches; i++) {
      const pair = pairs[i % pairs.length]!;
      const before = ((await ok(base, manager, statementPath(month))).json as Statement).statement.registrations;
      const registrations = [['arrive', 0], ['leave', 15]].map(([kind, minutes]) => ({
        id: randomUUID(), kind, client: pair.client_id, staff: pair.staff_id, method: 'manual', reason: 'Mätning', at: visitAt(month, i, minutes as number),
      }));
      const t = performance.now();
      const posted = await fetch(`${base}/api/v1/registrations`, { method: 'POST', headers: manager.headers, body: JSON.stringify({ registrations }) });
      if (posted.status !== 200) throw new Error(`batch ${i}: ${posted.status} ${await posted.text()}`);
      for (;;) {
        const now = ((await ok(base, manager, statementPath(month))).json as Statement).statement.registrations;
        if (now === before + 2) break;
        if (now !== before || performance.now() - t > 120_000) throw new Error(`batch ${i}: the statement counts ${now - before} new registrations, not 2`);
      }
      shown.push(performance.now() - t);
    }
    const batchWallSeconds = Math.round(performance.now() - wall0) / 1000;
    const batchServerCpuSeconds = Math.round(((await serverCpu(child)) - cpu0) * 100) / 100;

    // A rate for the next month, from its first day: every kept month is computed again by
    // the background worker; reflected when every kept month's statement is up to date. (The
    // bench generates one month's visits, so the next month's total may not move with it.)
    const nextMonth = nextMonthOf(month);
    const t1 = performance.now();
    const beforeRate = ((await ok(base, finance, statementPath(nextMonth))).json as Statement).statement.totalOre;
    const nextFirstRead = Math.round(performance.now() - t1) / 1000;
    const cpu1 = await serverCpu(child);
    const t2 = performance.now();
    // As specific as the bench's own day rates, so it is the one chosen for the provider's day hours.
    const newRate = { from: `${nextMonth}-01`, price: 'per_hour', ore: 77_700, band: 'day', providerKind: kind };
    const rate = await fetch(`${base}/api/v1/rates`, { method: 'POST', headers: admin.headers, body: JSON.stringify(newRate) });
    if (rate.status !== 201) throw new Error(`rate: ${rate.status} ${await rate.text()}`);
    let afterRate = beforeRate;
    for (;;) {
      await new Promise((r) => setTimeout(r, 250));
      // Statements read as they are kept: `stale` until the worker has brought the month up to date.
      const views = await Promise.all([month, nextMonth].map(async (m) => (await ok(base, finance, statementPath(m))).json as Statement));
      if (views.every((v) => !v.kept.stale)) {
        afterRate = views[1]!.statement.totalOre;
        break;
      }
      if (performance.now() - t2 > 1_800_000) throw new Error('the rate change was not reflected within 30 minutes');
    }
    const reflectedSeconds = Math.round(performance.now() - t2) / 1000;
    const rateCpu = Math.round(((await serverCpu(child)) - cpu1) * 100) / 100;
    return {
      provider, providerLines, firstReadSeconds, statementMs, statementBytes, statementCpuMs, boardMs, boardBytes, boardCpuMs,
      batches: shown.length, batchShownMs: percentiles(shown), batchServerCpuSeconds, batchWallSeconds,
      rateChange: { nextMonth, firstReadSeconds: nextFirstRead, reflectedSeconds, serverCpuSeconds: rateCpu, before: beforeRate, after: afterRate },
    };
  } finally {
    child.send('stop');
    await new Promise((r) => child.once('exit', r));
  }
}
