import { z } from 'zod';

// NFC tags at the clients' doors (DOMAIN.md §6): bound to one client, retired when lost or moved.
// A UID is the tag's serial number: 4 to 10 bytes in hex. Phones and readers write it in different
// ways (04A2…, 04:a2:…, 04-A2-…); every form is stored and compared as Web NFC writes it:
// lower-case bytes separated by colons.

const UID_PATTERN = /^[0-9a-f]{2}([:-]?[0-9a-f]{2}){3,9}$/i;

/** `04A23B1C` → `04:a2:3b:1c`. Expects a UID that matched UID_PATTERN. */
export function canonicalTagUid(uid: string): string {
  return (uid.replace(/[:-]/g, '').toLowerCase().match(/../g) ?? []).join(':');
}

export const tagUid = z
  .string()
  .trim()
  .regex(UID_PATTERN, 'expected an NFC tag UID: 4 to 10 bytes in hex, e.g. 04:a2:3b:1c:5d:6e:80')
  .transform(canonicalTagUid);

export const nfcTagEnrolBody = z.object({
  uid: tagUid,
  client: z.string().min(1).max(100),
});

export const nfcTagParams = z.object({ uid: tagUid });

export const nfcTagListQuery = z.object({
  client: z.string().min(1).max(100).optional(),
  /** Retired tags are listed too unless `active=true`. */
  active: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export const nfcTag = z.object({
  uid: z.string(),
  client: z.string(),
  enrolledAt: z.string(),
  retiredAt: z.string().nullable(),
});

export const nfcTagListReply = z.object({
  tags: z.array(nfcTag),
  limit: z.number().int(),
  offset: z.number().int(),
});

export type NfcTagEnrolBody = z.infer<typeof nfcTagEnrolBody>;
export type NfcTagListQuery = z.infer<typeof nfcTagListQuery>;
export type NfcTag = z.infer<typeof nfcTag>;

/** A tag's reads, newest first: registrations made with it, and reads refused (unknown, retired, before enrolment). */
export const nfcTagReadsReply = z.object({
  tag: nfcTag,
  reads: z.array(z.object({ registration: z.string(), kind: z.string(), staff: z.string(), client: z.string(), at: z.string() })),
  refused: z.array(z.object({ registration: z.string(), failure: z.string(), staff: z.string().nullable(), at: z.string() })),
});
export type NfcTagReadsReply = z.infer<typeof nfcTagReadsReply>;
