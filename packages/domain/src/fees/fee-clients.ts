import type { CareData } from '../model/care-data.ts';
import type { AnalysedVisit } from './analysis.ts';
import { activeDays, isInMonth, type MonthSpan } from './month.ts';

/**
 * Ids of the clients who get a fee line: an order active on a day of the month, or a visit
 * dated in it (held or not; all providers together). Ordered by id, code unit by code unit,
 * so the order never depends on the machine's locale.
 */
export function feeClientIds(
  data: CareData,
  visits: readonly AnalysedVisit[],
  span: MonthSpan,
): string[] {
  const ids = new Set<string>();
  for (const order of data.orders) {
    if (activeDays(order.from, order.to, span) > 0) ids.add(order.client);
  }
  for (const visit of visits) {
    if (isInMonth(visit.date, span)) ids.add(visit.client);
  }
  return [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
