import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ClientCardReply, MyDayReply } from '@hemma/contract/api';

// What the phone keeps in IndexedDB so that it works without coverage and loses nothing: the
// outbox of registrations and notes not yet sent, the ones the server refused (kept for the
// manager), the day's data, the cards of the day's clients, and the device's sign-in for the
// working day (device/device-store.ts). Signing out deletes the whole database.

export type OutboxKind = 'arrive' | 'leave' | 'declined_at_door' | 'declined_in_advance';

/** One registration as the API takes it (`POST /api/v1/registrations`). */
export interface OutgoingRegistration {
  id: string;
  kind: OutboxKind;
  method: 'nfc' | 'manual';
  at: string;
  tag?: string;
  client?: string;
  reason?: string;
  plannedMinutes?: number;
}

/** A note for the manager as the API takes it (`POST /api/v1/staff-notes`). */
export interface OutgoingNote {
  id: string;
  client: string;
  body: string;
  writtenAt: string;
}

interface Queued {
  /** Insertion order: the outbox is sent oldest first. */
  seq?: number;
  /** The client the phone resolved the tag to, for the screens (a tag may be unknown). */
  clientId: string | null;
  clientName: string | null;
  queuedAt: string;
}

type Payload = { registration: OutgoingRegistration; note?: undefined } | { note: OutgoingNote; registration?: undefined };

/** A registration or a note waiting for coverage: exactly one of the two. */
export type OutboxItem = Queued & Payload;

/** What the screens hand the outbox; it adds the order and the time. */
export type NewOutboxItem = Omit<Queued, 'seq' | 'queuedAt'> & Payload;

interface Refusal {
  status: number;
  code: string;
  message: string;
  refusedAt: string;
}

export type RefusedItem = OutboxItem & Refusal;

/** The id the phone gave the registration or note. */
export const itemId = (i: OutboxItem): string => i.registration?.id ?? i.note!.id;

/** The device's sign-in for the working day; the PIN itself is never stored, only a verifier. */
export interface StoredDevice {
  id: string;
  secret: string;
  expiresAt: string;
  verifier: { salt: string; hash: string; iterations: number };
  /** Wrong PINs in a row typed without coverage (the server counts its own). */
  failedTries: number;
}

interface PhoneSchema extends DBSchema {
  outbox: { key: number; value: OutboxItem };
  refused: { key: string; value: RefusedItem & { registration: OutgoingRegistration } };
  refusedNotes: { key: string; value: RefusedItem & { note: OutgoingNote } };
  day: { key: string; value: MyDayReply };
  cards: { key: string; value: ClientCardReply };
  device: { key: string; value: StoredDevice };
}

const NAME = 'hemma-personal';
let opened: Promise<IDBPDatabase<PhoneSchema>> | null = null;

export function phoneDb(): Promise<IDBPDatabase<PhoneSchema>> {
  opened ??= openDB<PhoneSchema>(NAME, 2, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true });
        db.createObjectStore('refused', { keyPath: 'registration.id' });
        db.createObjectStore('day', { keyPath: 'date' });
        db.createObjectStore('cards', { keyPath: 'id' });
      }
      // Version 2: notes wait in the outbox too (the refused ones apart, keyed by their id), and
      // the device's sign-in for the day. What version 1 held is kept as it is.
      if (oldVersion < 2) {
        db.createObjectStore('refusedNotes', { keyPath: 'note.id' });
        db.createObjectStore('device', { keyPath: 'id' });
      }
    },
  });
  return opened;
}

/** Everything the phone holds, gone: IndexedDB and the service worker's caches. */
export async function wipePhone(): Promise<void> {
  if (opened) (await opened).close();
  opened = null;
  await new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase(NAME);
    req.onsuccess = req.onerror = req.onblocked = () => resolve();
  });
  if ('caches' in globalThis) {
    for (const key of await caches.keys()) await caches.delete(key);
  }
}
