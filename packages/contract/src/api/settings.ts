import { z } from 'zod';
import { bandSchema, rateSchema, ruleSchema } from '../scenario/schema.ts';

// Time bands, rules and rates, in the scenario format's own shapes so a
// municipality's file and its API speak alike. Rules and rates are effective-dated history: a
// change is a new entry from a date, appended last, and `position` is the listing order that
// breaks ties (the one listed last wins).

/** The whole set of bands; the list order breaks precedence ties, as in the scenario file. */
export const bandsBody = z.strictObject({ bands: z.array(bandSchema).min(1).max(50) });

export const bandReply = z.object({
  id: z.string(),
  from: z.string(),
  to: z.string(),
  days: z.array(z.string()),
  price: z.enum(['per_hour', 'per_visit']),
  precedence: z.number().int(),
});
export const bandsReply = z.object({ bands: z.array(bandReply) });

export const ruleBody = ruleSchema;
export const ruleReply = z.object({
  position: z.number().int(),
  from: z.string(),
  capPercent: z.number(),
  declinedAtDoorPercent: z.object({ care: z.number(), service: z.number() }),
});
export const rulesReply = z.object({ rules: z.array(ruleReply) });

export const rateBody = rateSchema;
export const rateReply = z.object({
  position: z.number().int(),
  from: z.string(),
  price: z.enum(['per_hour', 'per_visit', 'per_month']),
  ore: z.number().int(),
  band: z.string().optional(),
  category: z.enum(['care', 'service']).optional(),
  providerKind: z.enum(['municipal', 'private']).optional(),
  area: z.string().optional(),
});
export const ratesReply = z.object({ rates: z.array(rateReply) });

export type BandsBody = z.infer<typeof bandsBody>;
export type RuleBody = z.infer<typeof ruleBody>;
export type RuleReply = z.infer<typeof ruleReply>;
export type RateBody = z.infer<typeof rateBody>;
export type RateReply = z.infer<typeof rateReply>;
