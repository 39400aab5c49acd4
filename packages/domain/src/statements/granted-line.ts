// One client's line with one provider in a month, model granted_time: ordered minutes
// plus approved deviations, per category and floored at 0 per category, all in the default
// band at the rates in force on the first day of the month.

import type { Category, Deviation, ProviderKind } from '../model/care-data.ts';
import type { MonthRange } from '../time/civil-days.ts';
import type { EngineContext } from './context.ts';
import { orderedMonth } from './ordered-month.ts';
import { PartTally, sortParts, sumAmounts } from './parts.ts';
import type { StatementLine } from './types.ts';

export function grantedLine(
  ctx: EngineContext,
  client: string,
  provider: string,
  providerKind: ProviderKind,
  range: MonthRange,
  approvedDeviations: readonly Deviation[],
): StatementLine {
  const ordered = orderedMonth(ctx, client, provider, providerKind, range);
  const minutes: Record<Category, number> = {
    care: ordered.orderedMinutes - ordered.serviceMinutes,
    service: ordered.serviceMinutes,
  };
  let deviationMinutes = 0;
  for (const d of approvedDeviations) {
    minutes[d.category ?? 'care'] += d.minutes;
    deviationMinutes += d.minutes;
  }
  const band = ctx.data.municipality.defaultBand;
  const date = ctx.clock.dateOfDay(range.firstDay);
  const tally = new PartTally();
  let payableMinutes = 0;
  for (const category of ['care', 'service'] as const) {
    const payable = Math.max(0, minutes[category]);
    payableMinutes += payable;
    const rateOre = ctx.rates.ore({ price: 'per_hour', band, category, providerKind, date });
    // No rate: the minutes still show as payable but carry no amount (see docs/statements.md).
    if (rateOre !== undefined) tally.add(band, category, rateOre, payable);
  }
  const parts = sortParts([...tally.perHourParts(), ...ordered.perMonthParts]);
  return {
    client,
    orderedMinutes: ordered.orderedMinutes,
    capMinutes: null,
    performedMinutes: 0,
    declinedPaidMinutes: 0,
    deviationMinutes,
    payableMinutes,
    excessMinutes: 0,
    perVisitCount: 0,
    parts,
    amountOre: sumAmounts(parts),
  };
}
