// What other modules read of the kept statements (the month-close views, visits, exports, the
// CLI, reports). Every read first brings the month up to date where it can without waiting: a
// month being brought up to date elsewhere is read as kept, and says so (`stale`).

import type { ClientSlice, ProviderFigures, ProviderStatement, StatementsDocument } from '@hemma/domain/statements';
import { compareIds } from '@hemma/domain/registrations';
import { joinProviderSlices, joinSlices, providerFigures } from '@hemma/domain/statements';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { catchUpIn, catchUpMonth } from './catch-up.ts';
import * as repo from './kept.repository.ts';

export interface KeptState {
  /** True while changes to the month's facts are not yet in what is shown. */
  stale: boolean;
  /** When the kept result was last brought up to date (ISO), null if never. */
  computedAt: string | null;
}

/** Whether the month's kept result is up to date, without bringing it up to date. */
export async function keptState(db: Kysely<DB>, mid: string, month: string): Promise<KeptState> {
  const row = await repo.monthState(db, mid, month);
  return { stale: row?.computed_at == null || row.stale, computedAt: row?.computed_at?.toISOString() ?? null };
}

/**
 * Brings the month up to date unless another process is doing so; a month never computed is
 * waited for, since there is nothing to show before it.
 */
export async function freshen(db: Kysely<DB>, mid: string, month: string): Promise<KeptState> {
  // Most reads find nothing to do: one query, no transaction.
  const now = await keptState(db, mid, month);
  if (!now.stale) return now;
  const done = await catchUpMonth(db, mid, month, false);
  if (done === 'busy') {
    const row = await repo.keptMonth(db, mid, month);
    if (row?.computed_at == null) await catchUpMonth(db, mid, month, true);
  }
  return keptState(db, mid, month);
}

/**
 * Inside a transaction that must see the month exactly as its facts are (submit, approve):
 * the month is registered beforehand with `freshen`; what is stale now is done here, waiting
 * for another process's pass if need be.
 */
export async function upToDateIn(trx: Kysely<DB>, mid: string, month: string): Promise<KeptState> {
  await catchUpIn(trx, mid, month, true);
  const row = await repo.keptMonth(trx, mid, month);
  return { stale: false, computedAt: row?.computed_at?.toISOString() ?? null };
}

/** A provider's slices of the month, one per client; their exceptions carry the registration's own instant. */
export function keptProviderSlices(db: Kysely<DB>, mid: string, month: string, provider: string): Promise<ClientSlice[]> {
  return repo.readSlices(db, mid, month, { provider });
}

/** A provider's statement of the month; one without lines or approved excess is empty. */
export async function keptProviderStatement(db: Kysely<DB>, mid: string, month: string, provider: string): Promise<ProviderStatement> {
  const slices = await keptProviderSlices(db, mid, month, provider);
  const model = await repo.paymentModel(db, mid);
  return joinProviderSlices(provider, model, slices) ?? {
    provider, model, lines: [], excess: [], approvedExcess: [], exceptions: [], registrations: 0, manualRegistrations: 0, undecidedDeviations: 0, totalOre: 0,
  };
}

export async function keptMonthDocument(db: Kysely<DB>, mid: string, month: string): Promise<StatementsDocument> {
  const slices = await repo.readSlices(db, mid, month);
  return joinSlices({ municipality: mid, model: await repo.paymentModel(db, mid), month, slices });
}

/** The month's statements of every provider as kept, brought up to date first (`freshen`). */
export async function freshMonthDocument(db: Kysely<DB>, mid: string, month: string): Promise<{ doc: StatementsDocument; kept: KeptState }> {
  const kept = await freshen(db, mid, month);
  return { doc: await keptMonthDocument(db, mid, month), kept };
}

/** The payment model the kept statements were computed under. */
export function keptPaymentModel(db: Kysely<DB>, mid: string): Promise<'performed_time' | 'granted_time'> {
  return repo.paymentModel(db, mid);
}

/** A client's slices of the month, one per provider. */
export async function keptClientSlices(db: Kysely<DB>, mid: string, month: string, client: string): Promise<ClientSlice[]> {
  return repo.readSlices(db, mid, month, { client });
}

/**
 * Each provider's figures of the month as its statement shows them (total, lines, exceptions,
 * excess), without reading its lines; a provider without slices has zero figures.
 */
export async function keptProviderFigures(db: Kysely<DB>, mid: string, month: string, providers: readonly string[]): Promise<Map<string, ProviderFigures>> {
  const sums = await repo.providerSums(db, mid, month, providers.length === 1 ? providers[0] : undefined);
  return new Map(providers.map((p) => [p, providerFigures(p, sums.get(p))]));
}

/** The figures of every provider with slices in the month, in provider order (zero without a statement). */
export async function keptMonthFigures(db: Kysely<DB>, mid: string, month: string): Promise<ProviderFigures[]> {
  const sums = await repo.providerSums(db, mid, month);
  return [...sums.keys()].sort(compareIds).map((p) => providerFigures(p, sums.get(p)));
}
