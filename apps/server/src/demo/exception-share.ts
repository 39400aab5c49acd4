// The share of a demo month's visits that the statements hold as exceptions: a month a person
// can close in the demo has about as few as a well-run provider (under 2 %).

import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { ScenarioInput } from '@hemma/contract/scenario';
import { freshen, keptMonthDocument } from '../modules/kept-statements/read.ts';

export interface ExceptionShare {
  month: string;
  exceptions: number;
  /** Arrivals registered in the month (local date), each the start of a visit. */
  visits: number;
  byType: Record<string, number>;
}

export async function exceptionShares(db: Kysely<DB>, municipality: string, scenario: ScenarioInput, months: readonly string[]): Promise<ExceptionShare[]> {
  const out: ExceptionShare[] = [];
  for (const month of months) {
    await freshen(db, municipality, month);
    const doc = await keptMonthDocument(db, municipality, month);
    const byType: Record<string, number> = {};
    for (const s of doc.statements) for (const e of s.exceptions) byType[e.type] = (byType[e.type] ?? 0) + 1;
    const visits = (scenario.registrations ?? []).filter((r) => r.kind === 'arrive' && r.at.startsWith(month)).length;
    out.push({ month, exceptions: Object.values(byType).reduce((a, b) => a + b, 0), visits, byType });
  }
  return out;
}

export function describeShares(shares: readonly ExceptionShare[]): string {
  return shares
    .map((s) => {
      const kinds = Object.entries(s.byType).map(([type, n]) => `${n} ${type}`).join(', ') || 'none';
      return `${s.month}: ${s.exceptions} exceptions in ${s.visits} visits (${((100 * s.exceptions) / Math.max(1, s.visits)).toFixed(2)} %: ${kinds})`;
    })
    .join('; ');
}
