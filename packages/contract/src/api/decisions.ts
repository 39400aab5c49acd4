import { SERVICE_AREAS } from '@hemma/domain';
import { z } from 'zod';
import { calendarDate } from '../calendar.ts';

// Needs-assessment decisions (biståndsbeslut, DOMAIN.md §3 step 1): granted hours per service
// area and month, a validity period, whether two staff are needed at once, and the decision's
// text and goals.

export const careDate = calendarDate;
export const careArea = z.enum(SERVICE_AREAS);
/** Hours per month by service area; at least one area. */
export const careHours = z
  .partialRecord(careArea, z.number().min(0).max(744))
  .refine((h) => Object.keys(h).length > 0, { message: 'at least one service area' });

export const decisionCreateBody = z.strictObject({
  validFrom: careDate,
  validTo: careDate.nullable().default(null),
  hoursPerMonth: careHours,
  doubleStaffing: z.boolean().default(false),
  /** The decision's text as the letter to the client states it (what was applied for, what was granted, why). */
  text: z.string().max(20_000).nullable().default(null),
  /** The goals of the care, in words the client and the provider can follow up. */
  goals: z.string().max(8_000).nullable().default(null),
});

export const decision = z.object({
  id: z.string(),
  clientId: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  hoursPerMonth: z.record(z.string(), z.number()),
  doubleStaffing: z.boolean(),
  decidedAt: z.string(),
  text: z.string().nullable(),
  goals: z.string().nullable(),
});
export const decisionListReply = z.object({ decisions: z.array(decision) });

export type DecisionCreateBody = z.infer<typeof decisionCreateBody>;
export type Decision = z.infer<typeof decision>;
