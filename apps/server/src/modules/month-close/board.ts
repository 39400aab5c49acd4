import type { MonthBoard } from '@hemma/contract/api';
import { adjustmentsDue, deviationBlockers, isLocked, submitBlockers } from '@hemma/domain/month-close';
import type { ProviderFigures } from '@hemma/domain/statements';
import { paymentDate } from '@hemma/domain/time';
import type { Actor } from '../../auth/actor.ts';
import type { Database } from '../../db/connect.ts';
import { ForbiddenError } from '../../errors.ts';
import { freshen, keptProviderFigures } from '../kept-statements/read.ts';
import * as board from './board.repository.ts';
import * as repo from './month-close.repository.ts';

type BoardBlocker = MonthBoard['providers'][number]['blockers'][number];

/** Blockers of one kind, counted: the client named when there is one, excess minutes summed. */
function counted(kind: BoardBlocker['kind'], actor: BoardBlocker['actor'], items: readonly { client: string | null; minutes?: number }[]): BoardBlocker[] {
  const first = items[0];
  if (first === undefined) return [];
  const minutes = items.reduce<number | undefined>((sum, i) => (i.minutes === undefined ? sum : (sum ?? 0) + i.minutes), undefined);
  return [{ kind, actor, count: items.length, ...(items.length === 1 && first.client !== null && { client: first.client }), ...(minutes !== undefined && { minutes }) }];
}

/**
 * Finance's month-close board: each provider's statement of the month with its state, what it
 * pays and what stands in the way, each with who must act. A draft waits for the provider
 * (reasons for excess, then submitting); a submitted statement waits for the case officer's
 * deviation decisions and the provider's corrections of exceptions. Excess still under review
 * does not stop approval (approved excess is paid next month) but is shown as waiting.
 *
 * It reads each provider's kept figures (total, lines, exceptions, excess), not its lines: the
 * same blockers as the statement's own view, counted by kind.
 */
export async function monthBoard(database: Database, actor: Actor, month: string): Promise<MonthBoard> {
  if (actor.role !== 'finance' && actor.role !== 'admin') throw new ForbiddenError(`${actor.role} may not see the month-close board`);
  const db = database.db;
  const mid = actor.municipalityId;
  const providers = await repo.providersOf(db, mid);
  const ids = providers.map((p) => p.provider_id);
  const rows = await board.statementRowsOfMonth(db, mid, month);

  // Late changes to locked months are paid as adjustments with this month: their kept totals now.
  const locked = await board.lockedMonthsBeforeOfAll(db, mid, month);
  const earlier = new Map<string, Map<string, ProviderFigures>>();
  for (const m of new Set(locked.map((l) => l.month))) {
    await freshen(db, mid, m);
    earlier.set(m, await keptProviderFigures(db, mid, m, [...new Set(locked.filter((l) => l.month === m).map((l) => l.provider))]));
  }
  await freshen(db, mid, month);
  const figures = await keptProviderFigures(db, mid, month, ids);
  const booked = await board.bookedAdjustmentsOfAll(db, mid);
  const reasons = await board.excessReasonsOfMonth(db, mid, month);
  const deviations = await board.reportedDeviationsOfMonth(db, mid, month);

  const out: MonthBoard['providers'] = providers.map((p) => {
    const row = rows.get(p.provider_id);
    const status = row?.status ?? 'draft';
    const head = { provider: p.provider_id, name: p.name, orgNumber: p.org_number, status };
    if (row !== undefined && isLocked(status) && row.lockedLines !== null) {
      const total = row.totalOre ?? 0;
      return { ...head, totalOre: total, toPayOre: total + row.adjustmentsOre, clients: row.lockedLines, canApprove: false, blockers: [] };
    }
    const f = figures.get(p.provider_id)!;
    const adjustments = adjustmentsDue(
      locked.filter((l) => l.provider === p.provider_id),
      (m) => earlier.get(m)?.get(p.provider_id)?.totalOre ?? 0,
      booked.get(p.provider_id) ?? new Map<string, number>(),
    );
    const submit = submitBlockers(f, reasons.get(p.provider_id) ?? new Set());
    const undecided = deviationBlockers(p.provider_id, deviations, month);
    const blockers = [
      ...counted('excess_without_reason', 'provider_manager', submit.flatMap((b) => (b.kind === 'excess_without_reason' ? [{ client: b.client, minutes: b.minutes }] : []))),
      ...counted('undecided_deviation', 'case_officer', undecided),
      // Only their number is kept beside the slices (and a client, the only one when there is one).
      ...(f.exceptions === 0 ? [] : [{
        kind: 'unresolved_exception' as const, actor: 'provider_manager' as const, count: f.exceptions,
        ...(f.exceptions === 1 && f.exceptionClient !== null && { client: f.exceptionClient }),
      }]),
      ...(status === 'draft' || status === 'submitted'
        ? counted('pending_excess', 'case_officer', f.excess.filter((e) => e.status === 'pending').map((e) => ({ client: e.client, minutes: e.minutes })))
        : []),
    ];
    return {
      ...head,
      totalOre: f.totalOre,
      toPayOre: f.totalOre + adjustments.reduce((s, a) => s + a.amountOre, 0),
      clients: f.lines,
      canApprove: status === 'submitted' && undecided.length === 0 && f.exceptions === 0,
      blockers,
    };
  });
  return { month, paymentDate: paymentDate(month, await repo.paymentDayOf(db, mid)), providers: out };
}
