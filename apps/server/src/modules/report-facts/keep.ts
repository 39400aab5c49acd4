// Keeps the report facts of a month beside its statement slices: called by the kept statements'
// pass (kept-statements/catch-up.ts) with what it has just computed, inside its transaction, so
// the facts are brought up to date from the same stale marks and the same analysis as the slices.

import type { CareData } from '@hemma/domain';
import { clientReportFacts, shiftMinutesByStaff, type StatementPiece } from '@hemma/domain/reports';
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
 * The whole month's facts and shift minutes, or (with `clients`) those clients' facts,
 * replaced. A change of shifts marks the month whole (migration 20261203T0200), so the shift
 * minutes are only computed with the whole month.
 */
export async function keepReportFacts(trx: Kysely<DB>, mid: string, month: string, computed: SlicesComputed, clients?: readonly string[]): Promise<void> {
  const only = clients === undefined ? undefined : new Set(clients);
  const facts = clientReportFacts(computed.data, month, computed.slices, computed.items, only);
  await repo.deleteFacts(trx, mid, month, clients);
  await repo.insertFacts(trx, mid, month, facts);
  if (clients !== undefined) return;
  const { data } = computed;
  await repo.replaceShiftMinutes(trx, mid, month, shiftMinutesByStaff(data.shifts ?? [], month, data.municipality.timezone));
}
