import { SERVICE_AREAS } from '@hemma/domain';
import { z } from 'zod';
import { calendarDate } from '../calendar.ts';

// Needs-assessment decisions (biståndsbeslut, DOMAIN.md §3 step 1): granted hours per service
// area and month, a validity period, and whether two staff are needed at once.

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
});

export const decision = z.object({
  id: z.string(),
  clientId: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  hoursPerMonth: z.record(z.string(), z.number()),
  doubleStaffing: z.boolean(),
  decidedAt: z.string(),
});
export const decisionListReply = z.object({ decisions: z.array(decision) });

export type DecisionCreateBody = z.infer<typeof decisionCreateBody>;
export type Decision = z.infer<typeof decision>;
