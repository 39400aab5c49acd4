// Step 7: approved excess of M−1 is paid on M's statement at the values computed in M−1
// (each excess part rounded once there). Only M−1's excess is paid in M, whenever reviewed.
// M−1 is recomputed only for the clients whose excess was approved.

import { compareIds } from '../registrations/ordering.ts';
import type { MonthRange } from '../time/civil-days.ts';
import type { CareAnalysis } from './analysis.ts';
import type { EngineContext } from './context.ts';
import { providerKindOf } from './context.ts';
import { ExceptionLog } from './exceptions.ts';
import type { ExcessReviews } from './excess-reviews.ts';
import { groupMonth } from './month-groups.ts';
import { performedLine } from './performed-line.ts';
import type { ApprovedExcessEntry } from './types.ts';

/** By provider; entries by client id. */
export function approvedExcessFrom(
  ctx: EngineContext,
  analysis: CareAnalysis,
  reviews: ExcessReviews,
  previous: MonthRange,
): Map<string, ApprovedExcessEntry[]> {
  const result = new Map<string, ApprovedExcessEntry[]>();
  const approved = reviews.approvedIn(previous.month);
  if (approved.length === 0) return result;
  const groups = groupMonth(analysis, previous, true);
  // Exceptions of M−1 belong to M−1's statement, not to this one.
  const discard = new ExceptionLog(ctx.clock);
  for (const { client, provider } of approved) {
    if (!ctx.providers.has(provider)) continue;
    const items = groups.byProvider.get(provider)?.items.get(client);
    const { excessMinutes, excessAmountOre } = performedLine(
      ctx,
      client,
      provider,
      providerKindOf(ctx, provider),
      previous,
      items,
      discard,
    );
    if (excessMinutes <= 0) continue;
    const entry: ApprovedExcessEntry = { client, fromMonth: previous.month, minutes: excessMinutes, amountOre: excessAmountOre };
    const list = result.get(provider);
    if (list === undefined) result.set(provider, [entry]);
    else list.push(entry);
  }
  for (const list of result.values()) list.sort((a, b) => compareIds(a.client, b.client));
  return result;
}
