import { z } from 'zod';
import { careHours, careDate } from './decisions.ts';

// Orders (beställningar, DOMAIN.md §3 step 2): written at the level of service areas; how and
// when is agreed between the client and the provider in the plan.

export const orderStatus = z.enum(['sent', 'accepted', 'declined', 'ended', 'cancelled']);

export const orderCreateBody = z.strictObject({
  clientId: z.string().min(1).max(100),
  /** The provider the client chose (LOV). */
  providerId: z.string().min(1).max(100),
  decisionId: z.string().min(1).max(100),
  from: careDate,
  to: careDate.nullable().default(null),
  hoursPerMonth: careHours,
  doubleStaffing: z.boolean().default(false),
});

export const orderPatchBody = z
  .strictObject({
    from: careDate.optional(),
    to: careDate.nullable().optional(),
    hoursPerMonth: careHours.optional(),
    doubleStaffing: z.boolean().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'change at least one field' });

export const orderEndBody = z.strictObject({ to: careDate });

/** The provider's acceptance; it may name the client's contact person (kontaktman) at once. */
export const orderAcceptBody = z.strictObject({ contactPersonStaffId: z.string().min(1).max(100).optional() }).default({});

/** The provider's refusal of an order sent to it; the reason reaches the case officer. */
export const orderDeclineBody = z.strictObject({ reason: z.string().trim().min(1, 'say why the order is declined').max(2000) });

export const orderParams = z.object({ id: z.string().min(1).max(100) });
export const orderListQuery = z.object({
  clientId: z.string().min(1).max(100).optional(),
  status: orderStatus.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export const order = z.object({
  id: z.string(),
  clientId: z.string(),
  providerId: z.string(),
  decisionId: z.string().nullable(),
  from: z.string(),
  to: z.string().nullable(),
  hoursPerMonth: z.record(z.string(), z.number()),
  doubleStaffing: z.boolean(),
  status: orderStatus,
  /** Why the provider declined (status declined), otherwise null. */
  declinedReason: z.string().nullable(),
});
export const orderListReply = z.object({ orders: z.array(order), limit: z.number().int(), offset: z.number().int() });

export type OrderCreateBody = z.infer<typeof orderCreateBody>;
export type OrderDeclineBody = z.infer<typeof orderDeclineBody>;
export type OrderPatchBody = z.infer<typeof orderPatchBody>;
export type OrderListQuery = z.infer<typeof orderListQuery>;
export type Order = z.infer<typeof order>;
