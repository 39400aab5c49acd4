import { randomUUID } from 'node:crypto';
import type { MyVisitRequestBody, VisitRequest, VisitRequestDecisionBody } from '@hemma/contract/api';
import { localInstant } from '@hemma/domain/time';
import { visitsOnDays } from '@hemma/domain/plans';
import type { Actor } from '../../auth/actor.ts';
import { recordAudit, recordAuditMany } from '../../audit/audit.service.ts';
import type { Database } from '../../db/connect.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../errors.ts';
import { clientInScopeOr404, only, swedishToday } from '../clients/access.ts';
import { postFromClientView, postMessage } from '../messages/messages.service.ts';
import { ingestBatch } from '../registrations/registrations.service.ts';
import { clientPlans } from './my-view.repository.ts';
import { ownClient } from './own-client.ts';
import * as repo from './visit-requests.repository.ts';

// A client asks to move or cancel a planned visit; the provider manager confirms or declines.
// A confirmed cancellation becomes a declined_in_advance registration through the registrations
// engine, so statements, fees and the declined-visits report count it as any other (R-2, R-11).
// Each step is also written in the client's dialogue, where the case officer reads it.

/** How far ahead a visit can be asked about: the coming visits the view shows. */
export const ASK_DAYS = 14;

const clockText = (r: { windowFrom: string; windowTo: string }) => `${r.windowFrom}–${r.windowTo}`;

export async function askVisitChange(database: Database, actor: Actor, body: MyVisitRequestBody): Promise<VisitRequest> {
  const access = await ownClient(database, actor);
  const mid = actor.municipalityId;
  const today = swedishToday(actor.at);
  const plans = await clientPlans(database.db, mid, access.clientId, today);
  const coming = visitsOnDays(plans.map((p) => ({ ...p, visits: p.visits.map((v) => ({ ...v, plan: p })) })), today, ASK_DAYS);
  const match = coming.find((c) => c.date === body.date && c.visit.id === body.planVisitId);
  if (!match) throw new InvalidError('no visit of your plan on that day within the coming two weeks', 'planVisitId');
  const id = randomUUID();
  await database.db.transaction().execute(async (trx) => {
    await repo.insertRequest(trx, mid, {
      id, clientId: access.clientId, providerId: match.visit.plan.providerId, planVisitId: body.planVisitId, date: body.date,
      kind: body.kind, wish: body.wish, askedBy: access.name, askedRole: actor.role, at: actor.at,
    }).catch((err: unknown) => {
      throw /visit_requests_one_open|unique/i.test(String(err)) ? new ConflictError('this visit has a request waiting for an answer already') : err;
    });
    await recordAudit(trx, actor, { action: 'create', clientId: access.clientId, objectType: 'visit_request', objectId: id, details: { kind: body.kind } });
  });
  const what = body.kind === 'cancel' ? 'avboka' : 'flytta';
  const text = `Önskar ${what} besöket ${body.date} kl. ${clockText(match.visit)}.${body.wish === '' ? '' : ` ${body.wish}`}`;
  await postFromClientView(database, actor, { clientId: access.clientId, providerId: match.visit.plan.providerId, author: access.name, body: text });
  return (await repo.findRequest(database.db, mid, id))!;
}

export async function listVisitRequests(database: Database, actor: Actor, status: VisitRequest['status'] | undefined): Promise<VisitRequest[]> {
  only(actor, ['provider_manager', 'case_officer'], 'see the clients\' requests');
  const requests = await repo.requestsInScope(database.db, actor, status);
  await recordAuditMany(database.db, actor, [...new Set(requests.map((r) => r.clientId))].map((clientId) => ({ action: 'read' as const, clientId, objectType: 'visit_request' })));
  return requests;
}

export async function decideVisitRequest(database: Database, actor: Actor, requestId: string, body: VisitRequestDecisionBody): Promise<VisitRequest> {
  only(actor, ['provider_manager'], 'answer a client\'s request');
  const mid = actor.municipalityId;
  const request = await repo.findRequest(database.db, mid, requestId);
  if (!request || request.providerId !== actor.providerId) throw new NotFoundError(`no request "${requestId}"`);
  await clientInScopeOr404(database.db, actor, request.clientId);
  if (request.status !== 'pending') throw new ConflictError(`the request is ${request.status} already`);
  let registrationId: string | null = null;
  if (body.decision === 'confirmed' && request.kind === 'cancel') {
    const staff = body.staffId ?? request.preferredStaffId;
    if (staff === null) throw new InvalidError('name the staff member who was to make the visit', 'staffId');
    registrationId = randomUUID();
    await ingestBatch(database, actor, [{
      id: registrationId, kind: 'declined_in_advance', client: request.clientId, staff, method: 'manual',
      at: localInstant(request.date, request.windowFrom, await repo.municipalityZone(database.db, mid)),
      reason: `Avbokat i förväg av ${request.askedBy} (förfrågan bekräftad av ${actor.username})`,
    }]);
  }
  const note = body.note === '' ? null : body.note;
  if (!(await repo.decideRequest(database.db, mid, requestId, { status: body.decision, by: actor.username, at: actor.at, note, registrationId }))) {
    throw new ConflictError('the request was answered by someone else meanwhile');
  }
  const verb = request.kind === 'cancel' ? 'Avbokningen' : 'Flytten';
  const answer = body.decision === 'confirmed' ? 'är bekräftad' : 'kunde inte ordnas';
  await postMessage(database, actor, request.clientId, { body: `${verb} av besöket ${request.date} kl. ${clockText(request)} ${answer}.${note === null ? '' : ` ${note}`}` });
  return (await repo.findRequest(database.db, mid, requestId))!;
}
