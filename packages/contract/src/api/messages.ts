import { z } from 'zod';

// The dialogue about a client between the case officer and a provider (the seeds: systems that
// support the dialogue rather than block it). Each provider reads only its own dialogue.

export const messageCreateBody = z.strictObject({
  body: z.string().trim().min(1).max(5000),
  /** About one order of the client; its provider is then the other party. */
  orderId: z.string().min(1).max(100).optional(),
  /** The provider the case officer writes to, when no order is named; a provider manager writes as her own. */
  providerId: z.string().min(1).max(100).optional(),
});

export const messageListQuery = z.object({ providerId: z.string().min(1).max(100).optional() });

export const message = z.object({
  id: z.string(),
  clientId: z.string(),
  orderId: z.string().nullable(),
  providerId: z.string().nullable(),
  author: z.string(),
  authorRole: z.string().nullable(),
  body: z.string(),
  sentAt: z.string(),
});
export const messageListReply = z.object({ messages: z.array(message) });

export type MessageCreateBody = z.infer<typeof messageCreateBody>;
export type Message = z.infer<typeof message>;

/** One dialogue (a client's thread with one provider) as the reader sees it. */
export const messageThread = z.object({
  clientId: z.string(),
  clientName: z.string(),
  providerId: z.string(),
  messages: z.number().int(),
  /** Messages others wrote after this reader last marked the thread read. */
  unread: z.number().int(),
  last: z.object({ id: z.string(), author: z.string(), authorRole: z.string().nullable(), excerpt: z.string(), sentAt: z.string() }),
});
export const inboxReply = z.object({ threads: z.array(messageThread) });

/** A case officer may mark one provider's thread read; without it, all the client's threads. */
export const messageReadBody = z.strictObject({ providerId: z.string().min(1).max(100).optional() }).default({});

export type MessageThread = z.infer<typeof messageThread>;
export type InboxReply = z.infer<typeof inboxReply>;
