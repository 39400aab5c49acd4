import { z } from 'zod';
import { monthParam, statementLine } from './statements.ts';
import { visit, visitException } from './visits.ts';

// The case officer's follow-up of her district (DOMAIN.md §3 step 5): the statement lines of her
// clients, and the excess awaiting her review with the visits behind it.

export const followUpParams = z.object({ month: monthParam });

const excessStatus = z.enum(['pending', 'approved', 'rejected']);

/** A statement line without its client (the client is the entry's). */
export const followUpLine = statementLine.omit({ client: true }).extend({
  providerId: z.string(),
  /** The excess review's state when the line has excess (performed-time model), else null. */
  excessStatus: excessStatus.nullable(),
});

export const followUpReply = z.object({
  month: z.string(),
  model: z.enum(['performed_time', 'granted_time']),
  clients: z.array(z.object({ clientId: z.string(), clientName: z.string(), lines: z.array(followUpLine) })),
});

export const excessForReview = z.object({
  clientId: z.string(),
  clientName: z.string(),
  providerId: z.string(),
  minutes: z.number().int(),
  amountOre: z.number().int(),
  status: excessStatus,
  /** The provider's reason for the excess, once given. */
  providerReason: z.string().nullable(),
  /** The latest review's reason, once reviewed. */
  reviewReason: z.string().nullable(),
  line: followUpLine,
  visits: z.array(visit),
  exceptions: z.array(visitException.extend({ providerId: z.string() })),
});

export const excessReviewListQuery = z.object({ status: z.enum(['pending', 'approved', 'rejected', 'all']).default('pending') });
export const excessReviewListReply = z.object({ month: z.string(), excess: z.array(excessForReview) });

export type FollowUpLine = z.infer<typeof followUpLine>;
export type FollowUpReply = z.infer<typeof followUpReply>;
export type ExcessForReview = z.infer<typeof excessForReview>;
