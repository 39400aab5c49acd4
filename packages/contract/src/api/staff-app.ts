import { z } from 'zod';
import { careDate } from './decisions.ts';
import { registrationKind } from './registrations.ts';

// The staff phone app (`/personal/`): the signed-in staff member's day, the card of a client she
// visits today, and short notes between her and her manager. Everything the phone needs to work
// without coverage for the rest of the day comes in the one "my day" reply.

export const clientCardParams = z.object({ id: z.string().min(1).max(100) });

export const myDayQuery = z.object({
  /** The local day (Europe/Stockholm); today by default. */
  date: careDate.optional(),
});

export const visitStatus = z.enum(['planned', 'arrived', 'done', 'declined', 'exception']);

export const myDayVisit = z.object({
  /** The plan visit this comes from (stable across the day). */
  id: z.string(),
  clientId: z.string(),
  clientName: z.string(),
  address: z.string().nullable(),
  windowFrom: z.string(),
  windowTo: z.string(),
  durationMinutes: z.number().int(),
  areas: z.array(z.string()),
  /** 2 when two staff go together (dubbelbemanning). */
  staffCount: z.number().int(),
  /** The colleague named for the same visit when two go together. */
  colleague: z.string().nullable(),
  status: visitStatus,
  /** The active tag UIDs at the client's door, so the phone resolves a tap without network. */
  tags: z.array(z.string()),
});

export const myRegistration = z.object({
  id: z.string(),
  clientId: z.string(),
  kind: registrationKind,
  method: z.enum(['nfc', 'manual']),
  at: z.string(),
  corrects: z.string().optional(),
});

export const staffNote = z.object({
  id: z.string(),
  clientId: z.string(),
  /** `to_staff`: the manager's word to the staff; `to_manager`: what a staff member noted. */
  direction: z.enum(['to_staff', 'to_manager']),
  /** The author's username, and her name when she is staff with a staff record. */
  author: z.string(),
  authorName: z.string().nullable(),
  body: z.string(),
  /** When the server got it. */
  sentAt: z.string(),
  /** The phone's clock when written, when it was queued without coverage; else null. */
  writtenAt: z.string().nullable(),
  clientName: z.string(),
});

export const myDayReply = z.object({
  date: z.string(),
  staffId: z.string(),
  staffName: z.string(),
  /** Where the visits came from: day plans are computed on request and not published, so the plans. */
  source: z.literal('plans'),
  visits: z.array(myDayVisit),
  /** The staff member's own registrations of the day, in time order. */
  registrations: z.array(myRegistration),
  /** Notes to staff about today's clients, newest first. */
  notes: z.array(staffNote),
  /** The server's time of the reply: the phone shows it as "last synced". */
  syncedAt: z.string(),
});

export const clientCardReply = z.object({
  id: z.string(),
  name: z.string(),
  address: z.string().nullable(),
  lifeStory: z.string().nullable(),
  practicalNotes: z.string().nullable(),
  contactPerson: z.object({ id: z.string(), name: z.string() }).nullable(),
  plan: z
    .object({
      notes: z.string(),
      visits: z.array(
        z.object({
          weekdays: z.array(z.string()),
          windowFrom: z.string(),
          windowTo: z.string(),
          durationMinutes: z.number().int(),
          areas: z.array(z.string()),
          staffCount: z.number().int(),
        }),
      ),
    })
    .nullable(),
});

export const staffNoteBody = z.strictObject({
  client: z.string().min(1).max(100),
  body: z.string().trim().min(1).max(2000),
  /** The phone's own id: a note sent again (the reply was lost) is stored once. */
  id: z.uuid().optional(),
  /** The phone's clock when the note was written, when it waited for coverage. */
  writtenAt: z.iso.datetime({ offset: true }).optional(),
});

export const staffNoteListQuery = z.object({ client: z.string().min(1).max(100).optional() });
export const staffNoteListReply = z.object({ notes: z.array(staffNote) });

export type MyDayReply = z.infer<typeof myDayReply>;
export type MyDayVisit = z.infer<typeof myDayVisit>;
export type ClientCardReply = z.infer<typeof clientCardReply>;
export type StaffNote = z.infer<typeof staffNote>;
export type StaffNoteBody = z.infer<typeof staffNoteBody>;
