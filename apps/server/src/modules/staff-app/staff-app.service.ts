import { randomUUID } from 'node:crypto';
import type { ClientCardReply, MyDayReply, StaffNote, StaffNoteBody } from '@hemma/contract/api';
import { visitStatuses } from '@hemma/domain/staff-day';
import type { Actor } from '../../auth/actor.ts';
import { canSeeClient, clientScope } from '../../auth/scope.ts';
import { recordAudit, recordListRead } from '../../audit/audit.service.ts';
import type { Database } from '../../db/connect.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../errors.ts';
import { only, swedishToday } from '../clients/access.ts';
import { clientCard } from './client-card.repository.ts';
import { activeTagsOf, ownRegistrationsOn, plannedVisitsOf, staffName } from './my-day.repository.ts';
import { findNote, insertNote, listNotes, type NoteRow } from './staff-notes.repository.ts';

// The staff phone app's view of the data (docs/staff-app.md). Day plans are computed on request
// and not kept or published, so "my day" is read from the plans: the visits that name the staff
// member as preferred staff on the day's weekday.

/** Notes to staff are shown for this many days back. */
const NOTE_DAYS = 7;

function staffOf(actor: Actor): { providerId: string; staffId: string } {
  only(actor, ['staff'], 'have a day of visits');
  const s = clientScope(actor);
  return { providerId: s.providerId!, staffId: s.staffId! };
}

const noteReply = (n: NoteRow): StaffNote => ({
  id: n.id, clientId: n.clientId, clientName: n.clientName, direction: n.direction, author: n.author, authorName: n.authorName, body: n.body,
  sentAt: n.sentAt.toISOString(), writtenAt: n.writtenAt?.toISOString() ?? null,
});

export async function myDay(database: Database, actor: Actor, date = swedishToday(actor.at)): Promise<MyDayReply> {
  const { providerId, staffId } = staffOf(actor);
  const db = database.db;
  const mid = actor.municipalityId;
  const [planned, registrations, name] = await Promise.all([
    plannedVisitsOf(db, mid, providerId, staffId, date),
    ownRegistrationsOn(db, mid, staffId, date),
    staffName(db, mid, staffId),
  ]);
  const clientIds = [...new Set(planned.map((p) => p.clientId))];
  const [tags, notes] = await Promise.all([
    activeTagsOf(db, mid, clientIds),
    listNotes(db, mid, providerId, { clientIds, direction: 'to_staff', since: new Date(actor.at.getTime() - NOTE_DAYS * 86_400_000) }),
  ]);
  const regs = registrations.map((r) => ({ ...r, at: r.at.toISOString() }));
  const status = visitStatuses(planned.map((p) => ({ id: p.planVisitId, clientId: p.clientId, windowFrom: p.windowFrom })), regs);
  await recordListRead(db, actor, { action: 'read', objectType: 'client', details: { view: 'my-day', date } }, clientIds);
  return {
    date,
    staffId,
    staffName: name,
    source: 'plans',
    visits: planned.map((p) => ({
      id: p.planVisitId,
      clientId: p.clientId,
      clientName: p.clientName,
      address: p.address,
      windowFrom: p.windowFrom,
      windowTo: p.windowTo,
      durationMinutes: p.durationMinutes,
      areas: p.areas,
      staffCount: p.staffCount,
      colleague: null,
      status: status.get(p.planVisitId) ?? 'planned',
      tags: tags.get(p.clientId) ?? [],
    })),
    registrations: regs.map((r) => ({ id: r.id, clientId: r.clientId, kind: r.kind, method: r.method, at: r.at, ...(r.corrects && { corrects: r.corrects }) })),
    notes: notes.map(noteReply),
    syncedAt: actor.at.toISOString(),
  };
}

export async function readClientCard(database: Database, actor: Actor, clientId: string): Promise<ClientCardReply> {
  const { providerId } = staffOf(actor);
  if (!(await canSeeClient(database.db, actor, clientId))) throw new NotFoundError(`no client "${clientId}"`);
  const card = await clientCard(database.db, actor.municipalityId, providerId, clientId, swedishToday(actor.at));
  if (!card) throw new NotFoundError(`no client "${clientId}"`);
  await recordAudit(database.db, actor, { action: 'read', clientId, objectType: 'client', objectId: clientId, details: { view: 'client-card' } });
  return card;
}

/** Staff note something for the manager; a provider manager writes to the staff. */
export async function writeNote(database: Database, actor: Actor, body: StaffNoteBody): Promise<StaffNote> {
  only(actor, ['staff', 'provider_manager'], 'write staff notes');
  const providerId = clientScope(actor).providerId!;
  const id = body.id ?? randomUUID();
  const direction = actor.role === 'staff' ? 'to_manager' : 'to_staff';
  await database.db.transaction().execute(async (trx) => {
    const earlier = await findNote(trx, actor.municipalityId, id);
    if (earlier && (earlier.author !== actor.username || earlier.providerId !== providerId)) throw new ConflictError(`note "${id}" is another's`);
    if (earlier) return;
    if (!(await canSeeClient(trx, actor, body.client))) throw new InvalidError(`no client "${body.client}"`, 'client');
    await insertNote(trx, actor.municipalityId, { id, clientId: body.client, providerId, direction, author: actor.username, body: body.body, writtenAt: body.writtenAt ?? null });
    await recordAudit(trx, actor, { action: 'create', clientId: body.client, objectType: 'staff_note', objectId: id });
  });
  const [note] = await listNotes(database.db, actor.municipalityId, providerId, { id });
  return noteReply(note!);
}

/** The provider's notes both ways, for its managers. */
export async function readNotes(database: Database, actor: Actor, clientId: string | undefined): Promise<StaffNote[]> {
  only(actor, ['provider_manager'], 'read staff notes');
  const providerId = clientScope(actor).providerId!;
  if (clientId !== undefined && !(await canSeeClient(database.db, actor, clientId))) throw new NotFoundError(`no client "${clientId}"`);
  const notes = await listNotes(database.db, actor.municipalityId, providerId, clientId === undefined ? {} : { clientIds: [clientId] });
  await recordListRead(database.db, actor, { action: 'read', objectType: 'staff_note' }, notes.map((n) => n.clientId));
  return notes.map(noteReply);
}
