import { z } from 'zod';
import { meReply } from './auth.ts';
import { errorReply } from './health.ts';

// A staff phone signed in for the working day (docs/staff-app.md): after the full sign-in the
// phone chooses a short PIN and gets a device secret; the PIN and the secret together then start
// a new session without the password and code, until the day ends, the PIN is wrong too many
// times, the staff member signs out or a manager revokes the device.

export const deviceParams = z.object({ id: z.uuid() });

export const deviceCreateBody = z.strictObject({
  /** Checked by the domain's PIN rule (4–6 digits, not 0000 or 1234). */
  pin: z.string().max(20),
  /** What the phone says it is ("Android · Chrome"), for the manager's list. */
  label: z.string().trim().min(1).max(100),
});

export const deviceCreateReply = z.object({
  id: z.uuid(),
  /** Shown once: the phone keeps it; the server keeps only its hash. */
  secret: z.string(),
  expiresAt: z.string(),
});

export const deviceUnlockBody = z.strictObject({
  id: z.uuid(),
  secret: z.string().min(1).max(200),
  pin: z.string().max(20),
});

export const deviceUnlockReply = z.object({ csrfToken: z.string(), me: meReply, expiresAt: z.string() });

/** A refused unlock: `wrong_pin` says how many tries are left before the full sign-in is needed. */
export const deviceUnlockRefusal = errorReply.extend({ triesLeft: z.number().int().optional() });

export const deviceEndReason = z.enum(['revoked', 'signed_out', 'pin_tries', 'expired']);

export const staffDevice = z.object({
  id: z.uuid(),
  username: z.string(),
  staffId: z.string().nullable(),
  staffName: z.string().nullable(),
  label: z.string(),
  createdAt: z.string(),
  lastUnlockedAt: z.string().nullable(),
  expiresAt: z.string(),
  /** Null while the device may be unlocked. */
  ended: z.object({ at: z.string(), reason: deviceEndReason, by: z.string().nullable() }).nullable(),
});

export const staffDeviceListReply = z.object({ devices: z.array(staffDevice) });

export type DeviceCreateReply = z.infer<typeof deviceCreateReply>;
export type DeviceUnlockReply = z.infer<typeof deviceUnlockReply>;
export type StaffDevice = z.infer<typeof staffDevice>;
export type DeviceEndReason = z.infer<typeof deviceEndReason>;
