import { z } from 'zod';
import { instantWithOffset } from '../instant.ts';
import { monthParam } from './statements.ts';

// Exceptions of a provider's month and their resolution by correction registrations.

export const exceptionListQuery = z.object({ month: monthParam });

export const unresolvedException = z.object({
  type: z.enum(['missing_leave', 'missing_arrive', 'overlap', 'no_active_order', 'unordered_double_staffing', 'missing_rate']),
  clientId: z.string(),
  clientName: z.string().nullable(),
  staff: z.string(),
  /** The registration the exception names (a visit's arrival). */
  registration: z.string(),
  /** Local time with the municipality's offset. */
  at: z.string(),
  minutes: z.number().int().optional(),
  /** For missing_leave: where the plan says the visit ended, when the plan has that visit. */
  plannedLeave: z.string().nullable(),
});
export const exceptionListReply = z.object({ month: z.string(), exceptions: z.array(unresolvedException) });

const instant = instantWithOffset('2026-11-23T09:00:00+01:00');
const reason = z.string().trim().min(1, 'a correction needs a reason').max(500);
const registration = z.uuid({ message: 'expected the registration the exception names' });

export const exceptionResolution = z.discriminatedUnion('kind', [
  /** missing_leave: a leave at the planned end (or at `leaveAt`). */
  z.strictObject({ kind: z.literal('complete_leave'), registration, reason, leaveAt: instant.optional() }),
  /** overlap: the visit opened by `registration` ends at `leaveAt` instead (its leave is corrected). */
  z.strictObject({ kind: z.literal('split_overlap'), registration, reason, leaveAt: instant }),
  /** no_active_order: the visit is withdrawn (both registrations voided) with the explanation. */
  z.strictObject({ kind: z.literal('explain_no_order'), registration, reason }),
]);

export const exceptionResolveBody = z.strictObject({
  month: monthParam,
  resolutions: z.array(exceptionResolution).min(1, 'send at least one resolution').max(200),
});

export const exceptionResolveReply = z.object({
  /** The correction registrations stored, in the order of the resolutions. */
  registrations: z.array(z.object({ id: z.string(), kind: z.string(), corrects: z.string().nullable(), at: z.string(), resolution: z.number().int() })),
  /** The provider's exceptions of the month still unresolved. */
  remaining: z.number().int(),
});

export type UnresolvedException = z.infer<typeof unresolvedException>;
export type ExceptionResolution = z.infer<typeof exceptionResolution>;
export type ExceptionResolveReply = z.infer<typeof exceptionResolveReply>;
