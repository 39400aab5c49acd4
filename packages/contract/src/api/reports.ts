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

/** Continuity compared between districts: the clients' staff counts summarised per district. */
export const reportDistrictSummary = z.object({
  district: z.string(), clients: z.number(), mean: z.number().nullable(), median: z.number().nullable(), max: z.number().nullable(),
});

const byId = z.record(z.string(), z.string());
export const reportNames = z.object({ municipality: z.string(), clients: byId, providers: byId, districts: byId, units: byId });

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
  /** Continuity and the 14-day indicator: the same counts per district (docs/reports.md). */
  districts: z.array(reportDistrictSummary).optional(),
  /** The names behind the ids of the rows shown (clients, providers, districts, units), by id. */
  names: reportNames,
});
export type ReportReply = z.infer<typeof reportReply>;

/** One trend route for every report: the period is a month, or for continuity-14 its first day (checked by the route). */
export const reportTrendParams = z.object({
  name: z.enum(['continuity', 'continuity-14', 'time-at-clients', 'ordered-performed', 'declined', 'excess', 'manual-registrations', 'paid']),
  period: z.string().max(10),
});

/** A report's main figure over the 12 months (or indicator periods) ending with the one asked for. */
export const reportTrendReply = z.object({
  report: z.string(),
  /** The document's key of the figure followed (e.g. `median`, `performedPercent`). */
  figure: z.string(),
  scope: reportScope,
  periods: z.array(z.object({
    /** YYYY-MM, or the first day of the indicator's 14 days. */
    period: z.string(),
    month: z.string(),
    /** The municipality's figure. */
    total: z.number().nullable(),
    /** The reader's own district's or provider's; null for the whole municipality or where there is no such row. */
    own: z.number().nullable(),
  })),
  names: reportNames,
});
export type ReportTrendReply = z.infer<typeof reportTrendReply>;
