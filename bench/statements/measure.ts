// Times the month on one database, in a process of its own so that its peak memory is its own:
// the bare aggregate once to warm the caches, the statements in one thread (loadMonthData, then
// computeStatements for every provider), the aggregate again for the figure; on PostgreSQL then
// the month as the kept pass computes it, in parts on worker threads (month-parts), which must
// give the same statements object.
import type { Database } from '../../apps/server/src/db/connect.ts';
import { loadMonthData, monthWindow } from '../../apps/server/src/modules/care-data/month-data.ts';
import { computeWholeMonth, defaultSplit } from '../../apps/server/src/modules/month-parts/month-parts.ts';
import { computeStatements, joinSlices, type StatementsDocument } from '../../packages/domain/src/statements/index.ts';
import type { PaymentModel } from '../../packages/domain/src/model/care-data.ts';
import { bareAggregate } from './aggregate.ts';
import { MUNICIPALITY } from './setup.ts';

export interface MeasureResult {
  loadSeconds: number;
  computeSeconds: number;
  statementsSeconds: number;
  /** CPU seconds of this process (user + system) in load and compute: less sensitive to shared cores. */
  loadCpuSeconds: number;
  computeCpuSeconds: number;
  aggregateSeconds: number;
  aggregateColdSeconds: number;
  ratio: number;
  /** Process peak resident set (resourceUsage maxRSS), and the heap right after the statements. */
  peakRssBytes: number;
  heapAfterBytes: number;
  registrationsLoaded: number;
  statements: number;
  lines: number;
  totalOre: number;
  exceptions: Record<string, number>;
  aggregateClients: number;
  aggregateMinutes: number;
  paidMinutes: number;
  /** The month in parts on worker threads (PostgreSQL), timed after the rest; same object or the bench fails. */
  parts?: { count: number; seconds: number; cpuSeconds: number; ratio: number; peakRssBytes: number } | undefined;
}

const seconds = (since: number): number => (performance.now() - since) / 1000;
const cpuSeconds = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};

async function timedAggregate(database: Database, month: string): Promise<{ seconds: number; clients: number; minutes: number }> {
  const window = monthWindow(month);
  const t = performance.now();
  const rows = await bareAggregate(database.db, MUNICIPALITY, window.from, window.to);
  return { seconds: seconds(t), clients: rows.length, minutes: rows.reduce((sum, r) => sum + r.minutes, 0) };
}

export async function measureMonth(database: Database, month: string): Promise<MeasureResult> {
  const cold = await timedAggregate(database, month);

  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const data = await loadMonthData(database.db, MUNICIPALITY, month);
  const loadSeconds = seconds(t0);
  const loadCpuSeconds = cpuSeconds(c0);
  const t1 = performance.now();
  const c1 = process.cpuUsage();
  const doc = computeStatements(data, month);
  const computeSeconds = seconds(t1);
  const computeCpuSeconds = cpuSeconds(c1);
  const statementsSeconds = seconds(t0);
  const heapAfterBytes = process.memoryUsage().heapUsed;
  const registrationsLoaded = data.registrations.length;

  const exceptions: Record<string, number> = {};
  let lines = 0;
  let totalOre = 0;
  let paidMinutes = 0;
  for (const s of doc.statements) {
    lines += s.lines.length;
    totalOre += s.totalOre;
    for (const l of s.lines) paidMinutes += l.payableMinutes;
    for (const e of s.exceptions) exceptions[e.type] = (exceptions[e.type] ?? 0) + 1;
  }
  const warm = await timedAggregate(database, month);
  const peakRssBytes = process.resourceUsage().maxRSS * 1024;
  const parts = await measureParts(database, month, doc, data.municipality.model, warm.seconds);
  return {
    loadSeconds,
    computeSeconds,
    statementsSeconds,
    loadCpuSeconds,
    computeCpuSeconds,
    aggregateSeconds: warm.seconds,
    aggregateColdSeconds: cold.seconds,
    ratio: statementsSeconds / warm.seconds,
    peakRssBytes,
    heapAfterBytes,
    registrationsLoaded,
    statements: doc.statements.length,
    lines,
    totalOre,
    exceptions,
    aggregateClients: warm.clients,
    aggregateMinutes: warm.minutes,
    paidMinutes,
    parts,
  };
}

async function measureParts(database: Database, month: string, doc: StatementsDocument, model: PaymentModel, aggregateSeconds: number): Promise<MeasureResult['parts']> {
  const split = defaultSplit(database.url);
  if (split === undefined) return undefined;
  const t = performance.now();
  const c = process.cpuUsage();
  const whole = await computeWholeMonth(database.db, MUNICIPALITY, month, { split, facts: false });
  const joined = joinSlices({ municipality: doc.municipality, model, month, slices: whole.slices });
  const seconds = (performance.now() - t) / 1000;
  if (JSON.stringify(joined) !== JSON.stringify(doc)) throw new Error('the month in parts differs from the month in one thread');
  return { count: split.parts, seconds, cpuSeconds: cpuSeconds(c), ratio: seconds / aggregateSeconds, peakRssBytes: process.resourceUsage().maxRSS * 1024 };
}
