import { parentPort, workerData } from 'node:worker_threads';
import pg from 'pg';
import { clientReportFacts, shiftMinutesByStaff } from '@hemma/domain/reports';
import { computeSlicesAndItems } from '@hemma/domain/statements';
import { openDatabase } from '../../db/connect.ts';
import { loadCareData } from '../care-data/care-data.repository.ts';
import { monthWindow } from '../care-data/month-data.ts';
import type { PartReply, PartRequest } from './part-protocol.ts';

// One part of a month's computation in a thread of its own: it opens its own connections, loads
// its providers' registrations (and every correction) by binary COPY, and computes their slices
// and facts.

async function computePart(request: PartRequest): Promise<PartReply> {
  const database = await openDatabase({ url: request.url });
  const copyClient = new pg.Client({ connectionString: request.url });
  try {
    await copyClient.connect();
    const window = { ...monthWindow(request.month), providers: request.providers, noShifts: !request.shiftMinutes, copyClient };
    const data = await loadCareData(database.db, request.municipality, window);
    if (data === null) throw new Error(`no municipality "${request.municipality}"`);
    const providers = new Set(request.providers);
    const { slices, items } = computeSlicesAndItems(data, request.month, undefined, providers);
    const facts = request.facts ? clientReportFacts(data, request.month, slices, items, undefined, providers) : [];
    const shiftMinutes = request.shiftMinutes ? [...shiftMinutesByStaff(data.shifts ?? [], request.month, data.municipality.timezone)] : [];
    return { ok: true, slices, facts, shiftMinutes, registrations: data.registrations.length };
  } finally {
    await copyClient.end();
    await database.close();
  }
}

const port = parentPort;
if (port === null) throw new Error('month-parts/part-main.ts runs only as a worker thread');
computePart(workerData as PartRequest).then(
  (reply) => port.postMessage(reply),
  (err: unknown) => port.postMessage({ ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) } satisfies PartReply),
);
