import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../testing/test-db.ts';
import { readExample, scenarioExamples } from '../../testing/fixtures.ts';
import { importScenario } from './import.service.ts';

const TODAY = { referenceDate: '2026-11-23' };
const TABLES = ['municipalities', 'bands', 'rates', 'providers', 'staff', 'clients', 'orders', 'order_areas', 'registrations', 'deviations', 'excess_reviews'] as const;

async function counts(t: TestDatabase): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of TABLES) {
    const { rows } = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(t.db);
    out[table] = rows[0]!.n;
  }
  return out;
}

describe(`hemma import (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  beforeAll(async () => (t = await openTestDatabase()));
  afterAll(() => t.dispose());

  it('accepts every worked example, and a second import changes nothing', async () => {
    for (const name of scenarioExamples()) {
      const first = await importScenario(t, readExample(name), TODAY);
      expect(first.ok ? first.changed : first.issues).toBeGreaterThan(0);
    }
    const before = await counts(t);
    for (const name of scenarioExamples()) {
      const again = await importScenario(t, readExample(name), TODAY);
      expect(again).toMatchObject({ ok: true, changed: 0, registrationsAdded: 0 });
    }
    expect(await counts(t)).toEqual(before);
    expect(before.municipalities).toBe(4);
    // 03 lists one registration twice with equal content: stored once.
    const { rows } = await sql<{ n: number }>`select count(*) as n from registrations where municipality_id = 'exempelstad'`.execute(t.db);
    expect(rows[0]!.n).toBe(31);
  });

  it('keeps the instant, the order areas and the reviews as given', async () => {
    const reg = await t.db.selectFrom('registrations').selectAll()
      .where('registration_id', '=', '0e827cf7-5751-589c-a205-31df682fabf5').executeTakeFirstOrThrow();
    expect(reg.at.toISOString()).toBe('2017-03-26T01:30:00.000Z');
    const areas = await t.db.selectFrom('order_areas').select(['area', 'hours_per_month'])
      .where('municipality_id', '=', 'exempelo').where('order_id', '=', 'o1').orderBy('position').execute();
    expect(areas).toEqual([{ area: 'personal_care', hours_per_month: 20 }, { area: 'service', hours_per_month: 4 }]);
    const reviews = await t.db.selectFrom('excess_reviews').select(['decision', 'ordinal']).where('municipality_id', '=', 'exempelby').execute();
    expect(reviews).toEqual([{ decision: 'approved', ordinal: 0 }]);
  });

  it('refuses a stored registration id with other content, and writes nothing of that file', async () => {
    const before = await counts(t);
    const raw = readExample('01-cap-and-declined.json') as any;
    raw.registrations[1].at = '2016-12-05T09:30:00+01:00';
    raw.districts[0].name = 'Renamed';
    const result = await importScenario(t, raw, TODAY);
    expect(result).toEqual({
      ok: false,
      issues: [{ path: 'registrations[1].id', message: expect.stringMatching(/already stored with other content/) }],
    });
    expect(await counts(t)).toEqual(before);
    const d = await t.db.selectFrom('districts').select('name').where('municipality_id', '=', 'exempelby').executeTakeFirstOrThrow();
    expect(d.name).toBe('Norra');
  });

  it('refuses a file with problems and writes nothing of it', async () => {
    const before = await counts(t);
    const raw = readExample('04-fees.json') as any;
    raw.municipality.id = 'another';
    raw.clients[1].personalNumber = '19600515-2224';
    const result = await importScenario(t, raw, TODAY);
    expect(result.ok).toBe(false);
    expect(await counts(t)).toEqual(before);
  });

  it('takes a sole trader whose organisation number is the owner’s personal number', async () => {
    const raw = readExample('01-cap-and-declined.json') as any;
    raw.municipality.id = 'sole-trader';
    raw.providers[0].orgNumber = '261215+1239';
    expect(await importScenario(t, raw, { referenceDate: '2026-12-01' })).toMatchObject({ ok: true });
    const p = await t.db.selectFrom('providers').select('org_number').where('municipality_id', '=', 'sole-trader').executeTakeFirstOrThrow();
    expect(p.org_number).toBe('19261215-1239');
  });

  it('applies a changed setting on re-import and drops a rate the file no longer lists', async () => {
    const raw = readExample('02-granted-time-deviations.json') as any;
    raw.municipality.rates.pop();
    raw.deviations[3].status = 'approved';
    const result = await importScenario(t, raw, TODAY);
    expect(result).toMatchObject({ ok: true, changed: 2 });
    const rates = await t.db.selectFrom('rates').select('position').where('municipality_id', '=', 'exempelo').execute();
    expect(rates).toHaveLength(3);
  });
  it('takes an order that names no service area, and drops the areas an order no longer names', async () => {
    const file = readExample('01-cap-and-declined.json') as { municipality: { id: string }; orders: { hoursPerMonth: object }[] };
    const named = { ...file, municipality: { ...file.municipality, id: 'no-areas' } };
    expect(await importScenario(t, named, TODAY)).toMatchObject({ ok: true });
    const emptied = { ...named, orders: named.orders.map((o, i) => (i === 0 ? { ...o, hoursPerMonth: {} } : o)) };
    expect(await importScenario(t, emptied, TODAY)).toMatchObject({ ok: true });
    const { rows } = await sql<{ n: number }>`select count(*) as n from order_areas where municipality_id = 'no-areas'`.execute(t.db);
    expect(rows[0]!.n).toBe(named.orders.slice(1).reduce((n, o) => n + Object.keys(o.hoursPerMonth).length, 0));
    expect(await importScenario(t, emptied, TODAY)).toMatchObject({ ok: true, changed: 0 });
  });
});
