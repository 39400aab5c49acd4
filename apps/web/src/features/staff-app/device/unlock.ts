import type { DeviceCreateReply, DeviceUnlockReply } from '@hemma/contract/api';
import { MAX_PIN_TRIES } from '@hemma/domain/staff-device';
import { api, setCsrfToken } from '../../../lib/api/client.ts';
import type { StoredDevice } from '../offline/phone-db.ts';
import { dropDevice, pinMatches, pinVerifier, saveDevice, storedDevice } from './device-store.ts';

// Unlocking the phone with its PIN (docs/staff-app.md). With coverage the server checks the PIN
// and starts a new session; without, the phone checks it against its verifier and works on what
// it holds, and the PIN stays in memory (never stored) so that the session can be renewed the
// moment coverage returns and the outbox needs it.

export type Unlock =
  | { ok: true; offline: boolean }
  | { ok: false; reason: 'wrong_pin'; triesLeft: number }
  /** Too many wrong PINs, the working day over, or signed out elsewhere: the full sign-in again. */
  | { ok: false; reason: 'sign_in' }
  /** A manager revoked the phone: what it holds is to be shown and cleared. */
  | { ok: false; reason: 'revoked' };

let unlockedWith: string | null = null;
/** The revoke, once the server said so: later renewals give the same answer, not "sign in". */
let revoked = false;
/** One renewal at a time: the sender and the day's refresh may both meet the ended session. */
let renewal: Promise<Unlock> | null = null;

/** A short label for the manager's list: the platform and browser, nothing identifying. */
function deviceLabel(): string {
  const ua = navigator.userAgent;
  const os = /Android/.test(ua) ? 'Android' : /iPhone|iPad/.test(ua) ? 'iOS' : /Windows/.test(ua) ? 'Windows' : /Mac/.test(ua) ? 'Mac' : /Linux/.test(ua) ? 'Linux' : 'Okänd';
  const browser = /Edg\//.test(ua) ? 'Edge' : /Firefox\//.test(ua) ? 'Firefox' : /Chrom/.test(ua) ? 'Chrome' : /Safari\//.test(ua) ? 'Safari' : 'webbläsare';
  return `${os} · ${browser}`;
}

/** After the full sign-in: the phone stays signed in for the day, opened with `pin`. */
export async function signInDevice(pin: string): Promise<void> {
  const made = await api.post<DeviceCreateReply>('/staff-devices', { pin, label: deviceLabel() });
  await saveDevice({ id: made.id, secret: made.secret, expiresAt: made.expiresAt, verifier: await pinVerifier(pin), failedTries: 0 });
  unlockedWith = pin;
  revoked = false;
}

async function wrongOffline(device: StoredDevice): Promise<Unlock> {
  const failed = device.failedTries + 1;
  if (failed >= MAX_PIN_TRIES) {
    await dropDevice();
    return { ok: false, reason: 'sign_in' };
  }
  await saveDevice({ ...device, failedTries: failed });
  return { ok: false, reason: 'wrong_pin', triesLeft: MAX_PIN_TRIES - failed };
}

export async function unlock(pin: string): Promise<Unlock> {
  const device = await storedDevice();
  if (!device) return { ok: false, reason: 'sign_in' };
  let res: Response;
  try {
    res = await fetch('/api/v1/auth/device-unlock', {
      method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ id: device.id, secret: device.secret, pin }),
    });
  } catch {
    // No coverage: the phone's own verifier decides, and counts wrong tries itself.
    if (!(await pinMatches(device, pin))) return wrongOffline(device);
    if (device.failedTries > 0) await saveDevice({ ...device, failedTries: 0 });
    unlockedWith = pin;
    return { ok: true, offline: true };
  }
  const body = (await res.json().catch(() => ({}))) as Partial<DeviceUnlockReply> & { error?: string; triesLeft?: number };
  if (res.ok && body.csrfToken) {
    setCsrfToken(body.csrfToken);
    if (device.failedTries > 0) await saveDevice({ ...device, failedTries: 0 });
    unlockedWith = pin;
    return { ok: true, offline: false };
  }
  if (body.error === 'wrong_pin') {
    await saveDevice({ ...device, failedTries: MAX_PIN_TRIES - (body.triesLeft ?? 0) });
    return { ok: false, reason: 'wrong_pin', triesLeft: body.triesLeft ?? 0 };
  }
  if (res.status >= 500 || res.status === 429) return { ok: false, reason: 'wrong_pin', triesLeft: MAX_PIN_TRIES - device.failedTries };
  unlockedWith = null;
  if (body.error === 'device_revoked') {
    revoked = true;
    return { ok: false, reason: 'revoked' };
  }
  await dropDevice();
  return { ok: false, reason: 'sign_in' };
}

/** The session ended while the phone was open: renew it with the PIN it was opened with. */
export function renewSession(): Promise<Unlock> {
  if (renewal) return renewal;
  if (revoked) return Promise.resolve({ ok: false, reason: 'revoked' });
  if (unlockedWith === null) return Promise.resolve({ ok: false, reason: 'sign_in' });
  renewal = unlock(unlockedWith).finally(() => {
    renewal = null;
  });
  return renewal;
}

/** Signing out ends the device's day on the server too; without coverage the phone forgets it all the same. */
export async function endDevice(): Promise<void> {
  unlockedWith = null;
  const device = await storedDevice();
  if (device) await api.post(`/staff-devices/${device.id}/end`).catch(() => undefined);
}
