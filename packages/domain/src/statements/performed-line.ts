// One client's line with one provider in a month, model performed_time (steps 2–6), and the
// value of its excess (step 7 prices approved excess at these values, in the next month).

import type { ProviderKind } from '../model/care-data.ts';
import { applyPercent } from '../money/rounding.ts';
import type { MonthRange } from '../time/civil-days.ts';
import { walkCap } from './cap-walk.ts';
import type { EngineContext } from './context.ts';
import type { ExceptionLog } from './exceptions.ts';
import type { ClientMonthItems } from './month-groups.ts';
import { orderedMonth } from './ordered-month.ts';
import { sortParts, sumAmounts } from './parts.ts';
import { priceItems } from './performed-items.ts';
import { ruleOn } from './rules.ts';
import type { StatementLine } from './types.ts';

export interface PerformedLine {
  line: StatementLine;
  excessMinutes: number;
  /** Each excess part rounded once, summed. */
  excessAmountOre: number;
}

const NO_ITEMS: ClientMonthItems = { visits: [], declined: [] };

export function performedLine(
  ctx: EngineContext,
  client: string,
  provider: string,
  providerKind: ProviderKind,
  range: MonthRange,
  items: ClientMonthItems | undefined,
  log: ExceptionLog,
): PerformedLine {
  const { visits, declined } = items ?? NO_ITEMS;
  const ordered = orderedMonth(ctx, client, provider, providerKind, range);
  // The cap uses the rule in force on the first day of the month.
  const rule = ruleOn(ctx.data.municipality.rules, ctx.clock.dateOfDay(range.firstDay));
  const capMinutes = applyPercent(ordered.orderedMinutes, rule.capPercent);
  const priced = priceItems(ctx, providerKind, visits, declined, log);
  const cap = walkCap(priced.walk, capMinutes);
  const parts = sortParts([...cap.payable.perHourParts(), ...priced.perVisit.perVisitParts(), ...ordered.perMonthParts]);
  return {
    line: {
      client,
      orderedMinutes: ordered.orderedMinutes,
      capMinutes,
      performedMinutes: priced.performedMinutes,
      declinedPaidMinutes: priced.declinedPaidMinutes,
      deviationMinutes: 0,
      payableMinutes: cap.payableMinutes,
      excessMinutes: cap.excessMinutes,
      perVisitCount: priced.perVisitCount,
      parts,
      amountOre: sumAmounts(parts),
    },
    excessMinutes: cap.excessMinutes,
    excessAmountOre: sumAmounts(cap.excess.perHourParts()),
  };
}
