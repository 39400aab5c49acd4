import { phoneDb, type StoredDevice } from '../offline/phone-db.ts';

// The device's sign-in for the working day as the phone keeps it: the server's id and secret,
// and a verifier of the PIN so that the phone opens without coverage too. The PIN itself is never
// written down. The verifier is PBKDF2 (WebCrypto): slow enough to make a guess cost something,
// while the server's count of wrong tries is what really stops guessing once there is coverage.

const ITERATIONS = 200_000;

const b64 = (bytes: ArrayBuffer | Uint8Array): string => btoa(String.fromCharCode(...new Uint8Array(bytes)));
const unb64 = (text: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  return b64(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256));
}

export async function pinVerifier(pin: string): Promise<StoredDevice['verifier']> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { salt: b64(salt), hash: await derive(pin, salt, ITERATIONS), iterations: ITERATIONS };
}

export async function pinMatches(device: StoredDevice, pin: string): Promise<boolean> {
  return (await derive(pin, unb64(device.verifier.salt), device.verifier.iterations)) === device.verifier.hash;
}

/** The device's sign-in, while its working day lasts; an ended one is dropped (the outbox stays). */
export async function storedDevice(now = new Date()): Promise<StoredDevice | undefined> {
  const [device] = await (await phoneDb()).getAll('device');
  if (device && Date.parse(device.expiresAt) <= now.getTime()) {
    await dropDevice();
    return undefined;
  }
  return device;
}

export async function saveDevice(device: StoredDevice): Promise<void> {
  const db = await phoneDb();
  const tx = db.transaction('device', 'readwrite');
  await tx.store.clear();
  await tx.store.put(device);
  await tx.done;
}

/** Forgets the sign-in only: what waits to be sent stays for the next full sign-in. */
export async function dropDevice(): Promise<void> {
  await (await phoneDb()).clear('device');
}
