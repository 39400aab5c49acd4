import { randomUUID } from 'node:crypto';
import type { ClientCreateBody, ClientDetail, ClientPatchBody, ClientSummary } from '@hemma/contract/api';
import { parsePersonalNumber } from '@hemma/domain/ids';
import type { Updateable } from 'kysely';
import type { Actor } from '../../auth/actor.ts';
import { recordAudit, recordListRead } from '../../audit/audit.service.ts';
import type { Database } from '../../db/connect.ts';
import type { ClientsTable } from '../../db/schema.ts';
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from '../../errors.ts';
import { clientInScopeOr404, only, ownProvider, swedishToday } from './access.ts';
import { detailColumns } from './client-details.ts';
import * as repo from './clients.repository.ts';

// Clients: every client shown is logged as read (the list as one audit row naming them all, one
// client opened as a row of her own), every change is logged in the transaction that makes it
// (DOMAIN.md §6, docs/audit.md "Lists").

/**
 * Fields only the municipality changes (the assessment's record: who she is, how to reach her,
 * what she wishes); a provider manager keeps contact person, life story and coordinates.
 */
const MUNICIPALITY_FIELDS = ['name', 'address', 'districtId', 'phone', 'email', 'nextOfKinName', 'nextOfKinPhone', 'wishes'] as const;

export async function listClients(database: Database, actor: Actor, page: { limit: number; offset: number }): Promise<ClientSummary[]> {
  const clients = await repo.listClients(database.db, actor, page);
  await recordListRead(database.db, actor, { action: 'read', objectType: 'client', details: { view: 'list' } }, clients.map((c) => c.id));
  return clients;
}

export async function getClient(database: Database, actor: Actor, clientId: string): Promise<ClientDetail> {
  const client = await repo.findClient(database.db, actor, clientId);
  // The message of the first version of this route, kept: clients may match on it.
  if (!client) throw new NotFoundError(`no client ${clientId}`);
  await recordAudit(database.db, actor, { action: 'read', clientId, objectType: 'client', objectId: clientId });
  return client;
}

export async function createClient(database: Database, actor: Actor, body: ClientCreateBody): Promise<ClientDetail> {
  only(actor, ['case_officer', 'admin'], 'register clients');
  const mid = actor.municipalityId;
  // A case officer registers clients of her own district; another district answers like none.
  const districtId = body.districtId ?? actor.districtId ?? undefined;
  if (districtId === undefined) throw new InvalidError('name the client\'s district', 'districtId');
  if (actor.role === 'case_officer' && districtId !== actor.districtId) throw new NotFoundError(`no district "${districtId}"`);
  const pn = parsePersonalNumber(body.personalNumber, swedishToday());
  if (!pn.ok) throw new InvalidError(`personal number: ${pn.message}`, 'personalNumber');
  const clientId = randomUUID();
  await database.db.transaction().execute(async (trx) => {
    if (!(await repo.districtExists(trx, mid, districtId))) throw new NotFoundError(`no district "${districtId}"`);
    // One client, one record: a second registration would split her history and her fee.
    if (await repo.personalNumberTaken(trx, mid, pn.value.normalized)) throw new ConflictError('a client with this personal number is already registered');
    await repo.insertClient(trx, mid, { clientId, personalNumber: pn.value.normalized, name: body.name, districtId, address: body.address ?? null, details: detailColumns(body) });
    await recordAudit(trx, actor, { action: 'create', clientId, objectType: 'client', objectId: clientId });
  });
  return getClient(database, actor, clientId);
}

export async function patchClient(database: Database, actor: Actor, clientId: string, body: ClientPatchBody): Promise<ClientDetail> {
  only(actor, ['case_officer', 'admin', 'provider_manager'], 'change clients');
  const mid = actor.municipalityId;
  const fields = Object.keys(body);
  if (actor.role === 'provider_manager' && MUNICIPALITY_FIELDS.some((f) => f in body)) {
    throw new ForbiddenError('a provider manager changes only the contact person, the life story, the practical notes and the coordinates');
  }
  await database.db.transaction().execute(async (trx) => {
    await clientInScopeOr404(trx, actor, clientId);
    const set: Updateable<ClientsTable> = detailColumns(body);
    if (body.name !== undefined) set.name = body.name;
    if (body.address !== undefined) set.address = body.address;
    if (body.lifeStory !== undefined) set.life_story = body.lifeStory;
    if (body.practicalNotes !== undefined) set.practical_notes = body.practicalNotes;
    if (body.latitude !== undefined) set.latitude = body.latitude;
    if (body.longitude !== undefined) set.longitude = body.longitude;
    if (body.districtId !== undefined) {
      if (!(await repo.districtExists(trx, mid, body.districtId))) throw new InvalidError(`no district "${body.districtId}"`, 'districtId');
      set.district_id = body.districtId;
    }
    if (body.contactPersonStaffId !== undefined) {
      const staffId = body.contactPersonStaffId;
      if (staffId !== null && !(await repo.staffServesClient(trx, mid, clientId, staffId, ownProvider(actor)))) {
        throw new InvalidError(`staff "${staffId}" works for no provider of this client`, 'contactPersonStaffId');
      }
      set.contact_person_staff_id = staffId;
    }
    await repo.updateClient(trx, mid, clientId, set);
    // The names of the changed fields, never their content.
    await recordAudit(trx, actor, { action: 'update', clientId, objectType: 'client', objectId: clientId, details: { fields } });
  });
  // A case officer who moved the client to another district no longer sees her: answer with what
  // was written rather than a 404.
  const after = await repo.findClient(database.db, { ...actor, role: 'admin' }, clientId);
  if (!after) throw new NotFoundError(`no client ${clientId}`);
  await recordAudit(database.db, actor, { action: 'read', clientId, objectType: 'client', objectId: clientId });
  return after;
}
