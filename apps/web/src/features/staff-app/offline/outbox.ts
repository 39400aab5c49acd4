import { phoneDb, type NewOutboxItem, type OutboxItem, type RefusedItem } from './phone-db.ts';

// The outbox: every registration and note is written here first (with the phone's UUID and
// clock), so a tap is confirmed without the network and survives reloads and closing the app.
// The sender (sender.ts) empties it in order.

const listeners = new Set<() => void>();

/** Told whenever the outbox or the refused list changes (counter, lists). */
export function onOutboxChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function outboxChanged(): void {
  for (const l of listeners) l();
}

export async function enqueue(item: NewOutboxItem): Promise<void> {
  const db = await phoneDb();
  await db.add('outbox', { ...item, queuedAt: new Date().toISOString() });
  outboxChanged();
}

export async function pending(): Promise<OutboxItem[]> {
  return (await phoneDb()).getAll('outbox');
}

export async function refused(): Promise<RefusedItem[]> {
  const db = await phoneDb();
  const all: RefusedItem[] = [...(await db.getAll('refused')), ...(await db.getAll('refusedNotes'))];
  return all.sort((a, b) => a.refusedAt.localeCompare(b.refusedAt));
}

/** Removes what the server stored (a 200 means all of it is stored). */
export async function removeSent(seqs: readonly number[]): Promise<void> {
  const db = await phoneDb();
  const tx = db.transaction('outbox', 'readwrite');
  await Promise.all([...seqs.map((s) => tx.store.delete(s)), tx.done]);
  outboxChanged();
}

/** Moves a refused registration out of the outbox into the kept list, in one transaction. */
export async function setAside(item: OutboxItem, refusal: { status: number; code: string; message: string }): Promise<void> {
  const db = await phoneDb();
  const tx = db.transaction(['outbox', 'refused', 'refusedNotes'], 'readwrite');
  const kept = { ...refusal, refusedAt: new Date().toISOString() };
  await Promise.all([
    tx.objectStore('outbox').delete(item.seq!),
    item.registration
      ? tx.objectStore('refused').put({ ...item, registration: item.registration, ...kept })
      : tx.objectStore('refusedNotes').put({ ...item, note: item.note, ...kept }),
    tx.done,
  ]);
  outboxChanged();
}
