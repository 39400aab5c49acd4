// A whole month computed in parts on worker threads, each part reading its registrations by
// binary COPY, equals the month computed in one thread from day pages: slices, report facts and
// shift minutes. PostgreSQL only: PGlite has neither COPY to the client nor a second connection.

import { randomScenario } from '@hemma/domain/testing';
import { normaliseInstant } from '@hemma/contract/scenario';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../testing/test-db.ts';
import { loadCareData } from '../care-data/care-data.repository.ts';
import { monthWindow } from '../care-data/month-data.ts';
import { importScenario } from '../scenario/import.service.ts';
import type { Insertable } from 'kysely';
import pg from 'pg';
import type { DB } from '../../db/schema.ts';
import { computeWholeMonth } from './month-parts.ts';

const postgres = process.env.HEMMA_TEST_DB === 'postgres';
const mid = 'parts';

describe.runIf(postgres)('a month in parts', () => {
  let t: TestDatabase;
  let months: string[];
  beforeAll(async () => {
    t = await openTestDatabase();
    const generated = randomScenario(11);
    months = generated.months;
    const { scenario } = generated;
    const registrations = (scenario.registrations as { at: string }[]).map((r) => ({ ...r, at: normaliseInstant(r.at) }));
    const imported = await importScenario(t, { ...scenario, municipality: { ...(scenario.municipality as object), id: mid }, registrations }, { referenceDate: '2026-12-01' });
    if (!imported.ok) throw new Error('scenario refused');
    await oddRegistrations(t, months[1]!);
  }, 180_000);
  afterAll(() => t.dispose());

  it('binary COPY reads what the day pages read, field by field', async () => {
    const window = monthWindow(months[1]!);
    const client = new pg.Client({ connectionString: t.url });
    await client.connect();
    try {
      const pages = await loadCareData(t.db, mid, window);
      const copied = await loadCareData(t.db, mid, { ...window, copyClient: client });
      const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
      expect(copied!.registrations.length).toBeGreaterThan(20);
      expect([...copied!.registrations].sort(byId)).toEqual([...pages!.registrations].sort(byId));
      const odd = copied!.registrations.filter((r) => r.reason?.includes('\t'));
      expect(odd.map((r) => r.at).sort()).toEqual(['2024-01-01T00:00:00.000Z', `${months[1]}-10T08:00:00.123456Z`, `${months[1]}-10T09:30:00.5Z`].sort());
    } finally {
      await client.end();
    }
  });

  it('split over two and three workers equals one thread: slices, facts and shift minutes', async () => {
    for (const month of months) {
      const one = await computeWholeMonth(t.db, mid, month, { facts: true });
      for (const parts of [2, 3]) {
        const split = await computeWholeMonth(t.db, mid, month, { split: { url: t.url!, parts, minStaff: 0 }, facts: true });
        expect(JSON.stringify(split.slices)).toBe(JSON.stringify(one.slices));
        expect(JSON.stringify(split.facts)).toBe(JSON.stringify(one.facts));
        expect([...split.shiftMinutes].sort()).toEqual([...one.shiftMinutes].sort());
      }
      expect(one.slices.length).toBeGreaterThan(0);
    }
  }, 120_000);

  it('a part that cannot run leaves the month to this thread, with the same figures', async () => {
    const one = await computeWholeMonth(t.db, mid, months[1]!, { facts: true });
    const fallen = await computeWholeMonth(t.db, mid, months[1]!, { split: { url: 'postgresql://postgres@127.0.0.1:1/none', parts: 2, minStaff: 0 }, facts: true });
    expect(JSON.stringify(fallen.slices)).toBe(JSON.stringify(one.slices));
    expect(JSON.stringify(fallen.facts)).toBe(JSON.stringify(one.facts));
  }, 60_000);

  it('a small municipality is computed in this thread', async () => {
    const whole = await computeWholeMonth(t.db, mid, months[1]!, { split: { url: 'postgresql://nowhere.invalid/none', parts: 2, minStaff: 1_000_000 }, facts: false });
    expect(whole.slices.length).toBeGreaterThan(0);
  });
});

/**
 * Registrations whose fields the two readers must agree on: free text with a tab, a newline, a
 * backslash and letters beyond ASCII, instants with micro- and half seconds, and a correction
 * made by another provider's staff member (a part holds it without what it corrects).
 */
async function oddRegistrations(t: TestDatabase, month: string): Promise<void> {
  const staff = await t.db.selectFrom('staff').select(['staff_id', 'provider_id']).where('municipality_id', '=', mid).orderBy('staff_id').execute();
  const target = await t.db.selectFrom('registrations').select(['registration_id', 'client_id', 'staff_id', 'at'])
    .where('municipality_id', '=', mid).where('kind', '=', 'arrive').where('at', '>=', new Date(`${month}-05`)).orderBy('at').executeTakeFirstOrThrow();
  const providerOf = new Map(staff.map((s) => [s.staff_id, s.provider_id]));
  const other = staff.find((s) => s.provider_id !== providerOf.get(target.staff_id)) ?? staff[0]!;
  const row = (id: string, at: string, extra: Partial<Insertable<DB['registrations']>> = {}): Insertable<DB['registrations']> => ({
    municipality_id: mid, registration_id: id, kind: 'arrive', client_id: target.client_id, staff_id: target.staff_id, at,
    method: 'manual', reason: 'tagg\tsaknades\nåter \\ igen', corrects: null, planned_minutes: null, category: null, ...extra,
  });
  await t.db.insertInto('registrations').values([
    row('0a000000-0000-4000-8000-000000000001', `${month}-10T08:00:00.123456Z`),
    row('0a000000-0000-4000-8000-000000000002', `${month}-10T09:30:00.5Z`, { kind: 'leave' }),
    row('0a000000-0000-4000-8000-000000000003', '2024-01-01T00:00:00Z', { kind: 'void', corrects: '0a000000-0000-4000-8000-000000000002' }),
    row('0a000000-0000-4000-8000-000000000004', target.at.toISOString(), { staff_id: other.staff_id, reason: 'rättad av en annan', corrects: target.registration_id }),
  ]).execute();
}
