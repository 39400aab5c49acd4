import type { MyOverviewReply } from '@hemma/contract/api';
import { visitsOnDays } from '@hemma/domain/plans';
import { analyseMonth } from '@hemma/domain/statements';
import { previousMonth } from '@hemma/domain/time';
import type { Actor } from '../../auth/actor.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import type { Database } from '../../db/connect.ts';
import { NotFoundError } from '../../errors.ts';
import { loadClientsMonthData } from '../care-data/month-data.ts';
import { swedishToday } from '../clients/access.ts';
import { clientFeeOfMonth } from '../fees/fees.service.ts';
import { freshen, keptClientSlices } from '../kept-statements/read.ts';
import { postFromClientView } from '../messages/messages.service.ts';
import * as repo from './my-view.repository.ts';
import { ownClient } from './own-client.ts';
import { ASK_DAYS } from './visit-requests.service.ts';
import { clientRequests } from './visit-requests.repository.ts';

// What the client (or her relative) sees of her care, computed by the same engines as the
// office's screens: visits paired by the statements' analysis (R-3, R-4), granted and used time
// from the kept statement lines, the fee by the fee engine. Nothing is computed a
// second way here; this only picks what is hers and puts it in plain words. Staff are shown by
// first name only.

const firstName = (name: string | undefined): string => name?.trim().split(/\s+/)[0] ?? '';
const isoMinute = (epochMinute: number): string => new Date(epochMinute * 60_000).toISOString();

export async function myOverview(database: Database, actor: Actor): Promise<MyOverviewReply> {
  const access = await ownClient(database, actor);
  const mid = actor.municipalityId;
  const clientId = access.clientId;
  const today = swedishToday(actor.at);
  const month = today.slice(0, 7);

  const [header, plans, requests] = await Promise.all([
    repo.clientHeader(database.db, mid, clientId),
    repo.clientPlans(database.db, mid, clientId, today),
    clientRequests(database.db, mid, clientId),
  ]);

  await freshen(database.db, mid, month);
  const data = await loadClientsMonthData(database.db, mid, month, [clientId]);
  const analysed = analyseMonth(data, month);
  const slices = await keptClientSlices(database.db, mid, month, clientId);

  const coming = visitsOnDays(plans, today, ASK_DAYS);
  const past = analysed.visits.filter((v) => v.client === clientId).sort((a, b) => a.startMinute - b.startMinute);
  const names = await repo.staffNames(database.db, mid, [
    ...coming.flatMap((c) => c.visit.preferredStaffId ?? []), ...past.map((v) => v.staff),
  ]);

  const statusOf = (planVisitId: string, date: string): MyOverviewReply['coming'][number]['status'] => {
    const asked = requests.filter((r) => r.planVisitId === planVisitId && r.date === date);
    if (asked.some((r) => r.kind === 'cancel' && r.status === 'confirmed')) return 'cancelled';
    const open = asked.find((r) => r.status === 'pending');
    if (open) return open.kind === 'cancel' ? 'cancel_asked' : 'move_asked';
    return 'planned';
  };

  const feeNow = await clientFeeOfMonth(database, mid, clientId, month);
  const feeBefore = await clientFeeOfMonth(database, mid, clientId, previousMonth(month));

  await recordAudit(database.db, actor, { action: 'read', clientId, objectType: 'my_view', details: { month } });
  return {
    clientName: header.name,
    viewer: { kind: access.kind, name: access.name },
    month,
    contactPerson: header.contactPerson === null ? null : firstName(header.contactPerson),
    plans: plans.map((p) => ({
      providerName: p.providerName, validFrom: p.planFrom, validTo: p.planTo, notes: p.notes, agreedAt: p.agreedAt, agreedHow: p.agreedHow,
      visits: p.visits.map(({ preferredStaffId: _s, ...v }) => ({ ...v, areas: v.areas as MyOverviewReply['plans'][number]['visits'][number]['areas'] })),
    })),
    coming: coming.map(({ date, visit }) => ({
      planVisitId: visit.id, date, windowFrom: visit.windowFrom, windowTo: visit.windowTo,
      areas: visit.areas as MyOverviewReply['coming'][number]['areas'],
      staffFirstNames: visit.preferredStaffId === null ? [] : [firstName(names.get(visit.preferredStaffId))],
      status: statusOf(visit.id, date),
    })),
    past: past.map((v) => ({ date: v.date, arrive: isoMinute(v.startMinute), leave: isoMinute(v.endMinute), minutes: v.endMinute - v.startMinute, staffFirstName: firstName(names.get(v.staff)) })),
    declined: analysed.declined.filter((d) => d.client === clientId).map((d) => ({ date: d.date, kind: d.kind })),
    time: {
      grantedMinutes: slices.reduce((sum, s) => sum + (s.line?.orderedMinutes ?? 0), 0),
      usedMinutes: slices.reduce((sum, s) => sum + (s.line?.performedMinutes ?? 0), 0),
    },
    fee: feeNow === null ? null : { month, feeOre: feeNow.fee.feeOre },
    feeDecisions: [...(feeNow ? [month] : []), ...(feeBefore ? [previousMonth(month)] : [])],
    requests,
  };
}

/** The fee decision of a month as a PDF, the same document finance prints. */
export async function myFeeDecision(database: Database, actor: Actor, month: string): Promise<Buffer> {
  const access = await ownClient(database, actor);
  const fee = await clientFeeOfMonth(database, actor.municipalityId, access.clientId, month);
  if (!fee) throw new NotFoundError(`no fee decision for ${month}`);
  await recordAudit(database.db, actor, { action: 'export', clientId: access.clientId, objectType: 'fee', objectId: month });
  return fee.pdf();
}

/** A message to the provider or the case officer, into the client's dialogue with her provider. */
export async function sendMyMessage(database: Database, actor: Actor, to: 'provider' | 'case_officer', body: string): Promise<void> {
  const access = await ownClient(database, actor);
  const plans = await repo.clientPlans(database.db, actor.municipalityId, access.clientId, swedishToday(actor.at));
  const providerId = plans[0]?.providerId ?? (await repo.providerOfClient(database.db, actor.municipalityId, access.clientId));
  if (providerId === undefined) throw new NotFoundError('you have no provider to write to yet');
  const addressed = to === 'case_officer' ? `Till handläggaren: ${body}` : body;
  await postFromClientView(database, actor, { clientId: access.clientId, providerId, author: access.name, body: addressed });
}
