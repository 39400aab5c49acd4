// The background work of kept statements: every so often, bring up to date the months that
// have marks, oldest mark first. On PostgreSQL every server runs one; a month's row taken
// with `skip locked` keeps two servers off the same month. On PGlite it runs in-process.
// A whole month is computed in parts on worker threads where the database allows (month-parts).

import type { Database } from '../../db/connect.ts';
import { startPeriodic, type Periodic } from '../../jobs/periodic.ts';
import { catchUpMonth } from './catch-up.ts';
import { staleMonths } from './kept.repository.ts';

export type KeptWorker = Periodic;

export function startKeptWorker(database: Database, options: { intervalMs?: number; onError?: (err: unknown) => void } = {}): KeptWorker {
  let stopped = false;
  const pass = async (): Promise<void> => {
    for (const { mid, month } of await staleMonths(database.db, 20)) {
      if (stopped) return;
      await catchUpMonth(database.db, mid, month, false);
    }
  };
  const periodic = startPeriodic(pass, { intervalMs: options.intervalMs ?? 500, onError: options.onError });
  return {
    stop: async () => {
      stopped = true;
      await periodic.stop();
    },
  };
}
