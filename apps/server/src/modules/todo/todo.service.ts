import type { TodoEntry, TodoGroup, TodoKind } from '@hemma/contract/api';
import { formatDayNumber, parseDate, previousMonth } from '@hemma/domain/time';
import type { Kysely } from 'kysely';
import type { Actor } from '../../auth/actor.ts';
import { recordAuditMany } from '../../audit/audit.service.ts';
import type { Database } from '../../db/connect.ts';
import type { DB } from '../../db/schema.ts';
import { swedishToday } from '../clients/access.ts';
import { freshen, keptMonthFigures, keptProviderStatement } from '../kept-statements/read.ts';
import { listThreads } from '../messages/inbox.repository.ts';
import * as repo from './todo.repository.ts';

// "Att göra" (docs/api.md, "Office"): what waits for the signed-in person, by role, from the same
// rows and the same kept statements the rest of the API shows.

/** A decision ending within this many days is "about to expire". */
export const EXPIRY_DAYS = 30;
/** A declined order stays on the case officer's list this long (she sends it elsewhere). */
export const DECLINED_DAYS = 30;
/** Entries per group; `count` is always the full number. */
export const ENTRY_LIMIT = 50;

interface Context {
  db: Kysely<DB>;
  actor: Actor;
  today: string;
  months: string[];
  names: Map<string, string>;
  /** Months brought up to date in this request. */
  fresh: Map<string, Promise<unknown>>;
}

function group(kind: TodoKind, entries: TodoEntry[], count = entries.length): TodoGroup {
  return { kind, count, entries: entries.slice(0, ENTRY_LIMIT) };
}

function withClient(c: Context, clientId: string): Pick<TodoEntry, 'clientId' | 'clientName'> {
  const name = c.names.get(clientId);
  return { clientId, ...(name !== undefined && { clientName: name }) };
}

/** Brings a month's kept statements up to date once per request, for the groups that read them. */
async function freshMonth(c: Context, month: string): Promise<void> {
  let done = c.fresh.get(month);
  if (done === undefined) {
    done = freshen(c.db, c.actor.municipalityId, month);
    c.fresh.set(month, done);
  }
  await done;
}

async function newMessages(c: Context): Promise<TodoGroup> {
  const threads = (await listThreads(c.db, c.actor)).filter((t) => t.unread > 0);
  return group('new_messages', threads.map((t) => ({
    id: `${t.clientId}/${t.providerId}`, ...withClient(c, t.clientId), title: t.providerId, at: t.last.sentAt, link: `/api/v1/clients/${t.clientId}/messages`,
  })));
}

async function sentOrders(c: Context, kind: 'orders_awaiting_reply' | 'new_orders'): Promise<TodoGroup> {
  const rows = await repo.ordersWithStatus(c.db, c.actor, 'sent');
  return group(kind, rows.map((o) => ({ id: o.order_id, ...withClient(c, o.client_id), title: o.provider_id, at: o.valid_from, link: `/api/v1/orders/${o.order_id}` })));
}

async function declinedOrders(c: Context): Promise<TodoGroup> {
  const since = new Date(`${formatDayNumber(parseDate(c.today) - DECLINED_DAYS)}T00:00:00Z`);
  const rows = await repo.ordersWithStatus(c.db, c.actor, 'declined', since);
  return group('orders_declined', rows.map((o) => ({
    id: o.order_id, ...withClient(c, o.client_id), title: o.declined_reason ?? '', at: o.declined_at?.toISOString() ?? o.valid_from, link: `/api/v1/orders/${o.order_id}`,
  })));
}

async function excessToReview(c: Context): Promise<TodoGroup> {
  const entries: TodoEntry[] = [];
  for (const month of c.months) {
    await freshMonth(c, month);
    // The providers' kept figures hold their excess: no statement's lines are read.
    for (const s of await keptMonthFigures(c.db, c.actor.municipalityId, month)) {
      for (const e of s.excess) {
        if (e.status !== 'pending' || !c.names.has(e.client)) continue;
        entries.push({ id: `${month}/${s.provider}/${e.client}`, ...withClient(c, e.client), title: s.provider, at: month, link: `/api/v1/follow-up/${month}/excess` });
      }
    }
  }
  return group('excess_to_review', entries);
}

async function deviationsToDecide(c: Context): Promise<TodoGroup> {
  const rows = await repo.deviationsWithStatus(c.db, c.actor, 'reported');
  return group('deviations_to_decide', rows.map((d) => ({
    id: d.deviation_id, ...withClient(c, d.client_id), title: d.reason, at: d.month, link: `/api/v1/deviations?month=${d.month}`,
  })));
}

async function decisionsExpiring(c: Context): Promise<TodoGroup> {
  const until = formatDayNumber(parseDate(c.today) + EXPIRY_DAYS);
  const rows = await repo.decisionsEnding(c.db, c.actor, c.today, until);
  return group('decisions_expiring', rows.map((d) => ({
    id: d.decision_id, ...withClient(c, d.client_id), at: d.valid_to ?? undefined, link: `/api/v1/clients/${d.client_id}/decisions`,
  })));
}

/** The provider's months that are still open (neither approved nor exported). */
async function openMonths(c: Context, provider: string): Promise<{ month: string; status: string }[]> {
  const out: { month: string; status: string }[] = [];
  for (const month of c.months) {
    const status = await repo.statementStatus(c.db, c.actor.municipalityId, provider, month);
    out.push({ month, status });
  }
  return out;
}

async function exceptionsToResolve(c: Context, provider: string, months: readonly { month: string; status: string }[]): Promise<TodoGroup> {
  const entries: TodoEntry[] = [];
  for (const { month, status } of months) {
    if (status === 'approved' || status === 'exported') continue;
    await freshMonth(c, month);
    const s = await keptProviderStatement(c.db, c.actor.municipalityId, month, provider);
    for (const e of s.exceptions) {
      entries.push({ id: e.registration, ...withClient(c, e.client), title: e.type, at: e.at, link: `/api/v1/exceptions?month=${month}` });
    }
  }
  return group('exceptions_to_resolve', entries);
}

async function deviationsRejected(c: Context): Promise<TodoGroup> {
  const rows = await repo.deviationsWithStatus(c.db, c.actor, 'rejected', c.months);
  return group('deviations_rejected', rows.map((d) => ({
    id: d.deviation_id, ...withClient(c, d.client_id), title: d.decision_reason ?? '', at: d.decided_at?.toISOString() ?? d.month, link: `/api/v1/deviations?month=${d.month}`,
  })));
}

function monthEnd(provider: string, months: readonly { month: string; status: string }[]): TodoGroup {
  // Every open month is shown with its status; only drafts wait for the manager.
  const entries = months.map(({ month, status }) => ({ id: `${provider}/${month}`, title: status, at: month, link: `/api/v1/statements/${month}/${provider}` }));
  return group('month_end', entries, months.filter((m) => m.status === 'draft').length);
}

async function statements(c: Context, kind: 'statements_to_approve' | 'statements_to_export', status: 'submitted' | 'approved'): Promise<TodoGroup> {
  const rows = await repo.statementsWithStatus(c.db, c.actor, status);
  return group(kind, rows.map((s) => ({
    id: `${s.provider_id}/${s.month}`, title: s.provider_id, at: (s.approved_at ?? s.submitted_at)?.toISOString() ?? s.month, link: `/api/v1/statements/${s.month}/${s.provider_id}`,
  })));
}

async function groupsFor(c: Context): Promise<TodoGroup[]> {
  switch (c.actor.role) {
    case 'case_officer':
      return [await newMessages(c), await excessToReview(c), await deviationsToDecide(c), await sentOrders(c, 'orders_awaiting_reply'),
        await declinedOrders(c), await decisionsExpiring(c)];
    case 'provider_manager': {
      const provider = c.actor.providerId!;
      const months = await openMonths(c, provider);
      return [await sentOrders(c, 'new_orders'), await newMessages(c), await exceptionsToResolve(c, provider, months), await deviationsRejected(c), monthEnd(provider, months)];
    }
    case 'finance':
    case 'admin':
      return [await statements(c, 'statements_to_approve', 'submitted'), await statements(c, 'statements_to_export', 'approved')];
    case 'staff':
    case 'client':
    case 'relative':
      // Staff work from their phone's day view; clients and relatives from their own view.
      return [];
  }
}

export async function todo(database: Database, actor: Actor, month?: string): Promise<TodoGroup[]> {
  const today = swedishToday();
  const current = today.slice(0, 7);
  const c: Context = {
    db: database.db, actor, today,
    months: month !== undefined ? [month] : [previousMonth(current), current],
    names: await repo.clientNames(database.db, actor),
    fresh: new Map(),
  };
  const groups = await groupsFor(c);
  const shown = new Set(groups.flatMap((g) => g.entries.flatMap((e) => e.clientId ?? [])));
  await recordAuditMany(database.db, actor, [...shown].map((clientId) => ({ action: 'read', clientId, objectType: 'todo', details: { view: 'todo' } })));
  return groups;
}
