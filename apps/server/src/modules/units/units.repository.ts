import type { Unit } from '@hemma/contract/api';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

export async function listUnits(db: Kysely<DB>, mid: string, providerId: string): Promise<Unit[]> {
  const rows = await db
    .selectFrom('units')
    .select(['unit_id', 'provider_id', 'name'])
    .where('municipality_id', '=', mid)
    .where('provider_id', '=', providerId)
    .orderBy('unit_id')
    .execute();
  return rows.map((u) => ({ id: u.unit_id, provider: u.provider_id, name: u.name }));
}

/** Unit ids are unique in the municipality, not only within a provider (the table's key). */
export async function findUnit(
  db: Kysely<DB>,
  mid: string,
  unitId: string,
): Promise<Unit | undefined> {
  const u = await db
    .selectFrom('units')
    .select(['unit_id', 'provider_id', 'name'])
    .where('municipality_id', '=', mid)
    .where('unit_id', '=', unitId)
    .executeTakeFirst();
  return u && { id: u.unit_id, provider: u.provider_id, name: u.name };
}

export async function insertUnit(db: Kysely<DB>, mid: string, u: Unit): Promise<void> {
  await db
    .insertInto('units')
    .values({ municipality_id: mid, unit_id: u.id, provider_id: u.provider, name: u.name })
    .execute();
}

export async function renameUnit(
  db: Kysely<DB>,
  mid: string,
  unitId: string,
  name: string,
): Promise<void> {
  await db
    .updateTable('units')
    .set({ name })
    .where('municipality_id', '=', mid)
    .where('unit_id', '=', unitId)
    .execute();
}
