import type { MonthBoard } from '@hemma/contract/api';
import { paymentDate } from '@hemma/domain/time';
import type { Actor } from '../../auth/actor.ts';
import type { Database } from '../../db/connect.ts';
import { ForbiddenError } from '../../errors.ts';
import * as repo from './month-close.repository.ts';
import { viewStatement } from './month-close.service.ts';

type BoardBlocker = MonthBoard['providers'][number]['blockers'][number];

/**
 * Finance's month-close board: each provider's statement of the month with its state, what it
 * pays and what stands in the way, each with who must act. A draft waits for the provider
 * (reasons for excess, then submitting); a submitted statement waits for the case officer's
 * deviation decisions and the provider's corrections of exceptions. Excess still under review
 * does not stop approval (approved excess is paid next month) but is shown as waiting.
 */
export async function monthBoard(database: Database, actor: Actor, month: string): Promise<MonthBoard> {
  if (actor.role !== 'finance' && actor.role !== 'admin') throw new ForbiddenError(`${actor.role} may not see the month-close board`);
  const mid = actor.municipalityId;
  const providers: MonthBoard['providers'] = [];
  for (const p of await repo.providersOf(database.db, mid)) {
    const view = await viewStatement(database, actor, month, p.provider_id);
    const blockers: BoardBlocker[] = [];
    for (const b of [...view.blockers.submit, ...view.blockers.approve]) {
      if (b.kind === 'excess_without_reason') blockers.push({ kind: b.kind, client: b.client, actor: 'provider_manager', minutes: b.minutes });
      if (b.kind === 'undecided_deviation') blockers.push({ kind: b.kind, client: b.client, actor: 'case_officer', deviation: b.deviation });
      if (b.kind === 'unresolved_exception') blockers.push({ kind: b.kind, client: b.client, actor: 'provider_manager', exception: b.type });
    }
    if (view.status === 'draft' || view.status === 'submitted') {
      for (const e of view.statement.excess) {
        if (e.status === 'pending') blockers.push({ kind: 'pending_excess', client: e.client, actor: 'case_officer', minutes: e.minutes });
      }
    }
    providers.push({
      provider: p.provider_id,
      name: p.name,
      orgNumber: p.org_number,
      status: view.status,
      totalOre: view.statement.totalOre,
      toPayOre: view.toPayOre,
      clients: view.statement.lines.length,
      canApprove: view.status === 'submitted' && view.blockers.approve.length === 0,
      blockers,
    });
  }
  return { month, paymentDate: paymentDate(month, await repo.paymentDayOf(database.db, mid)), providers };
}
