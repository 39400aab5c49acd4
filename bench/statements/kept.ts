// The kept statements at scale, in-process (the reads a route makes, without HTTP): the first
// computation of the month into the kept tables, a provider's statement and all providers'
// statements read back, and how long after a batch of registrations is committed the affected
// statement shows it. Percentiles are over repeated reads; see docs/benchmarks.md.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Database } from '../../apps/server/src/db/connect.ts';
import { monthWindow } from '../../apps/server/src/modules/care-data/month-data.ts';
import { freshen, keptMonthDocument, keptProviderStatement } from '../../apps/server/src/modules/kept-statements/read.ts';
import { MUNICIPALITY } from './setup.ts';

export interface KeptResult {
  firstComputeSeconds: number;
  provider: string;
  providerLines: number;
  statementMs: { p50: number; p95: number };
  allStatementsMs: { p50: number; p95: number };
  batches: number;
  batchShownMs: { p50: number; p95: number; max: number };
}

const READS = 30;
const BATCHES = 25;

export function percentiles(ms: number[]): { p50: number; p95: number; max: number } {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number): number => Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]! * 10) / 10;
  return { p50: at(0.5), p95: at(0.95), max: at(1) };
}

export async function timed(times: number, run: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const t = performance.now();
    await run();
    out.push(performance.now() - t);
  }
  return out;
}

/** A night visit (arrive, leave) of a staff member at a client she visits, on day `day` of the month. */
async function insertBatch(database: Database, month: string, day: number, pair: { client_id: string; staff_id: string }): Promise<void> {
  // Days 1–26 of October are summer time; the bench's month is 2024-10 unless told otherwise.
  const offset = Number(month.slice(5, 7)) >= 4 && Number(month.slice(5, 7)) <= 10 && day <= 26 ? '+02:00' : '+01:00';
  const date = `${month}-${String(day).padStart(2, '0')}`;
  const row = (kind: 'arrive' | 'leave', time: string) => ({
    municipality_id: MUNICIPALITY, registration_id: randomUUID(), kind, client_id: pair.client_id, staff_id: pair.staff_id,
    at: `${date}T${time}${offset}`, method: 'manual' as const, reason: 'benchmark batch',
  });
  await database.db.insertInto('registrations').values([row('arrive', '02:10:00'), row('leave', '02:25:00')]).execute();
}

export async function measureKept(database: Database, month: string): Promise<KeptResult> {
  // A database kept from an earlier run holds the month already: a change of setup (here a
  // rule written again as it is) marks it whole, so the pass below is always a whole month's.
  await sql`update rules set cap_percent = cap_percent where municipality_id = ${MUNICIPALITY}`.execute(database.db);
  const t0 = performance.now();
  await freshen(database.db, MUNICIPALITY, month);
  const firstComputeSeconds = Math.round(performance.now() - t0) / 1000;

  const biggest = await sql<{ provider_id: string }>`
    select provider_id from kept_slices where municipality_id = ${MUNICIPALITY} and month = ${month}
    group by provider_id order by count(*) desc, provider_id limit 1`.execute(database.db);
  const provider = biggest.rows[0]!.provider_id;
  const statement = (): Promise<unknown> => freshen(database.db, MUNICIPALITY, month).then(() => keptProviderStatement(database.db, MUNICIPALITY, month, provider));
  const providerLines = (await keptProviderStatement(database.db, MUNICIPALITY, month, provider)).lines.length;
  const statementMs = percentiles(await timed(READS, statement));
  const allStatementsMs = percentiles(await timed(READS, () => freshen(database.db, MUNICIPALITY, month).then(() => keptMonthDocument(database.db, MUNICIPALITY, month))));

  const window = monthWindow(month);
  const pairs = await sql<{ client_id: string; staff_id: string; provider_id: string }>`
    select r.client_id, r.staff_id, s.provider_id from registrations r
    join staff s on s.municipality_id = r.municipality_id and s.staff_id = r.staff_id
    where r.municipality_id = ${MUNICIPALITY} and r.kind = 'arrive' and r.at >= ${window.from} and r.at < ${window.to}
    order by r.registration_id limit ${BATCHES}`.execute(database.db);
  const shown: number[] = [];
  for (const [i, pair] of pairs.rows.entries()) {
    const before = (await keptProviderStatement(database.db, MUNICIPALITY, month, pair.provider_id)).registrations;
    const t = performance.now();
    await insertBatch(database, month, i + 1, pair);
    const after = await freshen(database.db, MUNICIPALITY, month).then(() => keptProviderStatement(database.db, MUNICIPALITY, month, pair.provider_id));
    shown.push(performance.now() - t);
    if (after.registrations !== before + 2) throw new Error(`batch ${i}: the statement shows ${after.registrations - before} new registrations, not 2`);
  }
  return { firstComputeSeconds, provider, providerLines, statementMs, allStatementsMs, batches: shown.length, batchShownMs: percentiles(shown) };
}
