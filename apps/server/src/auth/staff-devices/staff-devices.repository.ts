import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

// Staff phones signed in for the working day; see migrations/20261203T0600_staff_devices.sql.

export type EndReason = 'revoked' | 'signed_out' | 'pin_tries';

export interface DeviceRow {
  municipalityId: string;
  deviceId: string;
  userId: string;
  secretHash: string;
  pinHash: string;
  failedPins: number;
  expiresAt: Date;
  endedAt: Date | null;
  endReason: EndReason | null;
}

export async function insertDevice(
  db: Kysely<DB>,
  d: { municipalityId: string; deviceId: string; userId: string; label: string; secretHash: string; pinHash: string; at: Date; expiresAt: Date },
): Promise<void> {
  await db.insertInto('staff_devices').values({
    municipality_id: d.municipalityId, device_id: d.deviceId, user_id: d.userId, label: d.label,
    secret_hash: d.secretHash, pin_hash: d.pinHash, created_at: d.at, expires_at: d.expiresAt,
  }).execute();
}

/** By id alone: the phone unlocking has no session yet to say which municipality it is in. */
export async function findDevice(db: Kysely<DB>, deviceId: string): Promise<DeviceRow | undefined> {
  const r = await db.selectFrom('staff_devices')
    .select(['municipality_id', 'device_id', 'user_id', 'secret_hash', 'pin_hash', 'failed_pins', 'expires_at', 'ended_at', 'end_reason'])
    .where('device_id', '=', deviceId)
    .executeTakeFirst();
  return r && {
    municipalityId: r.municipality_id, deviceId: r.device_id, userId: r.user_id, secretHash: r.secret_hash, pinHash: r.pin_hash,
    failedPins: r.failed_pins, expiresAt: r.expires_at, endedAt: r.ended_at, endReason: r.end_reason,
  };
}

/** One more wrong PIN; returns how many in a row now. */
export async function countWrongPin(db: Kysely<DB>, d: Pick<DeviceRow, 'municipalityId' | 'deviceId'>): Promise<number> {
  const r = await db.updateTable('staff_devices')
    .set((eb) => ({ failed_pins: eb('failed_pins', '+', 1) }))
    .where('municipality_id', '=', d.municipalityId).where('device_id', '=', d.deviceId)
    .returning('failed_pins')
    .executeTakeFirstOrThrow();
  return r.failed_pins;
}

export async function markUnlocked(db: Kysely<DB>, d: Pick<DeviceRow, 'municipalityId' | 'deviceId'>, at: Date): Promise<void> {
  await db.updateTable('staff_devices').set({ failed_pins: 0, last_unlocked_at: at })
    .where('municipality_id', '=', d.municipalityId).where('device_id', '=', d.deviceId).execute();
}

/** Ends a live device; false when it had ended already. */
export async function endDevice(db: Kysely<DB>, d: Pick<DeviceRow, 'municipalityId' | 'deviceId'>, reason: EndReason, by: string | null, at: Date): Promise<boolean> {
  const r = await db.updateTable('staff_devices').set({ ended_at: at, end_reason: reason, ended_by: by })
    .where('municipality_id', '=', d.municipalityId).where('device_id', '=', d.deviceId).where('ended_at', 'is', null)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

export interface ListedDevice {
  deviceId: string;
  userId: string;
  username: string;
  providerId: string | null;
  staffId: string | null;
  staffName: string | null;
  label: string;
  createdAt: Date;
  lastUnlockedAt: Date | null;
  expiresAt: Date;
  endedAt: Date | null;
  endReason: EndReason | null;
  endedBy: string | null;
}

/** The devices of a provider's staff signed in since `since`, newest first; or one device by id. */
export async function listDevices(db: Kysely<DB>, mid: string, q: { providerId?: string; since?: Date; deviceId?: string }): Promise<ListedDevice[]> {
  let query = db.selectFrom('staff_devices as d')
    .innerJoin('users as u', (j) => j.onRef('u.municipality_id', '=', 'd.municipality_id').onRef('u.user_id', '=', 'd.user_id'))
    .leftJoin('staff as s', (j) => j.onRef('s.municipality_id', '=', 'u.municipality_id').onRef('s.staff_id', '=', 'u.staff_id'))
    .select(['d.device_id', 'd.user_id', 'u.username', 'u.provider_id', 'u.staff_id', 's.name as staff_name', 'd.label', 'd.created_at',
      'd.last_unlocked_at', 'd.expires_at', 'd.ended_at', 'd.end_reason', 'd.ended_by'])
    .where('d.municipality_id', '=', mid);
  if (q.providerId !== undefined) query = query.where('u.provider_id', '=', q.providerId);
  if (q.since !== undefined) query = query.where('d.created_at', '>=', q.since);
  if (q.deviceId !== undefined) query = query.where('d.device_id', '=', q.deviceId);
  const rows = await query.orderBy('d.created_at', 'desc').limit(500).execute();
  return rows.map((r) => ({
    deviceId: r.device_id, userId: r.user_id, username: r.username, providerId: r.provider_id, staffId: r.staff_id, staffName: r.staff_name,
    label: r.label, createdAt: r.created_at, lastUnlockedAt: r.last_unlocked_at, expiresAt: r.expires_at, endedAt: r.ended_at,
    endReason: r.end_reason, endedBy: r.ended_by,
  }));
}
