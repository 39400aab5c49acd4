import { z } from 'zod';
import { keptState, monthParam } from './statements.ts';

// A client's visits of a month as the statements see them: paired from the
// effective registrations, with the exceptions that hold them and the corrections made.

export const visitsQuery = z.object({ month: monthParam });

export const visitException = z.object({
  type: z.string(),
  staff: z.string(),
  registration: z.string(),
  at: z.string(),
  /** Unpaid minutes, for unordered_double_staffing. */
  minutes: z.number().int().optional(),
});

export const visit = z.object({
  id: z.string(),
  providerId: z.string(),
  staffId: z.string(),
  date: z.string(),
  arrive: z.string(),
  leave: z.string(),
  minutes: z.number().int(),
  /** Held whole until resolved (overlap, no active order, …). */
  held: z.boolean(),
  /** Its arrival or leave was registered by hand, not by the tag. */
  manual: z.boolean(),
  /** Its arrival or leave corrects an earlier registration. */
  corrected: z.boolean(),
  exceptions: z.array(visitException),
});

export const declinedVisit = z.object({ id: z.string(), providerId: z.string(), kind: z.string(), date: z.string() });

export const correction = z.object({
  id: z.string(),
  kind: z.string(),
  corrects: z.string(),
  staffId: z.string(),
  at: z.string(),
  reason: z.string().nullable(),
});

export const visitsReply = z.object({
  clientId: z.string(),
  month: z.string(),
  visits: z.array(visit),
  declined: z.array(declinedVisit),
  /** Every exception of the client's month, including those that belong to no visit (missing_leave, missing_arrive). */
  exceptions: z.array(visitException.extend({ providerId: z.string() })),
  corrections: z.array(correction),
  /** Who each staff id of the visits, exceptions and corrections is, by id: first name and the last name's initial. */
  staffNames: z.record(z.string(), z.string()),
  /** The exceptions come from the kept statements (see monthCloseView.kept). */
  kept: keptState,
});

export type VisitsReply = z.infer<typeof visitsReply>;
