import type { Deviation } from '@hemma/domain';
import type { StatementStatus } from '@hemma/domain/month-close';
import type { ProviderStatement } from '@hemma/domain/statements';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB } from '../../db/schema.ts';

export interface StatementRow {
  status: StatementStatus;
  document: ProviderStatement | null;
  total_ore: number | null;
  adjustments_ore: number;
  submitted_by: string | null;
  approved_by: string | null;
  reopened_at: Date | null;
  reopened_by: string | null;
  reopen_reason: string | null;
}

interface Key {
  mid: string;
  provider: string;
  month: string;
}

export async function getStatementRow(db: Kysely<DB>, k: Key, forUpdate = false): Promise<StatementRow | undefined> {
  let q = db
    .selectFrom('statements')
    .select(['status', 'document', 'total_ore', 'adjustments_ore', 'submitted_by', 'approved_by', 'reopened_at', 'reopened_by', 'reopen_reason'])
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
  values: { status: StatementStatus; document?: ProviderStatement | null; totalOre?: number | null; adjustmentsOre?: number; by?: string; reason?: string },
): Promise<void> {
  const stamp = {
    submitted: { submitted_at: sql<Date>`now()`, submitted_by: values.by ?? null },
    approved: { approved_at: sql<Date>`now()`, approved_by: values.by ?? null },
    exported: { exported_at: sql<Date>`now()` },
    // Back to draft is finance sending it back: when, by whom and why, for the provider to read.
    draft: { reopened_at: sql<Date>`now()`, reopened_by: values.by ?? null, reopen_reason: values.reason ?? null },
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

/** The month's deviations of a provider still waiting for a decision. */
export async function reportedDeviations(db: Kysely<DB>, k: Key): Promise<Deviation[]> {
  const rows = await db.selectFrom('deviations').selectAll()
    .where('municipality_id', '=', k.mid).where('provider_id', '=', k.provider).where('month', '=', k.month).where('status', '=', 'reported')
    .orderBy('deviation_id').execute();
  return rows.map(toDomainDeviation);
}

/** A stored deviation as the month-close rules read it. */
export function toDomainDeviation(d: Selectable<DB['deviations']>): Deviation {
  return {
    id: d.deviation_id, client: d.client_id, provider: d.provider_id, month: d.month, minutes: d.minutes,
    reason: d.reason, comment: d.comment, ...(d.category !== null && { category: d.category }), status: d.status,
  };
}

/** The municipality's payment day: the day of the next month a month is paid on. */
export async function paymentDayOf(db: Kysely<DB>, mid: string): Promise<number> {
  const row = await db.selectFrom('municipalities').select('payment_day').where('municipality_id', '=', mid).executeTakeFirstOrThrow();
  return row.payment_day;
}

/** The approved documents of a month's locked (approved or exported) statements, by provider. */
export async function lockedDocumentsOfMonth(db: Kysely<DB>, mid: string, month: string): Promise<{ provider: string; status: StatementStatus; document: ProviderStatement }[]> {
  const rows = await db
    .selectFrom('statements')
    .select(['provider_id', 'status', 'document'])
    .where('municipality_id', '=', mid)
    .where('month', '=', month)
    .where('status', 'in', ['approved', 'exported'])
    .orderBy('provider_id')
    .execute();
  return rows.flatMap((r) => (r.document ? [{ provider: r.provider_id, status: r.status, document: r.document as ProviderStatement }] : []));
}

/** Every provider of the municipality, for the month-close board. */
export async function providersOf(db: Kysely<DB>, mid: string): Promise<{ provider_id: string; name: string; org_number: string }[]> {
  return db.selectFrom('providers').select(['provider_id', 'name', 'org_number']).where('municipality_id', '=', mid).orderBy('provider_id').execute();
}
