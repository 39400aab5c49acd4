import { z } from 'zod';
import { instantWithOffset } from '../instant.ts';
import { tagUid } from './nfc-tags.ts';

// Registrations sent by phones (DOMAIN.md, §6). A phone queues what it registers while
// offline and sends it in batches, late and in any order; each registration carries the phone's
// own UUID, so sending a batch again is harmless.

export const MAX_REGISTRATIONS_PER_BATCH = 500;

export const registrationKind = z.enum(['arrive', 'leave', 'declined_at_door', 'declined_in_advance', 'void']);

const instant = instantWithOffset('2026-11-23T08:00:00+01:00');

export const registrationInput = z
  .strictObject({
    id: z.uuid({ message: 'expected the UUID the phone gave the registration' }),
    kind: registrationKind,
    /** The UID read from the client's door (method nfc). */
    tag: tagUid.optional(),
    /** The client, for manual registrations; with a tag it must be the tag's client. */
    client: z.string().min(1).max(100).optional(),
    method: z.enum(['nfc', 'manual']),
    /** Why the tag was not used (required for manual). */
    reason: z.string().trim().min(1).max(500).optional(),
    /** The phone's time of the event. */
    at: instant,
    /** The registration this one supersedes (required for void). */
    corrects: z.uuid().optional(),
    /** The planned length of a visit declined at the door. */
    plannedMinutes: z.number().int().min(1).max(1440).optional(),
    category: z.enum(['care', 'service']).optional(),
    /** Provider managers only: the staff member the registration is for. */
    staff: z.string().min(1).max(100).optional(),
  })
  .superRefine((r, ctx) => {
    const need = (ok: boolean, path: string, message: string) => {
      if (!ok) ctx.addIssue({ code: 'custom', path: [path], message });
    };
    need(r.method !== 'nfc' || r.tag !== undefined, 'tag', 'an nfc registration needs the tag UID');
    need(r.method !== 'manual' || r.client !== undefined, 'client', 'a manual registration needs the client');
    need(r.method !== 'manual' || r.reason !== undefined, 'reason', 'a manual registration needs a reason');
    need(r.method !== 'manual' || r.tag === undefined, 'tag', 'a manual registration has no tag (use method nfc)');
    need(r.kind !== 'void' || r.corrects !== undefined, 'corrects', 'a void registration names the one it withdraws');
    need(r.kind !== 'declined_at_door' || r.plannedMinutes !== undefined, 'plannedMinutes', 'a visit declined at the door needs its planned minutes');
    need(r.corrects !== r.id, 'corrects', 'a registration cannot correct itself');
  });

export const registrationBatchBody = z.strictObject({
  registrations: z
    .array(registrationInput)
    .min(1, 'send at least one registration')
    .max(MAX_REGISTRATIONS_PER_BATCH, `send at most ${MAX_REGISTRATIONS_PER_BATCH} registrations at a time`),
});

export const tagFlagReason = z.enum(['two_clients_within_minute', 'no_planned_visit']);

/** A read that looks like a moved tag; the provider follows it up. */
export const tagFlag = z.object({
  id: z.number().int(),
  reason: tagFlagReason,
  staff: z.string(),
  /** The earlier registration and its client. */
  registration: z.string(),
  client: z.string(),
  at: z.string(),
  /** The later registration, at another client, when the reason involves two. */
  otherRegistration: z.string().nullable(),
  otherClient: z.string().nullable(),
  otherAt: z.string().nullable(),
  raisedAt: z.string(),
});

export const registrationBatchReply = z.object({
  /** Newly stored. */
  accepted: z.number().int(),
  /** Already stored with the same content (or repeated in the batch): nothing was changed. */
  duplicates: z.number().int(),
  /** Flags this batch raised. */
  flags: z.array(tagFlag),
});

export const tagFlagListQuery = z.object({
  staff: z.string().min(1).max(100).optional(),
  client: z.string().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export const tagFlagListReply = z.object({
  flags: z.array(tagFlag),
  limit: z.number().int(),
  offset: z.number().int(),
});

export type RegistrationKind = z.infer<typeof registrationKind>;
export type RegistrationInput = z.infer<typeof registrationInput>;
export type RegistrationBatchBody = z.infer<typeof registrationBatchBody>;
export type RegistrationBatchReply = z.infer<typeof registrationBatchReply>;
export type TagFlag = z.infer<typeof tagFlag>;
export type TagFlagListQuery = z.infer<typeof tagFlagListQuery>;
