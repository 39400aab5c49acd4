import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DeviceCreateReply, StaffDevice } from '@hemma/contract/api';
import { MAX_PIN_TRIES, pinProblem, pinTriesLeft } from '@hemma/domain/staff-device';
import { recordAudit } from '../../audit/audit.service.ts';
import type { DB } from '../../db/schema.ts';
import { ForbiddenError, InvalidError, NotFoundError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { findUserById, type LoginUser } from '../login.repository.ts';
import { hashPassword, verifyPassword } from '../password.ts';
import type { AuthPolicy } from '../policy.ts';
import { deleteSessionsOf, insertSession } from '../session.repository.ts';
import { hashToken, newToken, sameSecret } from '../tokens.ts';
import * as repo from './staff-devices.repository.ts';

// A staff phone stays signed in for the working day (docs/staff-app.md): after the full sign-in
// (password and code) the phone chooses a PIN and receives a secret; the two together start a
// new session until the device's day ends. Too many wrong PINs, signing out, or a manager
// revoking the device end it, and the phone must sign in fully again. The clock is injected.

/** Ended devices stay in the manager's list this long. */
const LIST_DAYS = 7;

export type UnlockFailure = 'unknown_device' | 'device_revoked' | 'device_ended' | 'device_expired' | 'wrong_pin' | 'pin_tries' | 'no_access';

export type Unlocked =
  | { ok: true; sessionToken: string; user: LoginUser; expiresAt: Date }
  | { ok: false; reason: UnlockFailure; triesLeft?: number };

const endedAs = (r: repo.EndReason | null): UnlockFailure => (r === 'revoked' ? 'device_revoked' : r === 'pin_tries' ? 'pin_tries' : 'device_ended');

function listed(d: repo.ListedDevice): StaffDevice {
  return {
    id: d.deviceId, username: d.username, staffId: d.staffId, staffName: d.staffName, label: d.label,
    createdAt: d.createdAt.toISOString(), lastUnlockedAt: d.lastUnlockedAt?.toISOString() ?? null, expiresAt: d.expiresAt.toISOString(),
    ended: d.endedAt && d.endReason ? { at: d.endedAt.toISOString(), reason: d.endReason, by: d.endedBy } : null,
  };
}

export function createStaffDeviceService(db: Kysely<DB>, now: () => Date, policy: AuthPolicy) {
  const audit = (who: Pick<LoginUser, 'municipality_id' | 'user_id' | 'username' | 'role'>, ip: string, action: 'login' | 'login_failed' | 'lockout', details: Record<string, string | number>) =>
    recordAudit(db, { municipalityId: who.municipality_id, userId: who.user_id, username: who.username, role: who.role, ip }, { action, objectType: 'account', objectId: who.user_id, details });

  return {
    /** The signed-in staff member's phone, from now to the end of the working day. */
    async create(actor: Actor, body: { pin: string; label: string }): Promise<DeviceCreateReply> {
      if (actor.role !== 'staff') throw new ForbiddenError('only staff sign in a phone for the day');
      const problem = pinProblem(body.pin);
      if (problem) throw new InvalidError(`the PIN is not accepted (${problem}): 4 to 6 digits, not one digit repeated and not a straight run`, 'pin');
      const id = randomUUID();
      const secret = newToken();
      const expiresAt = new Date(actor.at.getTime() + policy.absoluteMs);
      await repo.insertDevice(db, {
        municipalityId: actor.municipalityId, deviceId: id, userId: actor.userId, label: body.label,
        secretHash: hashToken(secret), pinHash: await hashPassword(body.pin), at: actor.at, expiresAt,
      });
      await recordAudit(db, actor, { action: 'create', objectType: 'staff_device', objectId: id, details: { label: body.label } });
      return { id, secret, expiresAt: expiresAt.toISOString() };
    },

    /** The PIN and the phone's secret start a session; a wrong PIN counts, and enough end the device. */
    async unlock(body: { id: string; secret: string; pin: string }, ip: string): Promise<Unlocked> {
      const at = now();
      const device = await repo.findDevice(db, body.id);
      if (!device || !sameSecret(hashToken(body.secret), device.secretHash)) return { ok: false, reason: 'unknown_device' };
      if (device.endedAt) return { ok: false, reason: endedAs(device.endReason) };
      if (device.expiresAt <= at) return { ok: false, reason: 'device_expired' };
      const user = await findUserById(db, device.municipalityId, device.userId);
      if (!user || user.disabled_at !== null || user.role !== 'staff') return { ok: false, reason: 'no_access' };
      if (!(await verifyPassword(device.pinHash, body.pin))) {
        const failed = await repo.countWrongPin(db, device);
        await audit(user, ip, 'login_failed', { step: 'pin', device: device.deviceId });
        if (failed < MAX_PIN_TRIES) return { ok: false, reason: 'wrong_pin', triesLeft: pinTriesLeft(failed) };
        await repo.endDevice(db, device, 'pin_tries', null, at);
        await audit(user, ip, 'lockout', { step: 'pin', device: device.deviceId });
        return { ok: false, reason: 'pin_tries', triesLeft: 0 };
      }
      await repo.markUnlocked(db, device, at);
      const sessionToken = newToken();
      const expiresAt = new Date(Math.min(at.getTime() + policy.absoluteMs, device.expiresAt.getTime()));
      await insertSession(db, { tokenHash: hashToken(sessionToken), municipalityId: user.municipality_id, userId: user.user_id, stage: 'complete', now: at, expiresAt });
      await audit(user, ip, 'login', { method: 'device_pin', device: device.deviceId });
      return { ok: true, sessionToken, user, expiresAt: device.expiresAt };
    },

    /** The provider's staff devices of the last week, for its manager. */
    async list(actor: Actor): Promise<StaffDevice[]> {
      if (actor.role !== 'provider_manager' || !actor.providerId) throw new ForbiddenError('only a provider manager lists staff devices');
      const since = new Date(actor.at.getTime() - LIST_DAYS * 86_400_000);
      return (await repo.listDevices(db, actor.municipalityId, { providerId: actor.providerId, since })).map(listed);
    },

    /**
     * Staff end their own device when signing out; a manager revokes one of her staff's, which
     * ends that account's sessions too, so the phone is refused at its next request.
     */
    async end(actor: Actor, deviceId: string): Promise<StaffDevice> {
      const [device] = await repo.listDevices(db, actor.municipalityId, { deviceId });
      const mine = actor.role === 'staff' && device?.userId === actor.userId;
      const managed = actor.role === 'provider_manager' && device !== undefined && device.providerId === actor.providerId;
      if (!device || !(mine || managed)) throw new NotFoundError(`no device "${deviceId}"`);
      const reason = mine ? 'signed_out' : 'revoked';
      await db.transaction().execute(async (trx) => {
        const ended = await repo.endDevice(trx, { municipalityId: actor.municipalityId, deviceId }, reason, actor.username, actor.at);
        if (ended && reason === 'revoked') await deleteSessionsOf(trx, actor.municipalityId, device.userId);
        await recordAudit(trx, actor, { action: 'update', objectType: 'staff_device', objectId: deviceId, details: { ended: reason, user: device.username } });
      });
      const [after] = await repo.listDevices(db, actor.municipalityId, { deviceId });
      return listed(after!);
    },
  };
}

export type StaffDeviceService = ReturnType<typeof createStaffDeviceService>;
