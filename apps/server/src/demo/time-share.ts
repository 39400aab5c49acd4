// The share of a demo month's working time spent at clients (R-17), as the report shows it: a
// demo whose staff have scheduled shifts shows figures near the research average (58 %), not "–".

import type { TimeAtClientsDocument } from '@hemma/domain/reports';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { loadReportSources } from '../modules/reports/report-data.ts';
import { computeReport } from '../modules/reports/report-kinds.ts';
import { timeAtClientsTotal } from '../modules/reports/report-trend.ts';

export async function timeAtClientsOfMonths(db: Kysely<DB>, municipality: string, months: readonly string[]): Promise<TimeAtClientsDocument[]> {
  const out: TimeAtClientsDocument[] = [];
  for (const month of months) {
    out.push(computeReport('time-at-clients', await loadReportSources(db, municipality, 'time-at-clients', month), month) as TimeAtClientsDocument);
  }
  return out;
}

export function describeTimeAtClients(docs: readonly TimeAtClientsDocument[]): string {
  const percent = (p: number | null) => (p === null ? '–' : `${p.toFixed(1)} %`);
  return docs
    .map((d) => `${d.month}: ${percent(timeAtClientsTotal(d))} of shift time at clients (${d.providers.map((p) => `${p.provider} ${percent(p.percent)}`).join(', ')})`)
    .join('; ');
}
