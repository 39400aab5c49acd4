// Brings a kept month up to date: the whole month the first time and after a change of setup,
// otherwise the slices of the clients marked stale (and of those a marked staff member visited
// around the marked instants). The domain computes; this only chooses what and stores it.

import { computeSlicesAndItems } from '@hemma/domain/statements';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { loadClientsMonthData, monthWindow } from '../care-data/month-data.ts';
import { keepClientFacts, keepMonthFacts } from '../report-facts/keep.ts';
import { urlOf } from '../../db/connection-url.ts';
import { computeWholeMonth, defaultSplit, type MonthSplit } from '../month-parts/month-parts.ts';
import * as repo from './kept.repository.ts';

// A visit lasts at most 720 minutes, so a registration changes visits within 12 hours of it,
// and those overlap visits within 12 hours more; a little more for seconds and offsets.
const OVERLAP_REACH_MS = 25 * 3_600_000;

export type CatchUp = 'done' | 'busy';

/**
 * One pass over a month's marks, in one transaction holding the month's row. `wait: false`
 * gives up at once when another process (another server's worker) holds it.
 */
export async function catchUpMonth(db: Kysely<DB>, mid: string, month: string, wait: boolean): Promise<CatchUp> {
  if ((await repo.keptMonth(db, mid, month)) === undefined) await repo.registerMonth(db, mid, month);
  // On PostgreSQL a whole month may be computed in parts (month-parts), over connections of
  // their own to the same database.
  const split = defaultSplit(urlOf(db));
  return db.transaction().execute((trx) => catchUpIn(trx, mid, month, wait, split));
}

/**
 * The same pass inside a transaction the caller holds (the month must be registered). With
 * `split`, a whole month is computed in parts on worker threads (month-parts), which read over
 * connections of their own what this transaction has committed before.
 */
export async function catchUpIn(trx: Kysely<DB>, mid: string, month: string, wait: boolean, split?: MonthSplit): Promise<CatchUp> {
  {
    const row = await repo.lockMonth(trx, mid, month, wait);
    if (row === undefined) return 'busy';
    // Marks are read before the facts: a write committed in between is in the facts and
    // leaves its mark, which is then done again (never the other way round).
    const marks = await repo.staleMarks(trx, mid, month);
    if (row.computed_at !== null && marks.length === 0) return 'done';
    if (row.computed_at === null || marks.some((m) => m.scope === 'all')) {
      const whole = await computeWholeMonth(trx, mid, month, { split, facts: true });
      await repo.replaceSlices(trx, mid, month, whole.slices);
      // The report facts are kept beside the slices, from the same analysis (modules/report-facts).
      await keepMonthFacts(trx, mid, month, whole.facts, whole.shiftMinutes);
    } else {
      const clients = [...(await staleClients(trx, mid, month, marks))];
      const data = await loadClientsMonthData(trx, mid, month, clients);
      const { slices, items } = computeSlicesAndItems(data, month, new Set(clients));
      await repo.replaceSlices(trx, mid, month, slices, clients);
      await keepClientFacts(trx, mid, month, { data, slices, items }, clients);
    }
    await repo.clearMarks(trx, mid, month, marks);
    await repo.markComputed(trx, mid, month, marks.reduce((v, m) => Math.max(v, m.version), 0));
    return 'done';
  }
}

async function staleClients(db: Kysely<DB>, mid: string, month: string, marks: readonly repo.StaleMark[]): Promise<Set<string>> {
  const clients = new Set<string>();
  const window = monthWindow(month);
  for (const m of marks) {
    if (m.scope === 'client') {
      clients.add(m.key);
    } else if (m.scope === 'staff' && m.from_at !== null && m.to_at !== null) {
      const from = new Date(Math.max(window.from.getTime(), m.from_at.getTime() - OVERLAP_REACH_MS));
      const to = new Date(Math.min(window.to.getTime(), m.to_at.getTime() + OVERLAP_REACH_MS));
      for (const c of await repo.clientsOfStaff(db, mid, m.key, from, to)) clients.add(c);
    }
  }
  return clients;
}
