import { api } from '../../../lib/api/client.ts';
import { ApiError } from '../../../lib/api/api-error.ts';
import { onOutboxChange, pending, removeSent, setAside } from './outbox.ts';
import type { OutboxItem } from './phone-db.ts';

// Sends the outbox oldest first: the registrations at its head as one batch (the API takes up to
// 500 and stores all or nothing), a note at its head on its own (`POST /staff-notes`, stored once
// by its id). A refusal (4xx; for a batch, the registration's index is in its path) sets that one
// item aside, shown and kept, and the rest goes again at once; no network or a server error
// waits and tries again, doubling the wait up to a minute. An ended session waits for sign-in.

const MAX_BATCH = 500;
const FIRST_WAIT_MS = 1_000;
const MAX_WAIT_MS = 60_000;

/** `registrations[3].tag` or `/body/registrations/3/tag` → 3. */
export function refusedIndex(path: string | undefined): number | undefined {
  const m = /registrations(?:\[|\/|\.)(\d+)/.exec(path ?? '');
  return m ? Number(m[1]) : undefined;
}

/** What goes in one request: a note alone, or the registrations up to the next note. */
export function headOf(items: readonly OutboxItem[]): OutboxItem[] {
  if (items[0]?.note) return [items[0]];
  const firstNote = items.findIndex((i) => i.note);
  return items.slice(0, Math.min(firstNote === -1 ? items.length : firstNote, MAX_BATCH));
}

type State = 'idle' | 'sending' | 'waiting' | 'signed-out';

export class OutboxSender {
  private wait = FIRST_WAIT_MS;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running = false;
  private again = false;
  state: State = 'idle';
  private stops: (() => void)[] = [];

  constructor(private readonly told: { sent: (items: OutboxItem[]) => void; signedOut: () => void }) {}

  start(): void {
    const kick = () => void this.flush();
    window.addEventListener('online', kick);
    this.stops.push(() => window.removeEventListener('online', kick));
    this.stops.push(onOutboxChange(() => {
      if (this.state === 'idle') kick();
    }));
    kick();
  }

  stop(): void {
    for (const s of this.stops) s();
    this.stops = [];
    clearTimeout(this.timer);
  }

  /** After signing in again. */
  resume(): void {
    this.state = 'idle';
    this.wait = FIRST_WAIT_MS;
    void this.flush();
  }

  async flush(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.state === 'signed-out') return;
    this.running = true;
    clearTimeout(this.timer);
    try {
      do {
        this.again = false;
        await this.sendAll();
      } while (this.again && this.state === 'idle');
    } finally {
      this.running = false;
    }
  }

  private async sendAll(): Promise<void> {
    for (;;) {
      const batch = headOf(await pending());
      if (batch.length === 0) {
        this.state = 'idle';
        return;
      }
      if (!navigator.onLine) return this.retryLater();
      this.state = 'sending';
      try {
        const note = batch[0]!.note;
        if (note) await api.post('/staff-notes', note);
        else await api.post('/registrations', { registrations: batch.map((b) => b.registration) });
        await removeSent(batch.map((b) => b.seq!));
        this.wait = FIRST_WAIT_MS;
        this.told.sent(batch);
      } catch (e) {
        if (!(e instanceof ApiError) || e.code === 'network' || e.status >= 500 || e.status === 429) return this.retryLater();
        if (e.status === 401) {
          this.state = 'signed-out';
          this.told.signedOut();
          return;
        }
        if (e.status === 403 && e.code === 'csrf') return this.retryLater();
        // A refusal: that registration will never be accepted as it is. Keep it aside and go on.
        const item = batch[batch[0]!.note ? 0 : (refusedIndex(e.path) ?? 0)]!;
        await setAside(item, { status: e.status, code: e.code, message: e.message });
      }
    }
  }

  private retryLater(): void {
    this.state = 'waiting';
    this.timer = setTimeout(() => {
      this.state = 'idle';
      void this.flush();
    }, this.wait);
    this.wait = Math.min(this.wait * 2, MAX_WAIT_MS);
  }
}
