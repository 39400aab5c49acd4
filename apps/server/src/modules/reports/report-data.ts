import { INDICATOR_DAYS } from '@hemma/domain/reports';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { freshReportFacts, reportDirectory, type FactsPart } from '../report-facts/read.ts';
import { periodOf, type ReportInputs, type ReportName } from './report-kinds.ts';

const DAY_MS = 86_400_000;

/** The months (YYYY-MM) the 14 days from `from` (YYYY-MM-DD) fall in. */
export function indicatorMonths(from: string): string[] {
  const first = from.slice(0, 7);
  const last = new Date(Date.parse(`${from}T00:00:00Z`) + (INDICATOR_DAYS - 1) * DAY_MS).toISOString().slice(0, 7);
  return first === last ? [first] : [first, last];
}

/** The months a report of `period` reads. */
export function reportMonths(name: ReportName, period: string): string[] {
  return periodOf(name) === 'from' ? indicatorMonths(period) : [period];
}

/** The facts each report reads. */
const PART: Record<ReportName, FactsPart> = {
  continuity: 'met',
  'continuity-14': 'indicator',
  'time-at-clients': 'visits',
  'ordered-performed': 'follow-up',
  declined: 'follow-up',
  excess: 'follow-up',
  'manual-registrations': 'follow-up',
  paid: 'follow-up',
};

/**
 * What `name` reads for `period`: the clients' report facts as kept beside the statements
 * (each month brought up to date first), and what is read at the time of the report.
 */
export async function loadReportSources(db: Kysely<DB>, municipality: string, name: ReportName, period: string): Promise<ReportInputs> {
  const months = reportMonths(name, period);
  const facts = await freshReportFacts(db, municipality, months, PART[name]);
  const { name: municipalityName, directory } = await reportDirectory(db, municipality, name === 'time-at-clients' ? period : undefined);
  return { name: municipalityName, directory, facts };
}
