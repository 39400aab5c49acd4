// Shifts derived from weekly patterns (docs/shifts.md), over the reports example
// (fixtures/reports/reports-example.json, April 2017) with t1's imported shifts left out: t1 of
// p2 gets a pattern through the API and her passed days' shifts from the background pass.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { holdTransaction } from '../../testing/hold-transaction.ts';
import { loginAs, type Session } from '../../testing/login.ts';
import { openTestDatabase, type TestDatabase } from '../../testing/test-db.ts';
import { hasStaleMarks } from '../kept-statements/kept.repository.ts';
import { importScenario } from '../scenario/import.service.ts';
import { derivePassedDays } from './derive.ts';
import { lockDerivation } from './derived-shifts.repository.ts';
import { startShiftDerivation } from './worker.ts';

const SCENARIO = join(import.meta.dirname, '../../../../../fixtures/reports/reports-example.json');
const MID = 'rapportby';
const ZONE = 'Europe/Stockholm';
const postgres = process.env.HEMMA_TEST_DB === 'postgres';

interface Row { staff: string; starts: string; ends: string; source: string }
interface Figures { provider: string; visitMinutes: number; shiftMinutes: number; percent: number | null }

describe(`shifts derived from weekly patterns (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let manager: Session;
  let managerP1: Session;
  let finance: Session;
  let scenario: { shifts: { staff: string; from: string; to: string }[] } & Record<string, unknown>;

  beforeAll(async () => {
    t = await openTestDatabase();
    scenario = JSON.parse(readFileSync(SCENARIO, 'utf8')) as typeof scenario;
    const r = await importScenario(t, { ...scenario, shifts: scenario.shifts.filter((s) => s.staff !== 't1') }, { referenceDate: '2017-05-01' });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    app = await buildApp(loadConfig({}), t);
    manager = await loginAs(app, t, 'provider_manager', { providerId: 'p2' });
    managerP1 = await loginAs(app, t, 'provider_manager', { providerId: 'p1' });
    finance = await loginAs(app, t, 'finance');
  }, 300_000);
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  const shifts = async (staff: string): Promise<Row[]> => (await sql<Row>`
    select staff_id as staff, to_char(starts_at at time zone ${ZONE}, 'YYYY-MM-DD HH24:MI') as starts,
      to_char(ends_at at time zone ${ZONE}, 'YYYY-MM-DD HH24:MI') as ends, source
    from work_shifts where municipality_id = ${MID} and staff_id = ${staff} order by starts_at, ordinal`.execute(t.db)).rows;
  const put = async (who: Session, url: string, payload: unknown): Promise<void> => {
    const res = await app.inject({ method: 'PUT', url, headers: who.headers, payload: payload as object });
    expect(res.statusCode, res.body).toBe(200);
  };
  const weekdays = (start: string, end: string) => ['mon', 'tue', 'wed', 'thu', 'fri'].map((weekday) => ({ weekday, start, end }));
  const timeAtClients = async (): Promise<Figures[]> => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/reports/time-at-clients/2017-04', headers: finance.headers });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ document: { providers: Figures[] } }>().document.providers;
  };
  const p2 = async (): Promise<Figures | undefined> => (await timeAtClients()).find((p) => p.provider === 'p2');

  it('shows "–" for a provider whose staff have neither imported shifts nor patterns', async () => {
    expect(await p2()).toMatchObject({ shiftMinutes: 0, percent: null });
  });

  it('derives the passed days of a staff member with a pattern and no import, none for today or later', async () => {
    await put(manager, '/api/v1/staff/t1/shift-pattern', { weekly: weekdays('08:00', '16:00') });
    // 10:00 on Wednesday 3 May 2017 in Stockholm: the days up to Tuesday 2 May have passed.
    expect(await derivePassedDays(t.db, MID, ZONE, new Date('2017-05-03T08:00:00Z'))).toEqual({ added: 22, removed: 0 });
    const rows = await shifts('t1');
    // Her first registration is in April, so her days from 1 April: its 20 weekdays and 1–2 May.
    expect(rows).toHaveLength(22);
    expect(rows[0]).toEqual({ staff: 't1', starts: '2017-04-03 08:00', ends: '2017-04-03 16:00', source: 'derived' });
    expect(rows.at(-1)).toEqual({ staff: 't1', starts: '2017-05-02 08:00', ends: '2017-05-02 16:00', source: 'derived' });
    // A staff member without a pattern gets nothing.
    expect((await shifts('s2')).every((r) => r.source === 'imported')).toBe(true);
    // The same moment again changes nothing.
    expect(await derivePassedDays(t.db, MID, ZONE, new Date('2017-05-03T21:59:00Z'))).toEqual({ added: 0, removed: 0 });
  });

  it('shows time at clients for a provider with patterns only', async () => {
    const figures = await p2();
    expect(figures?.shiftMinutes).toBe(20 * 480);
    expect(figures?.percent).not.toBeNull();
    expect(figures!.percent!).toBeCloseTo((100 * figures!.visitMinutes) / (20 * 480), 1);
  });

  it('leaves imported staff-days as they are and fills only the days without imported shifts', async () => {
    const before = await shifts('s1');
    const importedDays = new Set(before.map((r) => r.starts.slice(0, 10)));
    await put(managerP1, '/api/v1/staff/s1/shift-pattern', { weekly: [...weekdays('06:00', '14:00'), { weekday: 'sat', start: '06:00', end: '14:00' }] });
    await sql`delete from work_shift_derivations where municipality_id = ${MID} and staff_id = 's1'`.execute(t.db);
    await derivePassedDays(t.db, MID, ZONE, new Date('2017-05-03T08:00:00Z'));
    const after = await shifts('s1');
    expect(after.filter((r) => r.source === 'imported')).toEqual(before);
    const derived = after.filter((r) => r.source === 'derived');
    expect(derived.length).toBeGreaterThan(0);
    for (const r of derived) {
      expect(importedDays.has(r.starts.slice(0, 10)), r.starts).toBe(false);
      expect(r.starts.slice(11)).toBe('06:00');
    }
  });

  it('does not rewrite passed days when the pattern changes; the next day passed takes the new one', async () => {
    const before = await shifts('t1');
    await put(manager, '/api/v1/staff/t1/shift-pattern', { weekly: weekdays('09:00', '12:00') });
    expect(await derivePassedDays(t.db, MID, ZONE, new Date('2017-05-03T08:00:00Z'))).toEqual({ added: 0, removed: 0 });
    expect(await shifts('t1')).toEqual(before);
    await derivePassedDays(t.db, MID, ZONE, new Date('2017-05-04T08:00:00Z'));
    expect((await shifts('t1')).slice(0, before.length)).toEqual(before);
    expect((await shifts('t1')).at(-1)).toEqual({ staff: 't1', starts: '2017-05-03 09:00', ends: '2017-05-03 12:00', source: 'derived' });
  });

  it('derives a passed day again when an exception for it is recorded late, marking its kept month', async () => {
    const figures = await p2();
    expect(await hasStaleMarks(t.db, MID, '2017-04')).toBe(false);
    await put(manager, '/api/v1/staff/t1/shift-exceptions/2017-04-10', { shifts: [], reason: 'sick' });
    expect((await shifts('t1')).some((r) => r.starts.startsWith('2017-04-10'))).toBe(false);
    expect(await hasStaleMarks(t.db, MID, '2017-04')).toBe(true);
    expect((await p2())?.shiftMinutes).toBe(figures!.shiftMinutes - 480);
    // Other hours that day, recorded late too: those hours.
    await put(manager, '/api/v1/staff/t1/shift-exceptions/2017-04-10', { shifts: [{ start: '12:00', end: '20:00' }], reason: 'other' });
    expect((await shifts('t1')).filter((r) => r.starts.startsWith('2017-04-10'))).toEqual([
      { staff: 't1', starts: '2017-04-10 12:00', ends: '2017-04-10 20:00', source: 'derived' },
    ]);
    // A future day's exception derives nothing yet.
    await put(manager, '/api/v1/staff/t1/shift-exceptions/2017-05-10', { shifts: [{ start: '12:00', end: '20:00' }], reason: 'other' });
    expect((await shifts('t1')).some((r) => r.starts >= '2017-05-04')).toBe(false);
  });

  it('lets a later import of shifts stand over the derived ones of its staff-days', async () => {
    const imported = scenario.shifts.filter((s) => s.staff === 't1' && s.from.startsWith('2017-04-11'));
    expect(imported.length).toBeGreaterThan(0);
    const r = await importScenario(t, { ...scenario, shifts: imported }, { referenceDate: '2017-05-01' });
    expect(r.ok).toBe(true);
    const day = (await shifts('t1')).filter((s) => s.starts.startsWith('2017-04-11'));
    expect(day.length).toBe(imported.length);
    expect(day.every((s) => s.source === 'imported')).toBe(true);
    // Deriving that day again (a late exception removed) keeps the imported shifts.
    const res = await app.inject({ method: 'DELETE', url: '/api/v1/staff/t1/shift-exceptions?from=2017-04-11&to=2017-04-11', headers: manager.headers });
    expect(res.statusCode, res.body).toBe(204);
    expect((await shifts('t1')).filter((s) => s.starts.startsWith('2017-04-11'))).toEqual(day);
  });

  it.runIf(postgres)('skips a municipality another server is deriving', async () => {
    const other = await holdTransaction(t.db, async (trx) => {
      expect(await lockDerivation(trx, MID, false)).toBe(true);
    });
    try {
      expect(await derivePassedDays(t.db, MID, ZONE, new Date('2017-05-06T08:00:00Z'))).toBe('busy');
    } finally {
      await other.release();
    }
    expect(await derivePassedDays(t.db, MID, ZONE, new Date('2017-05-06T08:00:00Z'))).not.toBe('busy');
  });

  it('passes the days a staff member is not active without shifts, and leaves them so when she is again', async () => {
    await sql`update staff set active = false where municipality_id = ${MID} and staff_id = 't1'`.execute(t.db);
    await derivePassedDays(t.db, MID, ZONE, new Date('2017-05-10T08:00:00Z'));
    expect((await shifts('t1')).filter((r) => r.starts >= '2017-05-06')).toEqual([]);
    await sql`update staff set active = true where municipality_id = ${MID} and staff_id = 't1'`.execute(t.db);
    await derivePassedDays(t.db, MID, ZONE, new Date('2017-05-12T08:00:00Z'));
    // The 10th is the exception day recorded earlier.
    expect((await shifts('t1')).filter((r) => r.starts >= '2017-05-06')).toEqual([
      { staff: 't1', starts: '2017-05-10 12:00', ends: '2017-05-10 20:00', source: 'derived' },
      { staff: 't1', starts: '2017-05-11 09:00', ends: '2017-05-11 12:00', source: 'derived' },
    ]);
  });

  it('is run by the server in the background', async () => {
    const worker = startShiftDerivation(t, { intervalMs: 20, now: () => new Date('2017-05-13T08:00:00Z') });
    try {
      for (let i = 0; i < 500 && !(await shifts('t1')).some((r) => r.starts.startsWith('2017-05-12')); i++) await new Promise((r) => setTimeout(r, 20));
    } finally {
      await worker.stop();
    }
    expect((await shifts('t1')).at(-1)).toEqual({ staff: 't1', starts: '2017-05-12 09:00', ends: '2017-05-12 12:00', source: 'derived' });
  });
});
