import type { FeeData, FeeModel } from '@hemma/domain';
import { DEFAULT_UPLIFT_UNDER_AGE } from '@hemma/domain/fees';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { feeModelFromRow } from '../care-data/row-mappers.ts';

export async function clientExists(db: Kysely<DB>, mid: string, client: string): Promise<boolean> {
  const row = await db.selectFrom('clients').select('client_id').where('municipality_id', '=', mid).where('client_id', '=', client).executeTakeFirst();
  return row !== undefined;
}

export async function readFeeData(db: Kysely<DB>, mid: string, client: string): Promise<FeeData | undefined> {
  const f = await db.selectFrom('client_fee_data').selectAll().where('municipality_id', '=', mid).where('client_id', '=', client).executeTakeFirst();
  return f && {
    netIncomeOre: f.net_income_ore,
    housingSupplementOre: f.housing_supplement_ore,
    housingCostOre: f.housing_cost_ore,
    household: f.household,
    adjustmentsOre: f.adjustments_ore,
  };
}

export async function writeFeeData(db: Kysely<DB>, mid: string, client: string, f: FeeData): Promise<void> {
  const values = {
    net_income_ore: f.netIncomeOre,
    housing_supplement_ore: f.housingSupplementOre,
    housing_cost_ore: f.housingCostOre,
    household: f.household,
    adjustments_ore: f.adjustmentsOre,
  };
  await db
    .insertInto('client_fee_data')
    .values({ municipality_id: mid, client_id: client, ...values })
    .onConflict((oc) => oc.columns(['municipality_id', 'client_id']).doUpdateSet(values))
    .execute();
}

export async function deleteFeeData(db: Kysely<DB>, mid: string, client: string): Promise<boolean> {
  const r = await db.deleteFrom('client_fee_data').where('municipality_id', '=', mid).where('client_id', '=', client).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export async function readFeeModels(db: Kysely<DB>, mid: string): Promise<FeeModel[]> {
  const rows = await db.selectFrom('fee_models').selectAll().where('municipality_id', '=', mid).orderBy('position').execute();
  return rows.map(feeModelFromRow);
}

/** Models are never edited: a new one takes effect from its date and the history stays. */
export async function appendFeeModel(db: Kysely<DB>, mid: string, m: FeeModel): Promise<void> {
  const last = await db.selectFrom('fee_models').select((eb) => eb.fn.max<number | null>('position').as('max')).where('municipality_id', '=', mid).executeTakeFirst();
  await db
    .insertInto('fee_models')
    .values({
      municipality_id: mid,
      position: (last?.max ?? -1) + 1,
      valid_from: m.from,
      basis: m.basis,
      tariff: JSON.stringify(m.tariff),
      under65_minimibelopp_percent: m.under65MinimibeloppPercent,
      declined_at_door_fee_ore: m.declinedAtDoorFeeOre,
      own_minimibelopp_single_ore: m.ownMinimibelopp?.singleOre ?? null,
      own_minimibelopp_cohabiting_ore: m.ownMinimibelopp?.cohabitingOre ?? null,
      uplift_under_age: m.upliftUnderAge ?? DEFAULT_UPLIFT_UNDER_AGE,
    })
    .execute();
}

export async function readPrisbasbelopp(db: Kysely<DB>, mid: string): Promise<Record<string, number>> {
  const row = await db.selectFrom('municipalities').select('prisbasbelopp').where('municipality_id', '=', mid).executeTakeFirstOrThrow();
  return row.prisbasbelopp;
}

export async function setPrisbasbelopp(db: Kysely<DB>, mid: string, year: string, kronor: number): Promise<void> {
  await db
    .updateTable('municipalities')
    .set({ prisbasbelopp: sql`prisbasbelopp || jsonb_build_object(${year}::text, ${kronor}::int)` })
    .where('municipality_id', '=', mid)
    .execute();
}

/** Postal addresses of clients, for their fee decisions. */
export async function clientAddresses(db: Kysely<DB>, mid: string, clients: readonly string[]): Promise<Map<string, string>> {
  if (clients.length === 0) return new Map();
  const rows = await db.selectFrom('clients').select(['client_id', 'address']).where('municipality_id', '=', mid).where('client_id', 'in', clients).execute();
  return new Map(rows.flatMap((r) => (r.address ? [[r.client_id, r.address] as const] : [])));
}
