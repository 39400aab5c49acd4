import type { Provider } from '@hemma/contract/api';
import type { Kysely, Selectable } from 'kysely';
import type { DB, ProvidersTable } from '../../db/schema.ts';

const toProvider = (p: Selectable<ProvidersTable>): Provider => ({
  id: p.provider_id,
  name: p.name,
  orgNumber: p.org_number,
  kind: p.kind,
});

export async function listProviders(db: Kysely<DB>, mid: string): Promise<Provider[]> {
  const rows = await db
    .selectFrom('providers')
    .selectAll()
    .where('municipality_id', '=', mid)
    .orderBy('provider_id')
    .execute();
  return rows.map(toProvider);
}

export async function findProvider(
  db: Kysely<DB>,
  mid: string,
  id: string,
): Promise<Provider | undefined> {
  const p = await db
    .selectFrom('providers')
    .selectAll()
    .where('municipality_id', '=', mid)
    .where('provider_id', '=', id)
    .executeTakeFirst();
  return p && toProvider(p);
}

export async function insertProvider(db: Kysely<DB>, mid: string, p: Provider): Promise<void> {
  await db
    .insertInto('providers')
    .values({
      municipality_id: mid,
      provider_id: p.id,
      name: p.name,
      org_number: p.orgNumber,
      kind: p.kind,
    })
    .execute();
}

export async function updateProvider(db: Kysely<DB>, mid: string, p: Provider): Promise<void> {
  await db
    .updateTable('providers')
    .set({ name: p.name, org_number: p.orgNumber, kind: p.kind })
    .where('municipality_id', '=', mid)
    .where('provider_id', '=', p.id)
    .execute();
}
