import type { FeeModel, Order } from '../model/care-data.ts';
import { orderedMinutes } from '../statements/index.ts';
import type { AnalysedVisit } from './analysis.ts';
import { unionMinutes } from './intervals.ts';
import { activeDays, isInMonth, type MonthSpan } from './month.ts';

/**
 * The client's fee-basis minutes of the month.
 * `performed`: the union of the client's visits dated in the month, all providers together,
 * leaving out visits held whole (overlap, no_active_order, a per-visit visit held for double
 * staffing). Excess, unpriced and partly held minutes are still help the client received.
 * `granted`: the client's orders' R-6 minutes, rounded per order, summed — the statement
 * engine's own R-6, so fee and statement never disagree on ordered time.
 */
export function basisMinutes(
  basis: FeeModel['basis'],
  client: string,
  span: MonthSpan,
  visits: readonly AnalysedVisit[],
  orders: readonly Order[],
): number {
  switch (basis) {
    case 'performed':
      return unionMinutes(
        visits
          .filter((v) => v.client === client && !v.heldWhole && isInMonth(v.date, span))
          .map((v) => ({ start: v.startMinute, end: v.endMinute })),
      );
    case 'granted':
      return orders
        .filter((o) => o.client === client)
        .reduce((sum, o) => sum + orderedMinutes(o, activeDays(o.from, o.to, span), span.days), 0);
  }
}
