// Keeps the report facts of a month beside its statement slices: called by the kept statements'
// pass (kept-statements/catch-up.ts) with what it has just computed, inside its transaction, so
// the facts are brought up to date from the same stale marks and the same analysis as the slices.

import type { CareData } from '@hemma/domain';
import { clientReportFacts, type ClientReportFacts, type StatementPiece } from '@hemma/domain/reports';
import type { MonthItems } from '@hemma/domain/statements';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import * as repo from './report-facts.repository.ts';

/** The slices' computation: the facts it read, the slices it made and the month's items. */
export interface SlicesComputed {
  data: CareData;
  slices: readonly StatementPiece[];
  items: MonthItems;
}

/**
 * These clients' facts, replaced. A change of shifts marks the month whole (migration
 * 20261203T0200), so shift minutes change only with the whole month (keepMonthFacts).
 */
export async function keepClientFacts(trx: Kysely<DB>, mid: string, month: string, computed: SlicesComputed, clients: readonly string[]): Promise<void> {
  const facts = clientReportFacts(computed.data, month, computed.slices, computed.items, new Set(clients));
  await repo.deleteFacts(trx, mid, month, clients);
  await repo.insertFacts(trx, mid, month, facts);
}

/** A whole month's facts and shift minutes (month-parts computes them with its slices), replaced. */
export async function keepMonthFacts(trx: Kysely<DB>, mid: string, month: string, facts: readonly ClientReportFacts[], shiftMinutes: ReadonlyMap<string, number>): Promise<void> {
  await repo.deleteFacts(trx, mid, month);
  await repo.insertFacts(trx, mid, month, facts);
  await repo.replaceShiftMinutes(trx, mid, month, shiftMinutes);
}
