// What the month-close board reads of every provider at once: one query per kind of fact for
// the whole month, not one per provider.
import type { Deviation } from '@hemma/domain';
import type { StatementStatus } from '@hemma/domain/month-close';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { toDomainDeviation } from './month-close.repository.ts';

export interface BoardStatementRow {
  provider: string;
  status: StatementStatus;
  totalOre: number | null;
  adjustmentsOre: number;
  /** Lines of the approved document; null before approval. */
  lockedLines: number | null;
}

/** The month's statement rows, by provider (a provider without one is a draft). */
export async function statementRowsOfMonth(db: Kysely<DB>, mid: string, month: string): Promise<Map<string, BoardStatementRow>> {
  const rows = await db.selectFrom('statements')
    .select(['provider_id', 'status', 'total_ore', 'adjustments_ore', sql<number | null>`jsonb_array_length(document->'lines')`.as('lines')])
    .where('municipality_id', '=', mid).where('month', '=', month).execute();
  return new Map(rows.map((r) => [r.provider_id, {
    provider: r.provider_id, status: r.status, totalOre: r.total_ore, adjustmentsOre: r.adjustments_ore, lockedLines: r.lines === null ? null : Number(r.lines),
  }]));
}

/** Every provider's locked (approved or exported) months before `month`, oldest first. */
export async function lockedMonthsBeforeOfAll(db: Kysely<DB>, mid: string, month: string): Promise<{ provider: string; month: string; approvedTotalOre: number }[]> {
  const rows = await db.selectFrom('statements').select(['provider_id', 'month', 'total_ore'])
    .where('municipality_id', '=', mid).where('month', '<', month).where('status', 'in', ['approved', 'exported'])
    .orderBy('provider_id').orderBy('month').execute();
  return rows.map((r) => ({ provider: r.provider_id, month: r.month, approvedTotalOre: r.total_ore ?? 0 }));
}

/** Adjustments already booked, by provider and the month they concern. */
export async function bookedAdjustmentsOfAll(db: Kysely<DB>, mid: string): Promise<Map<string, Map<string, number>>> {
  const rows = await db.selectFrom('statement_adjustments')
    .select(['provider_id', 'concerns_month', (eb) => eb.fn.sum<number>('amount_ore').as('sum')])
    .where('municipality_id', '=', mid).groupBy(['provider_id', 'concerns_month']).execute();
  const out = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const ofProvider = out.get(r.provider_id) ?? new Map<string, number>();
    ofProvider.set(r.concerns_month, Number(r.sum));
    out.set(r.provider_id, ofProvider);
  }
  return out;
}

/** The clients each provider has given a reason for excess of the month. */
export async function excessReasonsOfMonth(db: Kysely<DB>, mid: string, month: string): Promise<Map<string, Set<string>>> {
  const rows = await db.selectFrom('excess_reasons').select(['provider_id', 'client_id'])
    .where('municipality_id', '=', mid).where('month', '=', month).execute();
  const out = new Map<string, Set<string>>();
  for (const r of rows) out.set(r.provider_id, (out.get(r.provider_id) ?? new Set()).add(r.client_id));
  return out;
}

/** The month's deviations still waiting for a decision, of every provider. */
export async function reportedDeviationsOfMonth(db: Kysely<DB>, mid: string, month: string): Promise<Deviation[]> {
  const rows = await db.selectFrom('deviations').selectAll()
    .where('municipality_id', '=', mid).where('month', '=', month).where('status', '=', 'reported')
    .orderBy('deviation_id').execute();
  return rows.map(toDomainDeviation);
}
