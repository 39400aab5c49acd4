// Several servers on one PostgreSQL database: a month being brought up to date by one is
// skipped by the others (skip locked), a reader meanwhile sees the kept result marked stale,
// and writers are never held up by it. PGlite has one connection and runs this in-process.

import { randomScenario } from '@hemma/domain/testing';
import { normaliseInstant } from '@hemma/contract/scenario';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdTransaction } from '../../testing/hold-transaction.ts';
import { openTestDatabase, type TestDatabase } from '../../testing/test-db.ts';
import { importScenario } from '../scenario/import.service.ts';
import { catchUpMonth } from './catch-up.ts';
import { hasStaleMarks, lockMonth } from './kept.repository.ts';
import { freshen } from './read.ts';
import { startKeptWorker } from './worker.ts';

const postgres = process.env.HEMMA_TEST_DB === 'postgres';

describe('kept months and their background work', () => {
  let t: TestDatabase;
  let mid: string;
  let month: string;
  beforeAll(async () => {
    t = await openTestDatabase();
    const { scenario, months } = randomScenario(7);
    mid = 'workers';
    month = months[1]!;
    const registrations = (scenario.registrations as { at: string }[]).map((r) => ({ ...r, at: normaliseInstant(r.at) }));
    const imported = await importScenario(t, { ...scenario, municipality: { ...(scenario.municipality as object), id: mid }, registrations }, { referenceDate: '2026-12-01' });
    if (!imported.ok) throw new Error('scenario refused');
    await freshen(t.db, mid, month);
  }, 180_000);
  afterAll(() => t.dispose());

  it('a setup change marks the kept month stale in the same transaction; the worker brings it up to date', async () => {
    await t.db.transaction().execute(async (trx) => {
      await sql`update municipalities set default_band = default_band || '' where municipality_id = ${mid}`.execute(trx);
      await sql`update rules set cap_percent = cap_percent + 1 where municipality_id = ${mid}`.execute(trx);
      expect(await hasStaleMarks(trx, mid, month)).toBe(true);
    });
    const worker = startKeptWorker(t, { intervalMs: 20 });
    try {
      for (let i = 0; i < 500 && (await hasStaleMarks(t.db, mid, month)); i++) await new Promise((r) => setTimeout(r, 20));
    } finally {
      await worker.stop();
    }
    expect(await hasStaleMarks(t.db, mid, month)).toBe(false);
  });

  it.runIf(postgres)('a month another server holds is skipped, shown stale, and writes go on', async () => {
    const other = await holdTransaction(t.db, async (trx) => {
      expect(await lockMonth(trx, mid, month, false)).toBeDefined();
    });
    try {
      await sql`update rules set cap_percent = cap_percent + 1 where municipality_id = ${mid}`.execute(t.db);
      expect(await catchUpMonth(t.db, mid, month, false)).toBe('busy');
      const state = await freshen(t.db, mid, month);
      expect(state.stale).toBe(true);
      expect(state.computedAt).not.toBeNull();
    } finally {
      await other.release();
    }
    expect((await freshen(t.db, mid, month)).stale).toBe(false);
  });
});
