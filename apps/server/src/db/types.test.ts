import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../testing/test-db.ts';
import { parseTimestamptz } from './type-parsers.ts';

describe(`JS types from the database (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  beforeAll(async () => (t = await openTestDatabase()));
  afterAll(() => t.dispose());

  it('int8, numeric, timestamptz, interval and date come back the same on PGlite and PostgreSQL', async () => {
    const { rows } = await sql<Record<string, unknown>>`select
      9007199254740991::int8 as big, 12.5::numeric as hours, count(*) as n,
      '2017-03-26T01:30:00.250+01:00'::timestamptz as at, '90 minutes'::interval as span,
      '2017-03-26'::date as day`.execute(t.db);
    expect(rows[0]).toEqual({
      big: 9007199254740991,
      hours: 12.5,
      n: 1,
      at: new Date('2017-03-26T00:30:00.250Z'),
      span: '01:30:00',
      day: '2017-03-26',
    });
  });

  it('refuses an int8 beyond safe integers rather than rounding it', async () => {
    await expect(sql`select 9007199254740993::int8 as big`.execute(t.db)).rejects.toThrow(/safe integers/);
  });
});

describe('parseTimestamptz', () => {
  it('reads offsets with and without minutes, and fractions', () => {
    expect(parseTimestamptz('2016-12-05 07:00:00+00').toISOString()).toBe('2016-12-05T07:00:00.000Z');
    expect(parseTimestamptz('2016-12-05 08:00:00.5+01').toISOString()).toBe('2016-12-05T07:00:00.500Z');
    expect(parseTimestamptz('2016-12-05 08:30:00+05:30').toISOString()).toBe('2016-12-05T03:00:00.000Z');
  });
  it('names what it cannot read', () => {
    expect(() => parseTimestamptz('yesterday')).toThrow(/cannot read timestamp "yesterday"/);
  });
});
