import { z } from 'zod';
import { roleName } from './auth.ts';

// Accounts, managed by the municipality's admin. A list never carries a password hash or a TOTP
// secret; the new account's second factor is handed over once, as the otpauth URI to scan.

export const userCreateBody = z.strictObject({
  username: z.string().min(1).max(64),
  // The upper bound keeps a megabyte "password" from tying up the hasher.
  password: z.string().max(1024),
  role: roleName,
  districtId: z.string().min(1).max(200).optional(),
  providerId: z.string().min(1).max(200).optional(),
  staffId: z.string().min(1).max(200).optional(),
});

export const userSummary = z.object({
  id: z.string(),
  username: z.string(),
  role: roleName,
  districtId: z.string().nullable(),
  providerId: z.string().nullable(),
  staffId: z.string().nullable(),
  createdAt: z.string(),
  /** Locked after too many wrong passwords or codes, until `lockedUntil`. */
  lockedUntil: z.string().nullable(),
  /** Locked by an administrator since then, until she unlocks it; null when not. */
  lockedByAdminAt: z.string().nullable(),
  /** The last sign-in with both factors; null when never. */
  lastLoginAt: z.string().nullable(),
  /** Whether the authenticator app is connected; false after a reset, until the next sign-in. */
  secondFactorEnrolled: z.boolean(),
});
export const userListReply = z.object({ users: z.array(userSummary) });

export const createdUserReply = userSummary.extend({
  /** Scan into an authenticator app; shown once, never again. */
  otpauthUri: z.string(),
});

export const userParams = z.object({ user: z.guid() });

export type UserCreateBody = z.infer<typeof userCreateBody>;
export type UserSummary = z.infer<typeof userSummary>;
export type CreatedUserReply = z.infer<typeof createdUserReply>;
