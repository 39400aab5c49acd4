import { adjustmentsDue, approvalBlockers, isLocked, submitBlockers, transition, type Blocker, type CloseAction, type StatementStatus } from '@hemma/domain/month-close';
import type { ProviderStatement } from '@hemma/domain/statements';
import { paymentDate } from '@hemma/domain/time';
import type { Kysely } from 'kysely';
import type { Actor, Role } from '../../auth/actor.ts';
import type { Deviation } from '@hemma/contract/api';
import { recordAudit } from '../../audit/audit.service.ts';
import type { Database } from '../../db/connect.ts';
import type { DB } from '../../db/schema.ts';
import { BlockedError, ConflictError, ForbiddenError, InvalidError, NotFoundError } from '../../errors.ts';
import { freshen, keptProviderFigures, keptProviderStatement, keptState, upToDateIn, type KeptState } from '../kept-statements/read.ts';
import * as repo from './month-close.repository.ts';
import { toDeviation } from '../deviations/deviations.repository.ts';
import { loadExportNames } from '../care-data/care-data.repository.ts';
import { paymentCsvRows } from '../statements/export/csv.ts';
import { statementsPdf } from '../statements/export/pdf.ts';
import { statementsXlsx } from '../statements/export/xlsx.ts';

export interface Adjustment {
  concernsMonth: string;
  amountOre: number;
}

export interface MonthCloseView {
  month: string;
  provider: string;
  status: StatementStatus;
  /** The locked snapshot once approved; otherwise computed from today's facts. */
  statement: ProviderStatement;
  excessReasons: { client: string; reason: string }[];
  /** Corrections of earlier locked months, paid with this month. */
  adjustments: Adjustment[];
  toPayOre: number;
  blockers: { submit: Blocker[]; approve: Blocker[] };
  /** Whether the statement shown is still catching up with the latest facts. */
  kept: KeptState;
  /** The last time finance sent the statement back, and why. */
  reopened: { at: string; by: string; reason: string } | null;
}

function allow(actor: Actor, roles: readonly Role[], what: string): void {
  if (!roles.includes(actor.role)) throw new ForbiddenError(`${actor.role} may not ${what}`);
}

function ownProvider(actor: Actor, provider: string): void {
  if (actor.role === 'provider_manager' && actor.providerId !== provider) {
    // Out of scope reads as absent: a provider learns nothing of another's statement.
    throw new NotFoundError(`no statement for provider "${provider}"`);
  }
}

/** The kept statement; the provider must exist. */
async function keptFor(db: Kysely<DB>, mid: string, month: string, provider: string): Promise<ProviderStatement> {
  if (!(await repo.providerExists(db, mid, provider))) throw new NotFoundError(`no provider "${provider}"`);
  return keptProviderStatement(db, mid, month, provider);
}

/**
 * Brings the month and the provider's locked months before it (their late corrections are
 * adjustments now) up to date, outside any transaction: only their stale parts are computed.
 */
async function freshenAll(db: Kysely<DB>, key: { mid: string; provider: string; month: string }): Promise<KeptState> {
  for (const l of await repo.lockedMonthsBefore(db, key)) await freshen(db, key.mid, l.month);
  return freshen(db, key.mid, key.month);
}

/** Late corrections of this provider's locked months that are not yet booked anywhere. */
async function pendingAdjustments(db: Kysely<DB>, key: { mid: string; provider: string; month: string }): Promise<Adjustment[]> {
  const locked = await repo.lockedMonthsBefore(db, key);
  if (locked.length === 0) return [];
  const booked = await repo.bookedAdjustments(db, key.mid, key.provider);
  // The kept totals alone: a locked month's lines are not read again.
  const totals = new Map<string, number>();
  for (const l of locked) totals.set(l.month, (await keptProviderFigures(db, key.mid, l.month, [key.provider])).get(key.provider)?.totalOre ?? 0);
  return adjustmentsDue(locked.map((l) => ({ month: l.month, approvedTotalOre: l.total_ore })), (m) => totals.get(m) ?? 0, booked);
}

async function buildView(db: Kysely<DB>, mid: string, month: string, provider: string, kept: KeptState): Promise<MonthCloseView> {
  const key = { mid, provider, month };
  const row = await repo.getStatementRow(db, key);
  const status = row?.status ?? 'draft';
  const reopened = row?.reopened_at ? { at: row.reopened_at.toISOString(), by: row.reopened_by ?? '', reason: row.reopen_reason ?? '' } : null;
  const reasons = await repo.excessReasons(db, key);
  const excessReasons = [...reasons].map(([client, reason]) => ({ client, reason }));
  if (row && isLocked(status) && row.document) {
    const adjustments = await repo.adjustmentsBookedIn(db, key);
    return {
      month, provider, status, statement: row.document, excessReasons, adjustments, toPayOre: row.document.totalOre + row.adjustments_ore,
      blockers: { submit: [], approve: [] }, kept: { stale: false, computedAt: kept.computedAt }, reopened,
    };
  }
  const statement = await keptFor(db, mid, month, provider);
  const adjustments = await pendingAdjustments(db, key);
  return {
    month, provider, status, statement, excessReasons, adjustments,
    toPayOre: statement.totalOre + adjustments.reduce((s, a) => s + a.amountOre, 0),
    blockers: {
      submit: submitBlockers(statement, new Set(reasons.keys())),
      approve: approvalBlockers(statement, await repo.reportedDeviations(db, key), month),
    },
    kept,
    reopened,
  };
}

/** Within a transaction that decides on the statement: the month and locked months exactly as their facts are now. */
async function exactIn(trx: Kysely<DB>, key: { mid: string; provider: string; month: string }): Promise<KeptState> {
  for (const l of await repo.lockedMonthsBefore(trx, key)) await upToDateIn(trx, key.mid, l.month);
  return upToDateIn(trx, key.mid, key.month);
}

export async function viewStatement(database: Database, actor: Actor, month: string, provider: string): Promise<MonthCloseView> {
  allow(actor, ['finance', 'admin', 'provider_manager'], 'see statements');
  ownProvider(actor, provider);
  const mid = actor.municipalityId;
  if (!(await repo.providerExists(database.db, mid, provider))) throw new NotFoundError(`no provider "${provider}"`);
  const kept = await freshenAll(database.db, { mid, provider, month });
  return buildView(database.db, mid, month, provider, kept);
}

export async function giveExcessReason(database: Database, actor: Actor, month: string, provider: string, client: string, reason: string): Promise<MonthCloseView> {
  allow(actor, ['provider_manager'], 'give reasons for excess time');
  ownProvider(actor, provider);
  const mid = actor.municipalityId;
  const key = { mid, provider, month };
  if (!(await repo.providerExists(database.db, mid, provider))) throw new NotFoundError(`no provider "${provider}"`);
  await freshenAll(database.db, key);
  return database.db.transaction().execute(async (trx) => {
    await repo.ensureStatementRow(trx, key);
    const row = await repo.getStatementRow(trx, key, true);
    if (row && row.status !== 'draft') throw new ConflictError(`the statement is ${row.status}: reasons are given before it is submitted`);
    const kept = await exactIn(trx, key);
    const statement = await keptFor(trx, mid, month, provider);
    if (!statement.excess.some((e) => e.client === client)) throw new InvalidError(`client ${client} has no excess time in ${month}`, 'client');
    await repo.saveExcessReason(trx, key, client, reason, actor.username);
    return buildView(trx, mid, month, provider, kept);
  });
}

async function step(database: Database, actor: Actor, month: string, provider: string, action: CloseAction, reason?: string): Promise<MonthCloseView> {
  const mid = actor.municipalityId;
  const key = { mid, provider, month };
  if (!(await repo.providerExists(database.db, mid, provider))) throw new NotFoundError(`no provider "${provider}"`);
  // Exporting a locked statement reads its approved document, nothing kept.
  const exporting = action === 'export';
  // What is stale is computed before the row lock is taken; under it, only what changed since.
  if (!exporting) await freshenAll(database.db, key);
  return database.db.transaction().execute(async (trx) => {
    await repo.ensureStatementRow(trx, key);
    // The row lock makes two approvers (or an approver and a submitter) take turns.
    const row = await repo.getStatementRow(trx, key, true);
    const next = transition(row?.status ?? 'draft', action);
    if (!next.ok) throw new ConflictError(next.message);
    const kept = exporting ? await keptState(trx, mid, month) : await exactIn(trx, key);
    if (action === 'export' || action === 'reopen') {
      await repo.saveStatement(trx, key, { status: next.status, by: actor.username, ...(reason !== undefined && { reason }) });
      return buildView(trx, mid, month, provider, kept);
    }
    const statement = await keptFor(trx, mid, month, provider);
    if (action === 'submit') {
      const blockers = submitBlockers(statement, new Set((await repo.excessReasons(trx, key)).keys()));
      if (blockers.length > 0) throw new BlockedError(`the statement cannot be submitted: ${blockers.length} excess without a reason`, blockers);
      await repo.saveStatement(trx, key, { status: next.status, document: statement, totalOre: statement.totalOre, by: actor.username });
      return buildView(trx, mid, month, provider, kept);
    }
    const blockers = approvalBlockers(statement, await repo.reportedDeviations(trx, key), month);
    if (blockers.length > 0) throw new BlockedError(`the statement cannot be approved: ${blockers.length} matters are undecided`, blockers);
    const adjustments = await pendingAdjustments(trx, key);
    await repo.bookAdjustments(trx, key, adjustments);
    await repo.saveStatement(trx, key, {
      status: next.status,
      document: statement,
      totalOre: statement.totalOre,
      adjustmentsOre: adjustments.reduce((s, a) => s + a.amountOre, 0),
      by: actor.username,
    });
    return buildView(trx, mid, month, provider, kept);
  });
}

export async function submitStatement(database: Database, actor: Actor, month: string, provider: string): Promise<MonthCloseView> {
  allow(actor, ['provider_manager'], 'submit a statement');
  ownProvider(actor, provider);
  return step(database, actor, month, provider, 'submit');
}

export async function approveStatement(database: Database, actor: Actor, month: string, provider: string): Promise<MonthCloseView> {
  allow(actor, ['finance'], 'approve a statement');
  return step(database, actor, month, provider, 'approve');
}

export async function reopenStatement(database: Database, actor: Actor, month: string, provider: string, reason: string): Promise<MonthCloseView> {
  allow(actor, ['finance'], 'send a statement back');
  return step(database, actor, month, provider, 'reopen', reason);
}

export async function markExported(database: Database, actor: Actor, month: string, provider: string): Promise<MonthCloseView> {
  allow(actor, ['finance'], 'export a statement');
  return step(database, actor, month, provider, 'export');
}

async function inOwnDistrict(db: Kysely<DB>, actor: Actor, client: string): Promise<void> {
  const district = await repo.clientDistrict(db, actor.municipalityId, client);
  if (district === undefined || (actor.role === 'case_officer' && district !== actor.districtId)) {
    throw new NotFoundError(`no client "${client}"`);
  }
}

export async function reviewExcess(
  database: Database, actor: Actor, month: string, provider: string, client: string, decision: 'approved' | 'rejected', reason: string,
): Promise<void> {
  allow(actor, ['case_officer'], 'review excess time');
  await freshen(database.db, actor.municipalityId, month);
  await database.db.transaction().execute(async (trx) => {
    await inOwnDistrict(trx, actor, client);
    await exactIn(trx, { mid: actor.municipalityId, provider, month });
    const statement = await keptFor(trx, actor.municipalityId, month, provider);
    if (!statement.excess.some((e) => e.client === client)) throw new InvalidError(`client ${client} has no excess time with ${provider} in ${month}`, 'client');
    if (decision === 'rejected' && reason === '') throw new InvalidError('say why the excess is rejected', 'reason');
    await repo.appendExcessReview(trx, { mid: actor.municipalityId, provider, month }, client, decision, reason);
    await recordAudit(trx, actor, { action: 'update', clientId: client, objectType: 'excess', objectId: `${provider}/${month}`, details: { decision } });
  });
}

export async function decideDeviation(
  database: Database, actor: Actor, deviationId: string, decision: 'approved' | 'rejected', reason: string,
): Promise<Deviation> {
  allow(actor, ['case_officer'], 'decide deviations');
  return database.db.transaction().execute(async (trx) => {
    const d = await repo.findDeviation(trx, actor.municipalityId, deviationId);
    if (!d) throw new NotFoundError(`no deviation "${deviationId}"`);
    await inOwnDistrict(trx, actor, d.client_id);
    // A decision on a locked month is allowed: it reaches the provider as an adjustment later.
    if (d.status !== 'reported') throw new ConflictError(`deviation ${deviationId} is already ${d.status}`);
    if (decision === 'rejected' && reason === '') throw new InvalidError('say why the deviation is rejected', 'reason');
    await repo.decideDeviation(trx, actor.municipalityId, deviationId, { status: decision, reason, by: actor.username });
    await recordAudit(trx, actor, { action: 'update', clientId: d.client_id, objectType: 'deviation', objectId: deviationId, details: { status: decision } });
    return toDeviation((await repo.findDeviation(trx, actor.municipalityId, deviationId))!);
  });
}

export async function exportStatementFile(
  database: Database, actor: Actor, month: string, provider: string, format: 'xlsx' | 'pdf',
): Promise<Buffer> {
  allow(actor, ['finance'], 'export a statement');
  const view = await markExported(database, actor, month, provider);
  const names = await loadExportNames(database.db, actor.municipalityId);
  const doc = { format: 'hemma-statements/1' as const, municipality: actor.municipalityId, month, statements: [view.statement] };
  return format === 'xlsx' ? statementsXlsx(doc, names) : statementsPdf(doc, names);
}

/** The payment file of a month: every locked statement, its total with adjustments, in kronor. */
export async function paymentFile(database: Database, actor: Actor, month: string): Promise<string> {
  allow(actor, ['finance'], 'export payments');
  const rows = await repo.statementsOfMonth(database.db, actor.municipalityId, month);
  const locked = rows.filter((r) => isLocked(r.status));
  if (locked.length === 0) throw new ConflictError(`no statement of ${month} is approved yet`);
  for (const r of locked) await markExported(database, actor, month, r.provider_id);
  const paidOn = paymentDate(month, await repo.paymentDayOf(database.db, actor.municipalityId));
  return paymentCsvRows(month, paidOn, locked.map((r) => ({ provider: r.provider_id, orgNumber: r.org_number, amountOre: (r.total_ore ?? 0) + r.adjustments_ore })));
}
