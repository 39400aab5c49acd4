import { z } from 'zod';
import { calendarDate } from '../calendar.ts';

// Previews for the administrator's settings screen: a week of time bands, and what changes in
// the rules and rates from a chosen date. Both are computed by the same domain functions the
// statements use (packages/domain/src/settings).

export const bandWeekQuery = z.object({ date: calendarDate });
export const bandWeekReply = z.object({
  days: z.array(
    z.object({
      date: z.string(),
      weekday: z.string(),
      /** The holiday's or counted eve's code name (`christmas_eve`, `national_day` …). */
      holiday: z.string().nullable(),
      spans: z.array(z.object({ from: z.string(), to: z.string(), band: z.string().nullable() })),
    }),
  ),
});

export const changePreviewQuery = z.object({ from: calendarDate });
const ruleInForce = z.object({
  from: z.string(),
  capPercent: z.number(),
  declinedAtDoorPercent: z.object({ care: z.number(), service: z.number() }),
});
export const changePreviewReply = z.object({
  date: z.string(),
  dayBefore: z.string(),
  rule: z.object({ before: ruleInForce, after: ruleInForce, changed: z.boolean() }),
  prices: z.array(
    z.object({
      price: z.enum(['per_hour', 'per_visit', 'per_month']),
      band: z.string().nullable(),
      category: z.enum(['care', 'service']),
      providerKind: z.enum(['municipal', 'private']),
      area: z.string().nullable(),
      beforeOre: z.number().int().nullable(),
      afterOre: z.number().int().nullable(),
    }),
  ),
  changedPrices: z.number().int(),
});

export type BandWeekReply = z.infer<typeof bandWeekReply>;
export type ChangePreviewReply = z.infer<typeof changePreviewReply>;
