import { z } from 'zod';
import { monthParam } from './statements.ts';

// "Att göra": what waits for the signed-in person, grouped by a stable kind the web app
// translates. Every group of the role is present, empty or not, so a screen can show "nothing".

export const todoKind = z.enum([
  // case officer
  'new_messages', 'excess_to_review', 'deviations_to_decide', 'orders_awaiting_reply', 'orders_declined', 'decisions_expiring',
  // provider manager (and new_messages)
  'new_orders', 'exceptions_to_resolve', 'deviations_rejected', 'month_end',
  // finance, admin
  'statements_to_approve', 'statements_to_export',
]);

export const todoEntry = z.object({
  /** The object to open: an order, deviation, decision, registration, client or `provider/month`. */
  id: z.string(),
  clientId: z.string().optional(),
  clientName: z.string().optional(),
  /** A short code or text: an exception type, a statement status, a provider id. */
  title: z.string().optional(),
  /** When it happened or falls due: an instant (ISO 8601) or a date. */
  at: z.string().optional(),
  /** The API resource behind the entry. */
  link: z.string().optional(),
});

export const todoGroup = z.object({ kind: todoKind, count: z.number().int(), entries: z.array(todoEntry) });
export const todoReply = z.object({ groups: z.array(todoGroup) });

export const todoQuery = z.object({
  /** The month whose statements are looked at; by default the previous and the current month. */
  month: monthParam.optional(),
});

export type TodoKind = z.infer<typeof todoKind>;
export type TodoEntry = z.infer<typeof todoEntry>;
export type TodoGroup = z.infer<typeof todoGroup>;
export type TodoReply = z.infer<typeof todoReply>;
