import { z } from 'zod';
import { monthParam } from './statements.ts';

// The follow-up reports (spec/reports-v1.md, docs/reports.md). `document` is the report's JSON
// exactly as `hemma report … --format json` prints it, with the rows the reader may not see
// left out (never recomputed: the same number is the same everywhere).

export const reportMonthParams = z.object({ month: monthParam });
export const reportFromParams = z.object({
  from: z.iso.date({ message: 'expected a date YYYY-MM-DD' }),
});
export const reportQuery = z.object({ format: z.enum(['json', 'csv', 'xlsx']).default('json') });

export const reportScope = z.discriminatedUnion('level', [
  z.object({ level: z.literal('municipality') }),
  z.object({ level: z.literal('district'), district: z.string() }),
  z.object({ level: z.literal('provider'), provider: z.string() }),
]);

export const reportReply = z.object({
  report: z.string(),
  /** YYYY-MM, or the first day of continuity-14. */
  period: z.string(),
  scope: reportScope,
  document: z.record(z.string(), z.unknown()),
  /** Per unit of a provider (time at clients only), for the units the reader may see. */
  units: z.array(z.object({ unit: z.string(), provider: z.string(), visitMinutes: z.number(), shiftMinutes: z.number(), percent: z.number().nullable() })).optional(),
  /** Where a client's number leads: the visits and declined registrations behind it. */
  drillDown: z.string(),
});
export type ReportReply = z.infer<typeof reportReply>;
