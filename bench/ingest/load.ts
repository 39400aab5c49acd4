// The two ways of loading the server, for a fixed time with a fixed number of connections:
//
//  closed  each phone sends its next batch as soon as the last one is answered: the most the
//          server sustains. Latency is then connections ÷ throughput (Little's law), so at 200
//          connections it measures queueing more than the server.
//  paced   the phones together offer a fixed rate (the target, 2 000 registrations/s), each at
//          its own steady interval with a random phase. Latency counts from when a batch was due,
//          so a server that falls behind is charged for the wait (no coordinated omission).
//          Sending stops when the phase ends; batches that fell due but could not be sent by
//          then are counted as missed, since the phase would otherwise last as long as the backlog.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Day, LoggedIn } from './phone.ts';
import { summarise, type PhaseResult } from './stats.ts';

export interface Phase {
  label: string;
  base: string;
  phones: readonly { session: LoggedIn; day: Day }[];
  seconds: number;
  batch: number;
  /** Registrations per second offered by all phones together; absent: closed loop. */
  rate?: number;
}

interface Tally {
  latencies: number[];
  registrations: number;
  errors: number;
  missed: number;
  firstError?: string;
}

async function send(p: Phase, phone: Phase['phones'][number], t: Tally, due: number): Promise<void> {
  const body = JSON.stringify({ registrations: phone.day.next(p.batch) });
  try {
    const res = await fetch(`${p.base}/api/v1/registrations`, { method: 'POST', headers: phone.session.headers, body });
    const text = await res.text();
    t.latencies.push(performance.now() - due);
    if (res.status === 200) t.registrations += (JSON.parse(text) as { accepted: number }).accepted;
    else {
      t.errors++;
      t.firstError ??= `${res.status} ${text.slice(0, 200)}`;
    }
  } catch (err) {
    t.errors++;
    t.firstError ??= String(err);
  }
}

export async function runPhase(p: Phase): Promise<PhaseResult & { missed: number; firstError?: string }> {
  const t: Tally = { latencies: [], registrations: 0, errors: 0, missed: 0 };
  const start = performance.now();
  const end = start + p.seconds * 1000;
  const interval = p.rate === undefined ? 0 : (p.phones.length * p.batch * 1000) / p.rate;

  const worker = async (phone: Phase['phones'][number], k: number): Promise<void> => {
    if (p.rate === undefined) {
      while (performance.now() < end) await send(p, phone, t, performance.now());
      return;
    }
    // Spread the phones' phases evenly over one interval.
    let due = start + (interval * k) / p.phones.length;
    while (due < end) {
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      if (performance.now() >= end) {
        t.missed += Math.ceil((end - due) / interval);
        return;
      }
      await send(p, phone, t, due);
      due += interval;
    }
  };
  await Promise.all(p.phones.map((phone, k) => worker(phone, k)));
  // Throughput over the measured window, including the tail of requests still in flight at its end.
  const seconds = (performance.now() - start) / 1000;
  return { ...summarise(p.label, p.phones.length, seconds, t.latencies, t.registrations, t.errors), missed: t.missed, ...(t.firstError !== undefined && { firstError: t.firstError }) };
}
