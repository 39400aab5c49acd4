import type { District } from '@hemma/contract/api';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

export async function listDistricts(db: Kysely<DB>, mid: string): Promise<District[]> {
  const rows = await db
    .selectFrom('districts')
    .select(['district_id', 'name'])
    .where('municipality_id', '=', mid)
    .orderBy('district_id')
    .execute();
  return rows.map((r) => ({ id: r.district_id, name: r.name }));
}

export async function findDistrict(
  db: Kysely<DB>,
  mid: string,
  id: string,
): Promise<District | undefined> {
  const r = await db
    .selectFrom('districts')
    .select(['district_id', 'name'])
    .where('municipality_id', '=', mid)
    .where('district_id', '=', id)
    .executeTakeFirst();
  return r && { id: r.district_id, name: r.name };
}

export async function insertDistrict(db: Kysely<DB>, mid: string, d: District): Promise<void> {
  await db
    .insertInto('districts')
    .values({ municipality_id: mid, district_id: d.id, name: d.name })
    .execute();
}

/** False when there is no such district. */
export async function renameDistrict(
  db: Kysely<DB>,
  mid: string,
  id: string,
  name: string,
): Promise<boolean> {
  const r = await db
    .updateTable('districts')
    .set({ name })
    .where('municipality_id', '=', mid)
    .where('district_id', '=', id)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
