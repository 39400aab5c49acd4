import type { ClientDetail, ClientSummary } from '@hemma/contract/api';
import type { Kysely, Updateable } from 'kysely';
import type { Actor } from '../../auth/actor.ts';
import { clientInScope } from '../../auth/scope.ts';
import type { ClientsTable, DB } from '../../db/schema.ts';

// Clients, always through the actor's scope (auth/scope.ts).

export async function listClients(db: Kysely<DB>, actor: Actor, page: { limit: number; offset: number }): Promise<ClientSummary[]> {
  const rows = await db
    .selectFrom('clients')
    .select(['client_id', 'name', 'personal_number', 'district_id', 'address'])
    .where(clientInScope(actor))
    .orderBy('name')
    .orderBy('client_id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map((r) => ({ id: r.client_id, name: r.name, personalNumber: r.personal_number, districtId: r.district_id, address: r.address }));
}

/** The client, or undefined when it does not exist or is out of scope: the caller cannot tell which. */
export async function findClient(db: Kysely<DB>, actor: Actor, clientId: string): Promise<ClientDetail | undefined> {
  const r = await db.selectFrom('clients').selectAll().where('client_id', '=', clientId).where(clientInScope(actor)).executeTakeFirst();
  if (!r) return undefined;
  return {
    id: r.client_id,
    name: r.name,
    personalNumber: r.personal_number,
    districtId: r.district_id,
    address: r.address,
    latitude: r.latitude,
    longitude: r.longitude,
    contactPersonStaffId: r.contact_person_staff_id,
    lifeStory: r.life_story,
    phone: r.phone,
    email: r.email,
    nextOfKinName: r.next_of_kin_name,
    nextOfKinPhone: r.next_of_kin_phone,
    wishes: r.wishes,
  };
}

export async function districtExists(db: Kysely<DB>, mid: string, districtId: string): Promise<boolean> {
  const r = await db.selectFrom('districts').select('district_id').where('municipality_id', '=', mid).where('district_id', '=', districtId).executeTakeFirst();
  return r !== undefined;
}

export async function personalNumberTaken(db: Kysely<DB>, mid: string, personalNumber: string): Promise<boolean> {
  const r = await db.selectFrom('clients').select('client_id').where('municipality_id', '=', mid).where('personal_number', '=', personalNumber).executeTakeFirst();
  return r !== undefined;
}

export interface NewClient {
  clientId: string;
  personalNumber: string;
  name: string;
  districtId: string;
  address: string | null;
  /** Contact details, next of kin and wishes, as `detailColumns` gives them. */
  details: Pick<Updateable<ClientsTable>, 'phone' | 'email' | 'next_of_kin_name' | 'next_of_kin_phone' | 'wishes'>;
}

export async function insertClient(db: Kysely<DB>, mid: string, c: NewClient): Promise<void> {
  await db
    .insertInto('clients')
    .values({ municipality_id: mid, client_id: c.clientId, personal_number: c.personalNumber, name: c.name, district_id: c.districtId, address: c.address, ...c.details })
    .execute();
}

export async function updateClient(db: Kysely<DB>, mid: string, clientId: string, set: Updateable<ClientsTable>): Promise<void> {
  await db.updateTable('clients').set(set).where('municipality_id', '=', mid).where('client_id', '=', clientId).execute();
}

/**
 * May this staff member be the client's contact person? She must work for a provider with a
 * live order for the client (for a provider manager: her own provider).
 */
export async function staffServesClient(db: Kysely<DB>, mid: string, clientId: string, staffId: string, providerId?: string): Promise<boolean> {
  let q = db
    .selectFrom('staff')
    .innerJoin('orders', (j) => j.onRef('orders.municipality_id', '=', 'staff.municipality_id').onRef('orders.provider_id', '=', 'staff.provider_id'))
    .select('staff.staff_id')
    .where('staff.municipality_id', '=', mid)
    .where('staff.staff_id', '=', staffId)
    .where('orders.client_id', '=', clientId)
    .where('orders.status', 'not in', ['cancelled', 'declined']);
  if (providerId !== undefined) q = q.where('staff.provider_id', '=', providerId);
  return (await q.executeTakeFirst()) !== undefined;
}
