// A report document is put together once per state of what it reads, then served from memory
// until that changes: a screen is a digest query away from its numbers. The digest covers the
// months' kept state and the directory (report-facts/read.ts); a document is only remembered
// when the digest was the same before and after reading its inputs, so a write in between
// cannot leave a document under a digest it does not belong to. Each server process keeps its
// own (a few documents; a miss costs one read of the kept facts).

import { timeAtClientsUnits, timeInputsOfFacts, type TimeAtClientsFigures } from '@hemma/domain/reports';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { freshen } from '../kept-statements/read.ts';
import { reportInputsDigest } from '../report-facts/read.ts';
import { loadReportSources, reportMonths } from './report-data.ts';
import { computeReport, type ReportDocument, type ReportName } from './report-kinds.ts';

export interface ComputedReport {
  document: ReportDocument;
  /** The municipality's name (export titles). */
  name: string;
  /** Time at clients per unit, beside the providers. */
  units: { unit: string; provider: string; figures: TimeAtClientsFigures }[] | null;
}

const REMEMBERED = 32;
const memo = new Map<string, { digest: string; report: ComputedReport }>();

/** The municipality's report `name` of `period`, each month it reads brought up to date first. */
export async function municipalityReport(db: Kysely<DB>, mid: string, name: ReportName, period: string): Promise<ComputedReport> {
  const months = reportMonths(name, period);
  for (const month of months) await freshen(db, mid, month);
  const key = `${mid}\u0000${name}\u0000${period}`;
  const before = await reportInputsDigest(db, mid, months);
  const known = memo.get(key);
  if (known?.digest === before) {
    // Most recently used last, so the oldest is the first to go.
    memo.delete(key);
    memo.set(key, known);
    return known.report;
  }
  const inputs = await loadReportSources(db, mid, name, period);
  const report: ComputedReport = {
    document: computeReport(name, inputs, period),
    name: inputs.name,
    units: name === 'time-at-clients' ? timeAtClientsUnits(timeInputsOfFacts(inputs.directory, inputs.facts)) : null,
  };
  if ((await reportInputsDigest(db, mid, months)) === before) {
    memo.delete(key);
    memo.set(key, { digest: before, report });
    for (const oldest of memo.keys()) {
      if (memo.size <= REMEMBERED) break;
      memo.delete(oldest);
    }
  }
  return report;
}
