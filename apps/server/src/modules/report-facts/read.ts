// What the reports read of the kept facts: each month brought up to date first (the kept
// statements' `freshen`: the facts are kept in the same pass as the slices), then read.

import type { ClientReportFacts, ReportDirectory } from '@hemma/domain/reports';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { freshen } from '../kept-statements/read.ts';
import * as repo from './report-facts.repository.ts';

export type { FactsPart } from './report-facts.repository.ts';

/** The facts of `months`, each brought up to date first (unless another process is at it). */
export async function freshReportFacts(db: Kysely<DB>, mid: string, months: readonly string[], part: repo.FactsPart): Promise<ClientReportFacts[]> {
  for (const month of months) await freshen(db, mid, month);
  return repo.readFacts(db, mid, months, part);
}

/**
 * What the reports read at the time of the report (see the repository); `shiftsOf` (YYYY-MM, a
 * month brought up to date first) adds its shift minutes.
 */
export function reportDirectory(db: Kysely<DB>, mid: string, shiftsOf?: string): Promise<{ name: string; directory: ReportDirectory }> {
  return repo.readDirectory(db, mid, shiftsOf ?? null);
}

/** A digest of what a report of `months` reads (see the repository): equal digests, equal documents. */
export function reportInputsDigest(db: Kysely<DB>, mid: string, months: readonly string[]): Promise<string> {
  return repo.inputsDigest(db, mid, months);
}
