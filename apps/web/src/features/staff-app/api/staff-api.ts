import type { ClientCardReply, MyDayReply } from '@hemma/contract/api';
import { api } from '../../../lib/api/client.ts';
import { phoneDb } from '../offline/phone-db.ts';

// The staff app's reads: fetched when there is network and kept in IndexedDB, so the day and the
// cards of its clients are there without coverage. Each reply is typed from packages/contract.

export async function fetchDay(): Promise<MyDayReply> {
  const day = await api.get<MyDayReply>('/my-day');
  const db = await phoneDb();
  const tx = db.transaction('day', 'readwrite');
  await tx.store.clear();
  await tx.store.put(day);
  await tx.done;
  void keepCards(day);
  return day;
}

/** The cards of the day's clients, fetched while there is coverage so they open without it. */
async function keepCards(day: MyDayReply): Promise<void> {
  for (const clientId of new Set(day.visits.map((v) => v.clientId))) {
    try {
      await fetchCard(clientId);
    } catch {
      return;
    }
  }
}

export async function storedDay(): Promise<MyDayReply | undefined> {
  const all = await (await phoneDb()).getAll('day');
  return all.at(-1);
}

export async function fetchCard(clientId: string): Promise<ClientCardReply> {
  const card = await api.get<ClientCardReply>(`/my-day/clients/${encodeURIComponent(clientId)}`);
  await (await phoneDb()).put('cards', card);
  return card;
}

export async function storedCard(clientId: string): Promise<ClientCardReply | undefined> {
  return (await phoneDb()).get('cards', clientId);
}
