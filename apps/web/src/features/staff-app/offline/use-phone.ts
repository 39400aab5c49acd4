import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MyDayReply } from '@hemma/contract/api';
import { nextTapKind, visitStatuses, type DayRegistration } from '@hemma/domain/staff-day';
import { ApiError } from '../../../lib/api/api-error.ts';
import { fetchDay, storedDay } from '../api/staff-api.ts';
import { enqueue, onOutboxChange, pending, refused } from './outbox.ts';
import type { OutboxItem, OutgoingRegistration, RefusedItem } from './phone-db.ts';
import { OutboxSender } from './sender.ts';

// The phone's state for the screens: the day (from the server when reachable, else as stored),
// what waits in the outbox and what was refused, and the statuses computed from both with the
// same rule the server uses (packages/domain staff-day), so a tap shows at once offline.

export interface Phone {
  day: MyDayReply | undefined;
  pendingItems: OutboxItem[];
  refusedItems: RefusedItem[];
  online: boolean;
  status: Map<string, string>;
  nextKind: (clientId: string) => 'arrive' | 'leave';
  register: (r: Omit<OutgoingRegistration, 'id' | 'at'>, client: { id: string | null; name: string | null }) => Promise<OutgoingRegistration>;
  /** A note for the manager, queued like a registration. */
  note: (client: { id: string; name: string | null }, body: string) => Promise<void>;
  refresh: () => Promise<void>;
  resumeSending: () => void;
}

const asDayRegistration = (r: OutgoingRegistration, clientId: string): DayRegistration => ({ id: r.id, clientId, kind: r.kind, at: r.at });

/** `initialDay`: the day already fetched while the app started (one round trip fewer). */
/** `onSessionEnded`: the server said the session is over (the frame renews it with the PIN). */
export function usePhone(initialDay?: MyDayReply, onSessionEnded?: () => void): Phone {
  const [day, setDay] = useState<MyDayReply | undefined>(initialDay);
  const [fetchedAtStart] = useState(initialDay !== undefined);
  const [pendingItems, setPending] = useState<OutboxItem[]>([]);
  const [refusedItems, setRefused] = useState<RefusedItem[]>([]);
  const [online, setOnline] = useState(navigator.onLine);
  const sender = useRef<OutboxSender>(undefined);
  const ended = useRef(onSessionEnded);
  ended.current = onSessionEnded;

  const refresh = useCallback(async () => {
    try {
      setDay(await fetchDay());
    } catch (e) {
      // No network: keep showing the stored day. An ended session is renewed by the frame.
      if (e instanceof ApiError && e.status === 401) ended.current?.();
    }
  }, []);

  const reload = useCallback(async () => {
    setPending(await pending());
    setRefused(await refused());
  }, []);

  useEffect(() => {
    void storedDay().then((d) => d && setDay((now) => now ?? d));
    if (!fetchedAtStart) void refresh();
    void reload();
    const s = new OutboxSender({
      // What the server now holds counts at once, before the day is fetched again.
      sent: (items) => {
        setDay((d) => d && { ...d, registrations: [...d.registrations, ...items.flatMap((i) => (i.clientId && i.registration ? [{ ...i.registration, clientId: i.clientId }] : []))] });
        void refresh();
      },
      signedOut: () => ended.current?.(),
    });
    sender.current = s;
    s.start();
    const stop = onOutboxChange(() => void reload());
    const up = () => {
      setOnline(true);
      void refresh();
    };
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => {
      s.stop();
      stop();
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, [refresh, reload, fetchedAtStart]);

  const all = useMemo(() => {
    const local = pendingItems.flatMap((p) => (p.clientId && p.registration ? [asDayRegistration(p.registration, p.clientId)] : []));
    const known = new Set((day?.registrations ?? []).map((r) => r.id));
    return [...(day?.registrations ?? []), ...local.filter((r) => !known.has(r.id))];
  }, [day, pendingItems]);

  const status = useMemo(
    () => visitStatuses((day?.visits ?? []).map((v) => ({ id: v.id, clientId: v.clientId, windowFrom: v.windowFrom })), all),
    [day, all],
  );

  const register = useCallback<Phone['register']>(async (r, client) => {
    const registration = { ...r, id: crypto.randomUUID(), at: new Date().toISOString() } as OutgoingRegistration;
    await enqueue({ registration, clientId: client.id, clientName: client.name });
    return registration;
  }, []);

  const note = useCallback<Phone['note']>(async (client, body) => {
    const queued = { id: crypto.randomUUID(), client: client.id, body, writtenAt: new Date().toISOString() };
    await enqueue({ note: queued, clientId: client.id, clientName: client.name });
  }, []);

  return {
    day,
    pendingItems,
    refusedItems,
    online,
    status,
    nextKind: (clientId) => nextTapKind(clientId, all),
    register,
    note,
    refresh,
    resumeSending: () => sender.current?.resume(),
  };
}
