import { normaliseInstant } from '@hemma/contract/scenario';
import { feesForMonth } from '@hemma/domain/fees';
import { computeStatements } from '@hemma/domain/statements';
import { asImported, careDataFromScenario, randomFeeScenario, randomScenario } from '@hemma/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../testing/test-db.ts';
import { loadMonthData } from '../care-data/month-data.ts';
import { importScenario } from '../scenario/import.service.ts';

// What `hemma import` + `hemma statements` / `hemma fees` print must be what the engine gives for
// the same scenario without a database: the import, the schema and the month loader (its window
// of registrations, corrections made outside it, the month before for approved excess) may not
// change a figure. Random scenarios from the domain's differential test; CI runs a fixed set,
// HEMMA_DB_DIFF_RUNS=N runs more.
const RUNS = Number(process.env.HEMMA_DB_DIFF_RUNS ?? 12);
const IMPORT_DATE = '2026-12-01';

describe(`statements and fees through the database equal the engine's (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase();
  });
  afterAll(() => t.dispose());

  for (let seed = 1; seed <= RUNS; seed++) {
    it(`random fee scenario ${seed}`, async () => {
      const { scenario, months } = randomFeeScenario(seed);
      const id = `fees-${seed}`;
      // The municipality's own minimibelopp and age limit are set through the API, not the
      // scenario format (docs/fees.md): both paths here go without them.
      const fees = (scenario.municipality.fees ?? []).map(({ ownMinimibelopp: _own, upliftUnderAge: _age, ...entry }) => entry);
      const file = { ...scenario, municipality: { ...scenario.municipality, id, fees } };
      const imported = await importScenario(t, file, { referenceDate: IMPORT_DATE });
      if (!imported.ok) throw new Error(`seed ${seed} was refused: ${JSON.stringify(imported.issues.slice(0, 5))}`);
      // The import writes 10-digit personal numbers with their century and fills fee defaults.
      const direct = careDataFromScenario(asImported(file, IMPORT_DATE) as unknown as Record<string, unknown>);
      for (const month of months) {
        const loaded = await loadMonthData(t.db, id, month);
        expect(JSON.stringify(safeFees(loaded, month), null, 1), `fees ${month}`).toBe(JSON.stringify(safeFees(direct, month), null, 1));
      }
    }, 60_000);

    it(`random scenario ${seed}`, async () => {
      const { scenario, months } = randomScenario(seed);
      const id = `diff-${seed}`;
      // The database keeps instants to the microsecond and the importer cuts finer digits
      // (contract/instant.ts); the generator writes some nanoseconds apart. Both paths get the
      // instants as stored.
      const registrations = (scenario.registrations as { at: string }[]).map((r) => ({ ...r, at: normaliseInstant(r.at) }));
      const file = { ...scenario, municipality: { ...(scenario.municipality as object), id }, registrations };
      const imported = await importScenario(t, file, { referenceDate: IMPORT_DATE });
      if (!imported.ok) throw new Error(`seed ${seed} was refused: ${JSON.stringify(imported.issues.slice(0, 5))}`);
      const direct = careDataFromScenario(file);
      for (const month of months) {
        const loaded = await loadMonthData(t.db, id, month);
        expect(JSON.stringify(computeStatements(loaded, month), null, 1), `statements ${month}`).toBe(
          JSON.stringify(computeStatements(direct, month), null, 1),
        );
        expect(JSON.stringify(safeFees(loaded, month), null, 1), `fees ${month}`).toBe(JSON.stringify(safeFees(direct, month), null, 1));
      }
    }, 60_000);
  }
});

/** A month without a prisbasbelopp is an error with a message: compare the messages then. */
function safeFees(data: Parameters<typeof feesForMonth>[0], month: string): unknown {
  try {
    return feesForMonth(data, month);
  } catch (err) {
    return { error: (err as Error).message };
  }
}
