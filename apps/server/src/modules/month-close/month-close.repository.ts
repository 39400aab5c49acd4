import type { StatementStatus } from '@hemma/domain/month-close';
import type { ProviderStatement } from '@hemma/domain/statements';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

export interface StatementRow {
  status: StatementStatus;
  document: ProviderStatement | null;
  total_ore: number | null;
  adjustments_ore: number;
  submitted_by: string | null;
  approved_by: string | null;
}

interface Key {
  mid: string;
  provider: string;
  month: string;
}

export async function getStatementRow(db: Kysely<DB>, k: Key, forUpdate = false): Promise<StatementRow | undefined> {
  let q = db
    .selectFrom('statements')
    .select(['status', 'document', 'total_ore', 'adjustments_ore', 'submitted_by', 'approved_by'])
    .where('municipality_id', '=', k.mid)
    .where('provider_id', '=', k.provider)
    .where('month', '=', k.month);
  if (forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  return row && { ...row, status: row.status, document: row.document as ProviderStatement | null };
}

export async function providerExists(db: Kysely<DB>, mid: string, provider: string): Promise<boolean> {
  const row = await db.selectFrom('providers').select('provider_id').where('municipality_id', '=', mid).where('provider_id', '=', provider).executeTakeFirst();
  return row !== undefined;
}

/** Creates the draft row so that later writers have a row to lock. */
export async function ensureStatementRow(db: Kysely<DB>, k: Key): Promise<void> {
  await db
    .insertInto('statements')
    .values({ municipality_id: k.mid, provider_id: k.provider, month: k.month, status: 'draft', document: null, total_ore: null })
    .onConflict((oc) => oc.columns(['municipality_id', 'provider_id', 'month']).doNothing())
    .execute();
}

export async function saveStatement(
  db: Kysely<DB>,
  k: Key,
  values: { status: StatementStatus; document?: ProviderStatement | null; totalOre?: number | null; adjustmentsOre?: number; by?: string },
): Promise<void> {
  const stamp = {
    submitted: { submitted_at: sql<Date>`now()`, submitted_by: values.by ?? null },
    approved: { approved_at: sql<Date>`now()`, approved_by: values.by ?? null },
    exported: { exported_at: sql<Date>`now()` },
    draft: {},
  }[values.status];
  await db
    .updateTable('statements')
    .set({
      status: values.status,
      updated_at: sql<Date>`now()`,
      ...(values.document !== undefined && { document: values.document === null ? null : JSON.stringify(values.document) }),
      ...(values.totalOre !== undefined && { total_ore: values.totalOre }),
      ...(values.adjustmentsOre !== undefined && { adjustments_ore: values.adjustmentsOre }),
      ...stamp,
    })
    .where('municipality_id', '=', k.mid)
    .where('provider_id', '=', k.provider)
    .where('month', '=', k.month)
    .execute();
}

/** The locked (approved or exported) statements of a provider before `month`. */
export async function lockedMonthsBefore(db: Kysely<DB>, k: Key): Promise<{ month: string; total_ore: number }[]> {
  const rows = await db
    .selectFrom('statements')
    .select(['month', 'total_ore'])
    .where('municipality_id', '=', k.mid)
    .where('provider_id', '=', k.provider)
    .where('month', '<', k.month)
    .where('status', 'in', ['approved', 'exported'])
    .orderBy('month')
    .execute();
  return rows.map((r) => ({ month: r.month, total_ore: r.total_ore ?? 0 }));
}

/** Adjustments already booked per month they concern. */
export async function bookedAdjustments(db: Kysely<DB>, mid: string, provider: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('statement_adjustments')
    .select(['concerns_month', (eb) => eb.fn.sum<number>('amount_ore').as('sum')])
    .where('municipality_id', '=', mid)
    .where('provider_id', '=', provider)
    .groupBy('concerns_month')
    .execute();
  return new Map(rows.map((r) => [r.concerns_month, Number(r.sum)]));
}

export async function adjustmentsBookedIn(db: Kysely<DB>, k: Key): Promise<{ concernsMonth: string; amountOre: number }[]> {
  const rows = await db
    .selectFrom('statement_adjustments')
    .select(['concerns_month', 'amount_ore'])
    .where('municipality_id', '=', k.mid)
    .where('provider_id', '=', k.provider)
    .where('month', '=', k.month)
    .orderBy('concerns_month')
    .execute();
  return rows.map((r) => ({ concernsMonth: r.concerns_month, amountOre: r.amount_ore }));
}

export async function bookAdjustments(db: Kysely<DB>, k: Key, items: readonly { concernsMonth: string; amountOre: number }[]): Promise<void> {
  if (items.length === 0) return;
  await db
    .insertInto('statement_adjustments')
    .values(items.map((a) => ({ municipality_id: k.mid, provider_id: k.provider, month: k.month, concerns_month: a.concernsMonth, amount_ore: a.amountOre })))
    .execute();
}

export async function excessReasons(db: Kysely<DB>, k: Key): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('excess_reasons')
    .select(['client_id', 'reason'])
    .where('municipality_id', '=', k.mid)
    .where('provider_id', '=', k.provider)
    .where('month', '=', k.month)
    .execute();
  return new Map(rows.map((r) => [r.client_id, r.reason]));
}

export async function saveExcessReason(db: Kysely<DB>, k: Key, client: string, reason: string, by: string): Promise<void> {
  await db
    .insertInto('excess_reasons')
    .values({ municipality_id: k.mid, provider_id: k.provider, month: k.month, client_id: client, reason, given_by: by })
    .onConflict((oc) => oc.columns(['municipality_id', 'client_id', 'provider_id', 'month']).doUpdateSet({ reason, given_by: by, given_at: sql<Date>`now()` }))
    .execute();
}

/** Appends a review; the latest (highest ordinal) counts. */
export async function appendExcessReview(db: Kysely<DB>, k: Key, client: string, decision: 'approved' | 'rejected', reason: string): Promise<void> {
  const last = await db
    .selectFrom('excess_reviews')
    .select((eb) => eb.fn.max<number | null>('ordinal').as('max'))
    .where('municipality_id', '=', k.mid)
    .where('provider_id', '=', k.provider)
    .where('month', '=', k.month)
    .where('client_id', '=', client)
    .executeTakeFirst();
  await db
    .insertInto('excess_reviews')
    .values({ municipality_id: k.mid, provider_id: k.provider, month: k.month, client_id: client, ordinal: (last?.max ?? -1) + 1, decision, reason })
    .execute();
}

export async function findDeviation(db: Kysely<DB>, mid: string, id: string) {
  return db.selectFrom('deviations').selectAll().where('municipality_id', '=', mid).where('deviation_id', '=', id).executeTakeFirst();
}

export async function decideDeviation(
  db: Kysely<DB>, mid: string, id: string, d: { status: 'approved' | 'rejected'; reason: string; by: string },
): Promise<void> {
  await db
    .updateTable('deviations')
    .set({ status: d.status, decided_at: sql<Date>`now()`, decision_reason: d.reason === '' ? null : d.reason, decided_by: d.by })
    .where('municipality_id', '=', mid)
    .where('deviation_id', '=', id)
    .execute();
}

export async function clientDistrict(db: Kysely<DB>, mid: string, client: string): Promise<string | undefined> {
  const row = await db.selectFrom('clients').select('district_id').where('municipality_id', '=', mid).where('client_id', '=', client).executeTakeFirst();
  return row?.district_id;
}

export async function statementsOfMonth(db: Kysely<DB>, mid: string, month: string) {
  return db
    .selectFrom('statements')
    .innerJoin('providers', (j) => j.onRef('providers.municipality_id', '=', 'statements.municipality_id').onRef('providers.provider_id', '=', 'statements.provider_id'))
    .select(['statements.provider_id', 'statements.status', 'statements.total_ore', 'statements.adjustments_ore', 'providers.org_number'])
    .where('statements.municipality_id', '=', mid)
    .where('statements.month', '=', month)
    .orderBy('statements.provider_id')
    .execute();
}
