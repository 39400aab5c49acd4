import { z } from 'zod';

// Login in two steps (DOMAIN.md §6): password, then a TOTP code; then a session cookie.

export const ROLE_NAMES = [
  'admin',
  'case_officer',
  'finance',
  'provider_manager',
  'staff',
  'client',
  'relative',
] as const;
export const roleName = z.enum(ROLE_NAMES);

export const loginBody = z.object({
  username: z.string().min(1).max(64),
  // The upper bound keeps a megabyte "password" from tying up the hasher.
  password: z.string().min(1).max(256),
});

/**
 * `totp`: type the code from the authenticator app. `enrol`: the account has no app yet (its first
 * sign-in): fetch GET /auth/enrolment, scan its QR code, then send the app's first code to /auth/totp.
 */
export const loginReply = z.object({ next: z.enum(['totp', 'enrol']) });

/** The second factor of an account that has not signed in yet, to scan; never sent again after. */
export const enrolmentReply = z.object({
  otpauthUri: z.string(),
  /** The base32 secret, for apps that cannot scan. */
  secret: z.string(),
  /** The QR code of `otpauthUri` as an SVG data URL, for an <img>. */
  qrDataUrl: z.string(),
});

export const totpBody = z.object({
  code: z.string().regex(/^\d{6}$/, 'a code is six digits'),
});

/** Who is logged in: the actor every request is scoped by. */
export const meReply = z.object({
  username: z.string(),
  municipalityName: z.string(),
  /** Names of the district or provider the account is scoped to, for the header of every page. */
  districtName: z.string().nullable(),
  providerName: z.string().nullable(),
  role: roleName,
  municipalityId: z.string(),
  districtId: z.string().nullable(),
  providerId: z.string().nullable(),
  staffId: z.string().nullable(),
});

/** Send it back in the `x-csrf-token` header on every POST, PUT, PATCH and DELETE. */
export const csrfReply = z.object({ csrfToken: z.string() });

export const sessionReply = z.object({ csrfToken: z.string(), me: meReply });

export const loggedOutReply = z.object({ loggedOut: z.literal(true) });

export type EnrolmentReply = z.infer<typeof enrolmentReply>;
export type LoginBody = z.infer<typeof loginBody>;
export type TotpBody = z.infer<typeof totpBody>;
export type MeReply = z.infer<typeof meReply>;
export type SessionReply = z.infer<typeof sessionReply>;
