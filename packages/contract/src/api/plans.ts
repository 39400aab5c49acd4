import { WEEKDAYS } from '@hemma/domain';
import { z } from 'zod';
import { careDate, careArea } from './decisions.ts';

// Implementation plans (genomförandeplaner, DOMAIN.md §3 step 3): what, how and when, agreed
// with the client; recurring visits with an agreed time window.

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a local time HH:MM');

export const planVisitInput = z
  .strictObject({
    weekdays: z.array(z.enum(WEEKDAYS)).min(1).max(7),
    /** The agreed window, local time; the visit starts and ends inside it. */
    windowFrom: clock,
    windowTo: clock,
    durationMinutes: z.number().int().min(1).max(720),
    areas: z.array(careArea).min(1),
    staffCount: z.union([z.literal(1), z.literal(2)]).default(1),
    preferredStaffId: z.string().min(1).max(100).nullable().default(null),
  })
  .refine((v) => v.windowFrom < v.windowTo, { message: 'the window must end after it starts (same day)', path: ['windowTo'] });

/** How the client agreed to the plan: herself (in person, by phone or video), or through a relative or representative. */
export const planAgreedHow = z.enum(['in_person', 'phone', 'video', 'relative', 'representative']);

const agreedTogether = (b: { agreedAt?: string | null | undefined; agreedHow?: string | null | undefined }) =>
  (b.agreedAt === undefined) === (b.agreedHow === undefined) && (b.agreedAt === null) === (b.agreedHow === null);
const agreedMessage = { message: 'give agreedAt and agreedHow together (both null to clear)', path: ['agreedHow'] };

export const planCreateBody = z
  .strictObject({
    validFrom: careDate,
    validTo: careDate.nullable().default(null),
    notes: z.string().max(20_000).default(''),
    visits: z.array(planVisitInput).max(100).default([]),
    /** The day the client agreed to the plan, and how; both or neither. */
    agreedAt: careDate.nullable().default(null),
    agreedHow: planAgreedHow.nullable().default(null),
  })
  .refine(agreedTogether, agreedMessage);

/** visits, when given, replace the plan's recurring visits as a whole. */
export const planPatchBody = z
  .strictObject({
    validFrom: careDate.optional(),
    validTo: careDate.nullable().optional(),
    notes: z.string().max(20_000).optional(),
    visits: z.array(planVisitInput).max(100).optional(),
    agreedAt: careDate.nullable().optional(),
    agreedHow: planAgreedHow.nullable().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'change at least one field' })
  .refine(agreedTogether, agreedMessage);

export const planParams = z.object({ id: z.string().min(1).max(100), planId: z.string().min(1).max(100) });

export const planVisit = z.object({
  id: z.string(),
  weekdays: z.array(z.string()),
  windowFrom: z.string(),
  windowTo: z.string(),
  durationMinutes: z.number().int(),
  areas: z.array(z.string()),
  staffCount: z.number().int(),
  preferredStaffId: z.string().nullable(),
});
/** A month of the plan's first year that plans more staff minutes than the order's hours. */
export const planWarning = z.object({
  kind: z.literal('planned_exceeds_ordered'),
  month: z.string(),
  plannedMinutes: z.number().int(),
  orderedMinutes: z.number().int(),
});

export const plan = z.object({
  id: z.string(),
  orderId: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  notes: z.string(),
  agreedAt: z.string().nullable(),
  agreedHow: planAgreedHow.nullable(),
  visits: z.array(planVisit),
  warnings: z.array(planWarning),
});
export const planListReply = z.object({ plans: z.array(plan) });

export type PlanVisitInput = z.infer<typeof planVisitInput>;
export type PlanCreateBody = z.infer<typeof planCreateBody>;
export type PlanPatchBody = z.infer<typeof planPatchBody>;
export type Plan = z.infer<typeof plan>;
export type PlanWarning = z.infer<typeof planWarning>;
export type PlanAgreedHow = z.infer<typeof planAgreedHow>;
