import type { ClientSlice, ExcessEntry, FigureSums } from '@hemma/domain/statements';
import { sliceFigures } from '@hemma/domain/statements';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

export interface KeptMonthRow {
  facts_version: number;
  computed_at: Date | null;
}

export interface StaleMark {
  scope: 'all' | 'client' | 'staff';
  key: string;
  from_at: Date | null;
  to_at: Date | null;
  version: number;
}

export async function keptMonth(db: Kysely<DB>, mid: string, month: string): Promise<KeptMonthRow | undefined> {
  return db.selectFrom('kept_months').select(['facts_version', 'computed_at'])
    .where('municipality_id', '=', mid).where('month', '=', month).executeTakeFirst();
}

/**
 * Registers a month to keep. The exclusive lock waits for every write of the municipality in
 * flight (they hold it shared, see kept_writer): those committed before it are in the first
 * computation, those after it see the month and mark it.
 */
export async function registerMonth(db: Kysely<DB>, mid: string, month: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(hashtext(${'hemma-kept:' + mid}))`.execute(trx);
    await trx.insertInto('kept_months').values({ municipality_id: mid, month })
      .onConflict((oc) => oc.columns(['municipality_id', 'month']).doNothing()).execute();
  });
}

/**
 * Takes the month for bringing it up to date. `for no key update` leaves the writers' marks
 * (foreign keys lock for key share) free; `skip locked` lets another server's work be.
 */
export async function lockMonth(db: Kysely<DB>, mid: string, month: string, wait: boolean): Promise<KeptMonthRow | undefined> {
  const q = db.selectFrom('kept_months').select(['facts_version', 'computed_at'])
    .where('municipality_id', '=', mid).where('month', '=', month).forNoKeyUpdate();
  return (wait ? q : q.skipLocked()).executeTakeFirst();
}

export async function staleMarks(db: Kysely<DB>, mid: string, month: string): Promise<StaleMark[]> {
  return db.selectFrom('kept_stale').select(['scope', 'key', 'from_at', 'to_at', 'version'])
    .where('municipality_id', '=', mid).where('month', '=', month).execute();
}

/** The month's row and whether any mark waits, in one query: what a read asks before all else. */
export async function monthState(db: Kysely<DB>, mid: string, month: string): Promise<{ computed_at: Date | null; stale: boolean } | undefined> {
  const row = await db.selectFrom('kept_months as k').select(['k.computed_at', (eb) => eb.exists(
    eb.selectFrom('kept_stale as s').select('s.key').whereRef('s.municipality_id', '=', 'k.municipality_id').whereRef('s.month', '=', 'k.month'),
  ).as('stale')]).where('k.municipality_id', '=', mid).where('k.month', '=', month).executeTakeFirst();
  return row && { computed_at: row.computed_at, stale: row.stale === true };
}

export async function hasStaleMarks(db: Kysely<DB>, mid: string, month: string): Promise<boolean> {
  const row = await db.selectFrom('kept_stale').select('key')
    .where('municipality_id', '=', mid).where('month', '=', month).limit(1).executeTakeFirst();
  return row !== undefined;
}

/** Months with marks, oldest mark first: what the background work has to do. */
export async function staleMonths(db: Kysely<DB>, limit: number): Promise<{ mid: string; month: string }[]> {
  const rows = await db.selectFrom('kept_stale').select(['municipality_id', 'month', (eb) => eb.fn.min('version').as('first')])
    .groupBy(['municipality_id', 'month']).orderBy('first').limit(limit).execute();
  return rows.map((r) => ({ mid: r.municipality_id, month: r.month }));
}

/** Clients the staff member registered at between the instants, in the month's window. */
export async function clientsOfStaff(db: Kysely<DB>, mid: string, staff: string, from: Date, to: Date): Promise<string[]> {
  const rows = await db.selectFrom('registrations').select('client_id').distinct()
    .where('municipality_id', '=', mid).where('staff_id', '=', staff).where('at', '>=', from).where('at', '<', to).execute();
  return rows.map((r) => r.client_id);
}

/** Deletes the marks read, unless written again since (a new version). */
export async function clearMarks(db: Kysely<DB>, mid: string, month: string, marks: readonly StaleMark[]): Promise<void> {
  for (let i = 0; i < marks.length; i += 1000) {
    const chunk = marks.slice(i, i + 1000);
    await db.deleteFrom('kept_stale').where('municipality_id', '=', mid).where('month', '=', month)
      .where((eb) => eb.or(chunk.map((m) => eb.and([eb('scope', '=', m.scope), eb('key', '=', m.key), eb('version', '=', m.version)]))))
      .execute();
  }
}

/** Deletes the month's slices (of these clients); gives the providers whose slices went. */
export async function deleteSlices(db: Kysely<DB>, mid: string, month: string, clients?: readonly string[]): Promise<string[]> {
  let q = db.deleteFrom('kept_slices').where('municipality_id', '=', mid).where('month', '=', month);
  if (clients !== undefined) {
    if (clients.length === 0) return [];
    q = q.where('client_id', '=', sql<string>`any(${[...clients]}::text[])`);
  }
  const rows = await q.returning('provider_id').execute();
  return [...new Set(rows.map((r) => r.provider_id))];
}

export async function insertSlices(db: Kysely<DB>, mid: string, month: string, slices: readonly ClientSlice[]): Promise<void> {
  for (let i = 0; i < slices.length; i += 2000) {
    const chunk = slices.slice(i, i + 2000);
    await db.insertInto('kept_slices').values(chunk.map((s) => {
      const f = sliceFigures(s);
      return {
        municipality_id: mid, month, provider_id: s.provider, client_id: s.client, slice: JSON.stringify(s),
        amount_ore: f.amountOre, has_line: f.line, has_approved_excess: f.approvedExcess, exceptions: f.exceptions,
        excess: f.excess === null ? null : JSON.stringify(f.excess),
      };
    })).execute();
  }
}

/**
 * Replaces the month's slices (of these clients, or all) with those given, and the figures of
 * every provider whose slices changed.
 */
export async function replaceSlices(db: Kysely<DB>, mid: string, month: string, slices: readonly ClientSlice[], clients?: readonly string[]): Promise<void> {
  const gone = await deleteSlices(db, mid, month, clients);
  await insertSlices(db, mid, month, slices);
  await sumProviderFigures(db, mid, month, clients === undefined ? undefined : [...new Set([...gone, ...slices.map((s) => s.provider)])]);
}

/**
 * Sums the slices' shares into their providers' figures: of the providers named, or of every
 * provider of the month. Run after the slices are written, in the same transaction.
 */
export async function sumProviderFigures(db: Kysely<DB>, mid: string, month: string, providers?: readonly string[]): Promise<void> {
  const only = providers === undefined ? sql`true` : sql`provider_id = any(${[...providers]}::text[])`;
  if (providers !== undefined && providers.length === 0) return;
  await sql`delete from kept_providers where municipality_id = ${mid} and month = ${month} and ${only}`.execute(db);
  await sql`
    insert into kept_providers (municipality_id, month, provider_id, amount_ore, lines, approved_excess, exceptions, exception_client, excess)
    select municipality_id, month, provider_id, sum(amount_ore)::bigint, count(*) filter (where has_line), count(*) filter (where has_approved_excess),
      sum(exceptions)::int, min(client_id) filter (where exceptions > 0),
      coalesce(json_agg(excess order by client_id) filter (where excess is not null), '[]')
    from kept_slices where municipality_id = ${mid} and month = ${month} and ${only}
    group by municipality_id, month, provider_id`.execute(db);
}

/** The sums of every provider's figures of the month, by provider (none for a provider without slices). */
export async function providerSums(db: Kysely<DB>, mid: string, month: string, provider?: string): Promise<Map<string, FigureSums>> {
  const rows = await db.selectFrom('kept_providers')
    .select(['provider_id', 'amount_ore', 'lines', 'approved_excess', 'exceptions', 'exception_client', 'excess'])
    .where('municipality_id', '=', mid).where('month', '=', month)
    .$if(provider !== undefined, (q) => q.where('provider_id', '=', provider!))
    .execute();
  return new Map(rows.map((r) => [r.provider_id, {
    amountOre: Number(r.amount_ore), lines: r.lines, approvedExcess: r.approved_excess, exceptions: r.exceptions,
    exceptionClient: r.exception_client, excess: r.excess as ExcessEntry[],
  }]));
}

export async function markComputed(db: Kysely<DB>, mid: string, month: string, version: number): Promise<void> {
  await db.updateTable('kept_months')
    .set({ computed_at: sql<Date>`now()`, facts_version: sql<number>`greatest(facts_version, ${version})` })
    .where('municipality_id', '=', mid).where('month', '=', month).execute();
}

export async function readSlices(db: Kysely<DB>, mid: string, month: string, where: { provider?: string; client?: string } = {}): Promise<ClientSlice[]> {
  let q = db.selectFrom('kept_slices').select('slice').where('municipality_id', '=', mid).where('month', '=', month);
  if (where.provider !== undefined) q = q.where('provider_id', '=', where.provider);
  if (where.client !== undefined) q = q.where('client_id', '=', where.client);
  const rows = await q.execute();
  return rows.map((r) => r.slice as ClientSlice);
}

export async function paymentModel(db: Kysely<DB>, mid: string): Promise<'performed_time' | 'granted_time'> {
  const row = await db.selectFrom('municipalities').select('payment_model').where('municipality_id', '=', mid).executeTakeFirstOrThrow();
  return row.payment_model;
}
