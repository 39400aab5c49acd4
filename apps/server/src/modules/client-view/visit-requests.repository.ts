import type { VisitRequest } from '@hemma/contract/api';
import type { Kysely } from 'kysely';
import type { Actor } from '../../auth/actor.ts';
import { clientIdsInScope } from '../../auth/scope.ts';
import type { DB } from '../../db/schema.ts';

// A client's requests to move or cancel a planned visit, and the provider's answers.

function requests(db: Kysely<DB>, mid: string) {
  return db.selectFrom('visit_requests as r')
    .innerJoin('clients as c', (j) => j.onRef('c.municipality_id', '=', 'r.municipality_id').onRef('c.client_id', '=', 'r.client_id'))
    .innerJoin('plan_visits as pv', (j) => j.onRef('pv.municipality_id', '=', 'r.municipality_id').onRef('pv.plan_visit_id', '=', 'r.plan_visit_id'))
    .selectAll('r')
    .select(['c.name as client_name', 'pv.window_from', 'pv.window_to', 'pv.preferred_staff_id'])
    .where('r.municipality_id', '=', mid);
}

type Row = Awaited<ReturnType<ReturnType<typeof requests>['executeTakeFirstOrThrow']>>;

function toRequest(r: Row): VisitRequest {
  return {
    id: r.request_id, clientId: r.client_id, clientName: r.client_name, providerId: r.provider_id, planVisitId: r.plan_visit_id,
    date: r.date, windowFrom: r.window_from, windowTo: r.window_to, kind: r.kind, wish: r.wish,
    askedBy: r.asked_by, askedRole: r.asked_role, askedAt: r.asked_at.toISOString(), status: r.status,
    decidedBy: r.decided_by, decidedAt: r.decided_at?.toISOString() ?? null, decisionNote: r.decision_note, registrationId: r.registration_id,
  };
}

export async function clientRequests(db: Kysely<DB>, mid: string, clientId: string): Promise<VisitRequest[]> {
  const rows = await requests(db, mid).where('r.client_id', '=', clientId).orderBy('r.date').orderBy('r.asked_at').execute();
  return rows.map(toRequest);
}

/** Requests of the clients in the actor's scope; a provider sees only those to her own provider. */
export async function requestsInScope(db: Kysely<DB>, actor: Actor, status: VisitRequest['status'] | undefined): Promise<VisitRequest[]> {
  let q = requests(db, actor.municipalityId).where('r.client_id', 'in', clientIdsInScope(db, actor));
  if (actor.providerId !== null) q = q.where('r.provider_id', '=', actor.providerId);
  if (status !== undefined) q = q.where('r.status', '=', status);
  const rows = await q.orderBy('r.date').orderBy('r.asked_at').limit(500).execute();
  return rows.map(toRequest);
}

export async function findRequest(db: Kysely<DB>, mid: string, requestId: string): Promise<(VisitRequest & { preferredStaffId: string | null }) | undefined> {
  const row = await requests(db, mid).where('r.request_id', '=', requestId).executeTakeFirst();
  return row && { ...toRequest(row), preferredStaffId: row.preferred_staff_id };
}

export async function insertRequest(db: Kysely<DB>, mid: string, r: { id: string; clientId: string; providerId: string; planVisitId: string; date: string; kind: 'cancel' | 'move'; wish: string; askedBy: string; askedRole: string; at: Date }): Promise<void> {
  await db.insertInto('visit_requests').values({
    municipality_id: mid, request_id: r.id, client_id: r.clientId, provider_id: r.providerId, plan_visit_id: r.planVisitId,
    date: r.date, kind: r.kind, wish: r.wish, asked_by: r.askedBy, asked_role: r.askedRole, asked_at: r.at,
  }).execute();
}

/** Decides a pending request; false when it was decided already. */
export async function decideRequest(db: Kysely<DB>, mid: string, requestId: string, d: { status: 'confirmed' | 'declined'; by: string; at: Date; note: string | null; registrationId: string | null }): Promise<boolean> {
  const r = await db.updateTable('visit_requests')
    .set({ status: d.status, decided_by: d.by, decided_at: d.at, decision_note: d.note, registration_id: d.registrationId })
    .where('municipality_id', '=', mid).where('request_id', '=', requestId).where('status', '=', 'pending')
    .executeTakeFirst();
  return r.numUpdatedRows === 1n;
}

export async function municipalityZone(db: Kysely<DB>, mid: string): Promise<string> {
  return (await db.selectFrom('municipalities').select('timezone').where('municipality_id', '=', mid).executeTakeFirstOrThrow()).timezone;
}
