import type { ExcessForReview, FollowUpLine, FollowUpReply } from '@hemma/contract/api';
import type { ProviderStatement, StatementLine } from '@hemma/domain/statements';
import type { Actor } from '../../auth/actor.ts';
import { recordListRead } from '../../audit/audit.service.ts';
import type { Database } from '../../db/connect.ts';
import { only } from '../clients/access.ts';
import { freshMonthDocument, keptPaymentModel } from '../kept-statements/read.ts';
import { keptMonthView, visitsIn } from '../visits/visits.service.ts';
import * as repo from './follow-up.repository.ts';

// The case officer's follow-up: the statement lines of her district's clients and the excess
// she reviews, read from the kept statements (no second computation, docs/kept-statements.md).

const ROLES = ['case_officer', 'admin', 'finance'] as const;

function lineOf(s: ProviderStatement, l: StatementLine): FollowUpLine {
  const { client: _client, ...rest } = l;
  return { ...rest, providerId: s.provider, excessStatus: s.excess.find((e) => e.client === l.client)?.status ?? null };
}

export async function followUp(database: Database, actor: Actor, month: string): Promise<FollowUpReply> {
  only(actor, ROLES, 'follow up the district');
  const names = await repo.clientsInScope(database.db, actor);
  const { doc: statements } = await freshMonthDocument(database.db, actor.municipalityId, month);
  const byClient = new Map<string, FollowUpLine[]>();
  for (const s of statements.statements) {
    for (const l of s.lines) {
      if (!names.has(l.client)) continue;
      byClient.set(l.client, [...(byClient.get(l.client) ?? []), lineOf(s, l)]);
    }
  }
  const clients = [...byClient].map(([clientId, lines]) => ({ clientId, clientName: names.get(clientId)!, lines }))
    .sort((a, b) => a.clientName.localeCompare(b.clientName, 'sv') || (a.clientId < b.clientId ? -1 : 1));
  await recordListRead(database.db, actor, { action: 'read', objectType: 'statement_line', details: { month } }, clients.map((c) => c.clientId));
  return { month, model: await keptPaymentModel(database.db, actor.municipalityId), clients };
}

export async function excessForReview(database: Database, actor: Actor, month: string, status: 'pending' | 'approved' | 'rejected' | 'all'): Promise<ExcessForReview[]> {
  only(actor, ROLES, 'review excess time');
  const mid = actor.municipalityId;
  const names = await repo.clientsInScope(database.db, actor);
  const { doc } = await freshMonthDocument(database.db, mid, month);
  // Visits are paired for the clients listed alone, as their kept slices were.
  const listed = new Set(doc.statements.flatMap((s) => s.excess.filter((e) => names.has(e.client) && (status === 'all' || e.status === status)).map((e) => e.client)));
  const view = await keptMonthView(database.db, mid, month, doc, [...listed]);
  const reasons = await repo.excessReasons(database.db, mid, month);
  const reviews = await repo.latestReviewReasons(database.db, mid, month);
  const out: ExcessForReview[] = [];
  for (const s of view.statements.statements) {
    for (const e of s.excess) {
      const line = s.lines.find((l) => l.client === e.client);
      if (!names.has(e.client) || line === undefined || (status !== 'all' && e.status !== status)) continue;
      const k = repo.excessKey(e.client, s.provider);
      const { visits, exceptions } = visitsIn(view, e.client, (p) => p === s.provider);
      out.push({
        clientId: e.client, clientName: names.get(e.client)!, providerId: s.provider, minutes: e.minutes, amountOre: e.amountOre, status: e.status,
        providerReason: reasons.get(k) ?? null, reviewReason: e.status === 'pending' ? null : (reviews.get(k) ?? null),
        line: lineOf(s, line), visits, exceptions,
      });
    }
  }
  await recordListRead(database.db, actor, { action: 'read', objectType: 'excess', details: { month, status } }, out.map((x) => x.clientId));
  return out;
}
