// A whole month's slices and report facts, computed in one thread or split by provider over
// worker threads. On PostgreSQL each part loads its own providers' registrations over its own
// connection, so loading and computing run on every core; PGlite lives in this thread, so there
// the month is computed here. The domain decides the figures either way: a part is the same
// computation limited to its providers (statements/slices.ts, `MonthPart`).

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ClientReportFacts } from '@hemma/domain/reports';
import { clientReportFacts, mergeClientFacts, shiftMinutesByStaff } from '@hemma/domain/reports';
import type { ClientSlice } from '@hemma/domain/statements';
import { computeSlicesAndItems } from '@hemma/domain/statements';
import { compareIds } from '@hemma/domain/registrations';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { providerStaffCounts } from '../care-data/care-data.repository.ts';
import { loadMonthData } from '../care-data/month-data.ts';
import type { PartReply, PartRequest } from './part-protocol.ts';
import { splitProviders } from './split.ts';

/** Where worker threads can open their own connections, how many to run, and from what size. */
export interface MonthSplit {
  url: string;
  parts: number;
  /**
   * Fewer staff than this in the municipality: computed in this thread. A worker costs about a
   * second to start (its modules load again), more than a small municipality's whole month.
   */
  minStaff: number;
}

const MIN_STAFF_TO_SPLIT = 400;

export interface WholeMonth {
  slices: ClientSlice[];
  /** With `facts` asked for: the month's report facts and every staff member's shift minutes. */
  facts: ClientReportFacts[];
  shiftMinutes: Map<string, number>;
  registrations: number;
}

/** The split a server on PostgreSQL uses: a part per core, none on one core (docs/operations.md). */
export function defaultSplit(url: string | undefined): MonthSplit | undefined {
  const parts = Number(process.env.HEMMA_MONTH_PARTS ?? availableParallelism());
  const minStaff = Number(process.env.HEMMA_MONTH_PARTS_MIN_STAFF ?? MIN_STAFF_TO_SPLIT);
  return url === undefined || !(parts >= 2) ? undefined : { url, parts: Math.floor(parts), minStaff };
}

const WORKER_URL = new URL('./part-worker.mjs', import.meta.url);

export async function computeWholeMonth(
  db: Kysely<DB>, mid: string, month: string, options: { split?: MonthSplit | undefined; facts: boolean },
): Promise<WholeMonth> {
  const weights = options.split === undefined ? undefined : await providerStaffCounts(db, mid);
  const staff = weights === undefined ? 0 : [...weights.values()].reduce((a, b) => a + b, 0);
  const split = options.split !== undefined && staff >= options.split.minStaff ? options.split : undefined;
  if (split === undefined || weights === undefined) return inThisThread(db, mid, month, options.facts);
  const groups = splitProviders(weights, split.parts);
  const workers: Worker[] = [];
  let replies: Extract<PartReply, { ok: true }>[];
  try {
    replies = await Promise.all(groups.map((providers, i) =>
      runPart(workers, { url: split.url, municipality: mid, month, providers, facts: options.facts, shiftMinutes: options.facts && i === 0 })));
  } catch (err) {
    // A part that cannot run (no connection left, a thread that died) must not keep the month
    // stale for ever: the same month in this thread gives the same figures, only slower.
    await Promise.all(workers.map((w) => w.terminate()));
    process.emitWarning(`month ${month} of ${mid}: computed in one thread, a part failed: ${err instanceof Error ? err.message : String(err)}`);
    return inThisThread(db, mid, month, options.facts);
  }
  return {
    // Parts hold different providers: sorted as one computation sorts its slices.
    slices: replies.flatMap((r) => r.slices).sort((a, b) => compareIds(a.provider, b.provider) || compareIds(a.client, b.client)),
    facts: mergeClientFacts(replies.map((r) => r.facts)),
    shiftMinutes: new Map(replies.flatMap((r) => r.shiftMinutes)),
    registrations: replies.reduce((n, r) => n + r.registrations, 0),
  };
}

async function inThisThread(db: Kysely<DB>, mid: string, month: string, facts: boolean): Promise<WholeMonth> {
  const data = await loadMonthData(db, mid, month);
  const { slices, items } = computeSlicesAndItems(data, month);
  if (!facts) return { slices, facts: [], shiftMinutes: new Map(), registrations: data.registrations.length };
  return {
    slices,
    facts: clientReportFacts(data, month, slices, items),
    shiftMinutes: shiftMinutesByStaff(data.shifts ?? [], month, data.municipality.timezone),
    registrations: data.registrations.length,
  };
}

function runPart(workers: Worker[], request: PartRequest): Promise<Extract<PartReply, { ok: true }>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_URL, { workerData: request });
    workers.push(worker);
    let settled = false;
    worker.once('message', (reply: PartReply) => {
      settled = true;
      void worker.terminate();
      if (reply.ok) resolve(reply);
      else reject(new Error(`month part of ${request.providers.length} providers: ${reply.error}`));
    });
    worker.once('error', (err) => {
      settled = true;
      reject(err);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`month part of ${request.providers.length} providers stopped (exit ${code}) before answering`));
    });
  });
}
