import type { ClientAccess } from '@hemma/contract/api';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ClientAccessTable } from '../../db/schema-client-view.ts';

// Who may see a client in her own view: her own account and her relatives', with consent.

type Row = Selectable<ClientAccessTable> & { enrolled: boolean };

function toAccess(r: Row): ClientAccess {
  return {
    id: r.access_id, clientId: r.client_id, kind: r.kind, name: r.name, relation: r.relation,
    consentBy: r.consent_by, consentHow: r.consent_how, consentAt: r.consent_at, consentUntil: r.consent_until,
    createdBy: r.created_by, createdAt: r.created_at.toISOString(), endedAt: r.ended_at?.toISOString() ?? null, endedBy: r.ended_by,
    enrolled: r.enrolled,
  };
}

function withEnrolled(db: Kysely<DB>, mid: string) {
  return db.selectFrom('client_access as a').selectAll('a')
    .select(sql<boolean>`exists (select 1 from passkeys k where k.municipality_id = a.municipality_id and k.user_id = a.user_id)`.as('enrolled'))
    .where('a.municipality_id', '=', mid);
}

export async function listAccess(db: Kysely<DB>, mid: string, clientId: string): Promise<ClientAccess[]> {
  const rows = await withEnrolled(db, mid).where('a.client_id', '=', clientId).orderBy('a.created_at').orderBy('a.access_id').execute();
  return rows.map(toAccess);
}

export async function findAccess(db: Kysely<DB>, mid: string, accessId: string): Promise<(ClientAccess & { userId: string }) | undefined> {
  const row = await withEnrolled(db, mid).where('a.access_id', '=', accessId).executeTakeFirst();
  return row && { ...toAccess(row), userId: row.user_id };
}

/** The live access row of a client or relative account. */
export async function accessOfAccount(db: Kysely<DB>, mid: string, userId: string): Promise<ClientAccess | undefined> {
  const row = await withEnrolled(db, mid).where('a.user_id', '=', userId).where('a.ended_at', 'is', null).executeTakeFirst();
  return row && toAccess(row);
}

export async function hasLiveOwnAccess(db: Kysely<DB>, mid: string, clientId: string): Promise<boolean> {
  const row = await db.selectFrom('client_access').select('access_id').where('municipality_id', '=', mid).where('client_id', '=', clientId)
    .where('kind', '=', 'client').where('ended_at', 'is', null).executeTakeFirst();
  return row !== undefined;
}

export async function insertAccess(db: Kysely<DB>, row: Omit<Selectable<ClientAccessTable>, 'ended_at' | 'ended_by'>): Promise<void> {
  await db.insertInto('client_access').values(row).execute();
}

/** Ends the access and the account's sessions, so it reaches nothing from now on. */
export async function endAccess(db: Kysely<DB>, mid: string, accessId: string, userId: string, by: string, at: Date): Promise<void> {
  await db.updateTable('client_access').set({ ended_at: at, ended_by: by }).where('municipality_id', '=', mid).where('access_id', '=', accessId).execute();
  await db.deleteFrom('sessions').where('municipality_id', '=', mid).where('user_id', '=', userId).execute();
}
