import { z } from 'zod';

// Login in two steps (DOMAIN.md §6): password, then a TOTP code; then a session cookie.

export const ROLE_NAMES = [
  'admin',
  'case_officer',
  'finance',
  'provider_manager',
  'staff',
] as const;
export const roleName = z.enum(ROLE_NAMES);

export const loginBody = z.object({
  username: z.string().min(1).max(64),
  // The upper bound keeps a megabyte "password" from tying up the hasher.
  password: z.string().min(1).max(256),
});

export const loginReply = z.object({ next: z.literal('totp') });

export const totpBody = z.object({
  code: z.string().regex(/^\d{6}$/, 'a code is six digits'),
});

/** Who is logged in: the actor every request is scoped by. */
export const meReply = z.object({
  username: z.string(),
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

export type LoginBody = z.infer<typeof loginBody>;
export type TotpBody = z.infer<typeof totpBody>;
export type MeReply = z.infer<typeof meReply>;
export type SessionReply = z.infer<typeof sessionReply>;
