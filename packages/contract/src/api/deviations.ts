import { z } from 'zod';
import { monthParam } from './statements.ts';

// Deviations from granted time: reported by the provider, decided by the case officer
// (POST /api/v1/deviations/:id/decision, month close).

export const deviationReason = z.enum(['hospital', 'declined', 'provider_missed', 'extra_need', 'other']);

export const deviationCreateBody = z.strictObject({
  clientId: z.string().min(1).max(100),
  month: monthParam,
  /** Signed: −240 for a hospital stay, +60 for an extra need. */
  minutes: z.number().int().min(-50_000).max(50_000).refine((m) => m !== 0, { message: 'a deviation of 0 minutes is no deviation' }),
  reason: deviationReason,
  comment: z.string().max(2000).default(''),
  category: z.enum(['care', 'service']).nullable().default(null),
});

export const deviationListQuery = z.object({ month: monthParam });

export const deviation = z.object({
  id: z.string(),
  clientId: z.string(),
  providerId: z.string(),
  month: z.string(),
  minutes: z.number().int(),
  reason: deviationReason,
  comment: z.string(),
  category: z.enum(['care', 'service']).nullable(),
  status: z.enum(['reported', 'approved', 'rejected']),
  reportedAt: z.string(),
  decidedAt: z.string().nullable(),
  /** The case officer's reason (always given for a rejection); null until decided. */
  decisionReason: z.string().nullable(),
});
export const deviationListReply = z.object({ deviations: z.array(deviation) });

export type DeviationCreateBody = z.infer<typeof deviationCreateBody>;
export type Deviation = z.infer<typeof deviation>;
