import { parsePhoneNumber } from '@hemma/domain/ids';
import { z } from 'zod';

// Clients as a user in scope sees them (DOMAIN.md §1): lists never reach outside the scope, and
// one client out of scope is answered like one that does not exist.

export const clientParams = z.object({ id: z.string().min(1).max(100) });

export const clientListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export const clientSummary = z.object({
  id: z.string(),
  name: z.string(),
  personalNumber: z.string(),
  districtId: z.string(),
  address: z.string().nullable(),
});

export const clientDetail = clientSummary.extend({
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  contactPersonStaffId: z.string().nullable(),
  lifeStory: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  /** The next of kin the case officer may call (name, and how to reach them: phone). */
  nextOfKinName: z.string().nullable(),
  nextOfKinPhone: z.string().nullable(),
  /** The client's own wishes in her own words: what matters to her, how she wants to be helped. */
  wishes: z.string().nullable(),
});

export const clientListReply = z.object({
  clients: z.array(clientSummary),
  limit: z.number().int(),
  offset: z.number().int(),
});

export type ClientSummary = z.infer<typeof clientSummary>;
export type ClientDetail = z.infer<typeof clientDetail>;
export type ClientListQuery = z.infer<typeof clientListQuery>;

/**
 * A telephone number as typed, checked by the domain's rule (`070-123 45 67`, `+46 70 …`); blank
 * means none. The server stores it trimmed (see the clients service).
 */
const phone = z
  .string()
  .max(40)
  .superRefine((v, ctx) => {
    if (v.trim() === '') return;
    const r = parsePhoneNumber(v);
    if (!r.ok) ctx.addIssue({ code: 'custom', message: r.message });
  });
const email = z
  .string()
  .max(200)
  .refine((v) => v.trim() === '' || z.email().safeParse(v.trim()).success, 'expected an e-mail address such as namn@exempel.se');

/**
 * Contact details and wishes: each may be left out, or null (create: not known; patch: clear it).
 * A blank string counts as null, since a form's cleared field sends one.
 */
const clientDetailsFields = {
  phone: phone.nullable().optional(),
  email: email.nullable().optional(),
  nextOfKinName: z.string().max(200).nullable().optional(),
  nextOfKinPhone: phone.nullable().optional(),
  wishes: z.string().max(4000).nullable().optional(),
};

// Writes. A personal number is checked (checksum, date) by the server, which answers 400 with
// the field's path; the schema only bounds its length.
export const clientCreateBody = z.strictObject({
  personalNumber: z.string().min(10).max(13),
  name: z.string().trim().min(1).max(200),
  /** A case officer's own district by default; admin must name one. */
  districtId: z.string().min(1).max(100).optional(),
  address: z.string().trim().max(300).nullable().optional(),
  ...clientDetailsFields,
});

/**
 * Name, address, district, contact details, next of kin and wishes are the municipality's (case
 * officer, admin); the contact person,
 * the life story and the coordinates are also kept by the client's provider manager. null clears a field.
 */
export const clientPatchBody = z
  .strictObject({
    name: z.string().trim().min(1).max(200).optional(),
    address: z.string().trim().max(300).nullable().optional(),
    districtId: z.string().min(1).max(100).optional(),
    ...clientDetailsFields,
    contactPersonStaffId: z.string().min(1).max(100).nullable().optional(),
    lifeStory: z.string().max(20_000).nullable().optional(),
    /** Door code, keys, pets: what staff need at the door (the staff app's client card). */
    practicalNotes: z.string().max(2000).nullable().optional(),
    /** Where the client lives (WGS 84), placed on a map or typed: the planner's travel times use it. */
    latitude: z.number().min(-90).max(90).nullable().optional(),
    longitude: z.number().min(-180).max(180).nullable().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'change at least one field' })
  .refine((b) => (b.latitude === undefined) === (b.longitude === undefined) && (b.latitude === null) === (b.longitude === null), {
    message: 'give latitude and longitude together (both null to clear)', path: ['longitude'],
  });

export type ClientCreateBody = z.infer<typeof clientCreateBody>;
export type ClientPatchBody = z.infer<typeof clientPatchBody>;
