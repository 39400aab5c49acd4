import type { RateReply, RuleReply } from '@hemma/contract/api';
import type { Band, HolidayEve, Rate, Rule } from '@hemma/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { textArray } from '../municipality/guards.ts';
import { bandFromRow, rateFromRow } from '../care-data/row-mappers.ts';

// Bands, rules and rates of one municipality, always in `position` order: the order that breaks
// ties (bands: equal precedence, the earlier wins; rates: the one listed last wins).

export async function readBands(db: Kysely<DB>, mid: string): Promise<Band[]> {
  const rows = await db
    .selectFrom('bands')
    .selectAll()
    .where('municipality_id', '=', mid)
    .orderBy('position')
    .execute();
  return rows.map(bandFromRow);
}

/** The bands are one setting: the new list replaces the old, its order becoming `position`. */
export async function replaceBands(
  db: Kysely<DB>,
  mid: string,
  bands: readonly Band[],
): Promise<void> {
  await db.deleteFrom('bands').where('municipality_id', '=', mid).execute();
  await db
    .insertInto('bands')
    .values(
      bands.map((b, position) => ({
        municipality_id: mid,
        band_id: b.id,
        position,
        from_time: b.from,
        to_time: b.to,
        days: textArray(b.days),
        price: b.price,
        precedence: b.precedence,
      })),
    )
    .execute();
}

export async function defaultBandOf(db: Kysely<DB>, mid: string): Promise<string> {
  const row = await db
    .selectFrom('municipalities')
    .select('default_band')
    .where('municipality_id', '=', mid)
    .executeTakeFirstOrThrow();
  return row.default_band;
}

export async function readRules(db: Kysely<DB>, mid: string): Promise<RuleReply[]> {
  const rows = await db
    .selectFrom('rules')
    .selectAll()
    .where('municipality_id', '=', mid)
    .orderBy('position')
    .execute();
  return rows.map((r) => ({
    position: r.position,
    from: r.valid_from,
    capPercent: r.cap_percent,
    declinedAtDoorPercent: { care: r.declined_care_percent, service: r.declined_service_percent },
  }));
}

export async function readRates(db: Kysely<DB>, mid: string): Promise<RateReply[]> {
  const rows = await db
    .selectFrom('rates')
    .selectAll()
    .where('municipality_id', '=', mid)
    .orderBy('position')
    .execute();
  return rows.map((r) => ({ position: r.position, ...rateFromRow(r) }));
}

async function nextPosition(
  db: Kysely<DB>,
  table: 'rules' | 'rates',
  mid: string,
): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.max<number | null>('position').as('max'))
    .where('municipality_id', '=', mid)
    .executeTakeFirst();
  return (row?.max ?? -1) + 1;
}

/** Appends a rule after every other (history is never edited); returns its position. */
export async function appendRule(db: Kysely<DB>, mid: string, r: Rule): Promise<number> {
  const position = await nextPosition(db, 'rules', mid);
  await db
    .insertInto('rules')
    .values({
      municipality_id: mid,
      position,
      valid_from: r.from,
      cap_percent: r.capPercent,
      declined_care_percent: r.declinedAtDoorPercent.care,
      declined_service_percent: r.declinedAtDoorPercent.service,
    })
    .execute();
  return position;
}

/** Appends a rate last, so that among equally specific entries of one date it wins. */
export async function appendRate(db: Kysely<DB>, mid: string, r: Rate): Promise<number> {
  const position = await nextPosition(db, 'rates', mid);
  await db
    .insertInto('rates')
    .values({
      municipality_id: mid,
      position,
      valid_from: r.from,
      price: r.price,
      ore: r.ore,
      band_id: r.band ?? null,
      category: r.category ?? null,
      provider_kind: r.providerKind ?? null,
      area: r.area ?? null,
    })
    .execute();
  return position;
}

/** The eves the municipality counts as holidays, for the week preview. */
export async function holidayEvesOf(db: Kysely<DB>, mid: string): Promise<HolidayEve[]> {
  const row = await db
    .selectFrom('municipalities')
    .select('holiday_eves')
    .where('municipality_id', '=', mid)
    .executeTakeFirstOrThrow();
  return row.holiday_eves as HolidayEve[];
}

/** The rates in listing order as the engine reads them, for the change preview. */
export async function readRateEntries(db: Kysely<DB>, mid: string): Promise<Rate[]> {
  const rows = await db.selectFrom('rates').selectAll().where('municipality_id', '=', mid).orderBy('position').execute();
  return rows.map(rateFromRow);
}
