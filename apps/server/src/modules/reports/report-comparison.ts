// Continuity compared between districts: the per-client staff counts of a continuity document
// (monthly, or the 14-day indicator), grouped by the client's district and summarised by the
// same rule as the providers and the total (R-16: mean two decimals half up, median, max).
// Nothing is counted again: the counts are the document's.

import { summarise, type Summary } from '@hemma/domain/reports';
import type { ReportScope } from './report-scope.ts';

export type DistrictSummary = { district: string } & Summary;

export function continuityByDistrict(clients: readonly { client: string; staff: number }[], districtOf: ReadonlyMap<string, string>): DistrictSummary[] {
  const counts = new Map<string, number[]>();
  for (const c of clients) {
    const district = districtOf.get(c.client);
    if (district === undefined) continue;
    const list = counts.get(district) ?? [];
    list.push(c.staff);
    counts.set(district, list);
  }
  return [...counts.keys()].sort().map((district) => ({ district, ...summarise(counts.get(district)!) }));
}

/** District rows as the report's other district rows are narrowed: a case officer her own, a provider manager none. */
export function districtsFor(scope: ReportScope, rows: readonly DistrictSummary[]): DistrictSummary[] {
  if (scope.level === 'provider') return [];
  if (scope.level === 'district') return rows.filter((r) => r.district === scope.district);
  return [...rows];
}
