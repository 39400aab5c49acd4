import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ClientCardReply, MyDayReply } from '@hemma/contract/api';

// What the phone keeps in IndexedDB so that it works without coverage and loses nothing: the
// outbox of registrations not yet sent, the ones the server refused (kept for the manager), the
// day's data and the cards of the day's clients. Signing out deletes the whole database.

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

export interface OutboxItem {
  /** Insertion order: the outbox is sent oldest first. */
  seq?: number;
  registration: OutgoingRegistration;
  /** The client the phone resolved the tag to, for the screens (a tag may be unknown). */
  clientId: string | null;
  clientName: string | null;
  queuedAt: string;
}

export interface RefusedItem extends OutboxItem {
  status: number;
  code: string;
  message: string;
  refusedAt: string;
}

interface PhoneSchema extends DBSchema {
  outbox: { key: number; value: OutboxItem };
  refused: { key: string; value: RefusedItem };
  day: { key: string; value: MyDayReply };
  cards: { key: string; value: ClientCardReply };
}

const NAME = 'hemma-personal';
let opened: Promise<IDBPDatabase<PhoneSchema>> | null = null;

export function phoneDb(): Promise<IDBPDatabase<PhoneSchema>> {
  opened ??= openDB<PhoneSchema>(NAME, 1, {
    upgrade(db) {
      db.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true });
      db.createObjectStore('refused', { keyPath: 'registration.id' });
      db.createObjectStore('day', { keyPath: 'date' });
      db.createObjectStore('cards', { keyPath: 'id' });
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
