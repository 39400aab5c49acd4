// The background work of kept statements: every so often, bring up to date the months that
// have marks, oldest mark first. On PostgreSQL every server runs one; a month's row taken
// with `skip locked` keeps two servers off the same month. On PGlite it runs in-process.

import type { Database } from '../../db/connect.ts';
import { catchUpMonth } from './catch-up.ts';
import { staleMonths } from './kept.repository.ts';

export interface KeptWorker {
  stop(): Promise<void>;
}

export function startKeptWorker(database: Database, options: { intervalMs?: number; onError?: (err: unknown) => void } = {}): KeptWorker {
  const interval = options.intervalMs ?? 500;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const pass = async (): Promise<void> => {
    for (const { mid, month } of await staleMonths(database.db, 20)) {
      if (stopped) return;
      await catchUpMonth(database.db, mid, month, false);
    }
  };
  const schedule = (): void => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = pass().catch((err: unknown) => options.onError?.(err)).finally(schedule);
    }, interval);
    timer.unref();
  };
  schedule();
  return {
    stop: async () => {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      await running;
    },
  };
}
