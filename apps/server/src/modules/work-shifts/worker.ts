// The background derivation of passed days' shifts (derive.ts): every so often, each
// municipality with weekly patterns gets the days that have passed since the last pass. On
// PostgreSQL every server runs one; the municipality's advisory lock, tried, keeps two servers
// off the same municipality. On PGlite it runs in-process.

import type { Database } from '../../db/connect.ts';
import { startPeriodic, type Periodic } from '../../jobs/periodic.ts';
import { derivePassedDays } from './derive.ts';
import { municipalitiesToDerive } from './derived-shifts.repository.ts';

/** One pass over every municipality: the days up to yesterday of each, in its own time zone. */
export async function deriveAllPassedDays(database: Database, now: Date): Promise<void> {
  for (const { mid, timeZone } of await municipalitiesToDerive(database.db)) {
    await derivePassedDays(database.db, mid, timeZone, now);
  }
}

// A day passes at midnight; until then a pass finds nothing to do, in a small query per municipality.
const INTERVAL_MS = 5 * 60_000;

export function startShiftDerivation(
  database: Database,
  options: { intervalMs?: number; now?: () => Date; onError?: (err: unknown) => void } = {},
): Periodic {
  const now = options.now ?? (() => new Date());
  // The first pass soon after the start, so a server down over midnight catches up at once.
  return startPeriodic(() => deriveAllPassedDays(database, now()), {
    intervalMs: options.intervalMs ?? INTERVAL_MS, firstDelayMs: Math.min(options.intervalMs ?? INTERVAL_MS, 1000), onError: options.onError,
  });
}
