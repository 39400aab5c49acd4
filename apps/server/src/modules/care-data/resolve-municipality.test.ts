import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readExample } from '../../testing/fixtures.ts';
import { openTestDatabase, type TestDatabase } from '../../testing/test-db.ts';
import { importScenario } from '../scenario/import.service.ts';
import { resolveMunicipality } from './month-data.ts';

describe(`choosing the municipality of a command (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase();
    // Like the default ./data after `npm start` (the demo) and `hemma import` of a scenario.
    for (const name of ['01-cap-and-declined.json', '04-fees.json']) {
      const r = await importScenario(t, readExample(name), { referenceDate: '2026-11-23' });
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
    }
  });
  afterAll(() => t.dispose());

  it('takes the one named, and says which exist when the name is wrong', async () => {
    expect(await resolveMunicipality(t.db, 'avgiftsby', '2016-12')).toBe('avgiftsby');
    await expect(resolveMunicipality(t.db, 'nowhere')).rejects.toThrow(/no municipality "nowhere" \(the database holds: avgiftsby, exempelby\)/);
  });

  it('given a month, takes the only one with data in it', async () => {
    // 04-fees starts in 2017; 01's order runs from December 2016.
    expect(await resolveMunicipality(t.db, undefined, '2016-12')).toBe('exempelby');
  });

  it('asks for --municipality when several or none have data in the month', async () => {
    await expect(resolveMunicipality(t.db, undefined, '2017-05')).rejects.toThrow(
      /several municipalities \(avgiftsby, exempelby\) \(avgiftsby, exempelby have data in 2017-05\): choose one with --municipality/,
    );
    await expect(resolveMunicipality(t.db, undefined, '2015-01')).rejects.toThrow(/several municipalities \(avgiftsby, exempelby\): choose one/);
    await expect(resolveMunicipality(t.db)).rejects.toThrow(/choose one with --municipality/);
  });
});
