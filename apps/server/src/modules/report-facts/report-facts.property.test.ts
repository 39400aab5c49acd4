// The done-when of kept report facts: after every write of a random sequence (the writes of the
// kept statements' property test: registrations, corrections, late ones, overlaps, reviews,
// deviations and their decisions, order and rate changes, then shifts) every report read from the kept facts
// equals the report computed from a full load of the month, as JSON text (through the
// remembered documents of report-memo.ts, so a document remembered before a write must not be
// served after it). CI runs fixed seeds;
// more locally with HEMMA_KEPT_RUNS=N (and HEMMA_KEPT_SEED=<n> to start elsewhere).

import { normaliseInstant } from '@hemma/contract/scenario';
import { computeContinuity14, INDICATOR_DAYS } from '@hemma/domain/reports';
import { computeStatements } from '@hemma/domain/statements';
import { randomScenario } from '@hemma/domain/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../testing/test-db.ts';
import { loadMonthData, loadPeriodData } from '../care-data/month-data.ts';
import { applyWrite, writeArbitrary, type WriteTarget } from '../kept-statements/random-writes.ts';
import { computeMonthReports, inputsFromData, periodOf, REPORT_NAMES } from '../reports/report-kinds.ts';
import { municipalityReport } from '../reports/report-memo.ts';
import { importScenario } from '../scenario/import.service.ts';

const RUNS = Number(process.env.HEMMA_KEPT_RUNS ?? 5);
const SEED = Number(process.env.HEMMA_KEPT_SEED ?? 20_261_203);

const nextMonth = (month: string): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 7);
};

describe(`reports from kept facts equal a full computation after every write (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let run = 0;
  beforeAll(async () => {
    t = await openTestDatabase();
  });
  afterAll(() => t.dispose());

  it(`${RUNS} random sequences from seed ${SEED}`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 100_000 }), fc.array(writeArbitrary, { minLength: 1, maxLength: 10 }), async (scenarioSeed, writes) => {
        const { scenario, months } = randomScenario(scenarioSeed);
        const mid = `facts-${++run}`;
        const registrations = (scenario.registrations as { at: string }[]).map((r) => ({ ...r, at: normaliseInstant(r.at) }));
        const imported = await importScenario(t, { ...scenario, municipality: { ...(scenario.municipality as object), id: mid }, registrations }, { referenceDate: '2026-12-01' });
        if (!imported.ok) throw new Error(`scenario ${scenarioSeed} was refused: ${JSON.stringify(imported.issues.slice(0, 3))}`);
        const [before, month] = months as [string, string];
        const kept = [before, month, nextMonth(month)];
        const target: WriteTarget = { mid, months: [before, month], counter: { next: 1 } };
        // The indicator's 14 days cross from the earlier month into the later one.
        const from = `${before}-22`;
        const check = async (when: string) => {
          for (const m of kept) {
            const data = await loadMonthData(t.db, mid, m);
            const full = computeMonthReports(inputsFromData(data, computeStatements(data, m)), m);
            for (const name of REPORT_NAMES) {
              if (periodOf(name) !== 'month') continue;
              const fromKept = (await municipalityReport(t.db, mid, name, m)).document;
              expect(JSON.stringify(fromKept, null, 1), `scenario ${scenarioSeed}, ${when}, ${name} ${m}`).toBe(JSON.stringify(full.get(name), null, 1));
            }
          }
          const indicator = (await municipalityReport(t.db, mid, 'continuity-14', from)).document;
          const fullIndicator = computeContinuity14(await loadPeriodData(t.db, mid, from, INDICATOR_DAYS), from);
          expect(JSON.stringify(indicator), `scenario ${scenarioSeed}, ${when}, continuity-14 from ${from}`).toBe(JSON.stringify(fullIndicator));
        };
        await check('before any write');
        for (const [i, w] of writes.entries()) {
          await applyWrite(t.db, target, w);
          await check(`after write ${i} (${w.kind})`);
        }
        // Shift minutes are kept per month too: a shift across midnight added, then the staff member's shifts removed.
        const staff = await t.db.selectFrom('staff').select('staff_id').where('municipality_id', '=', mid).orderBy('staff_id').executeTakeFirstOrThrow();
        await t.db.insertInto('work_shifts').values({
          municipality_id: mid, staff_id: staff.staff_id, ordinal: 0, starts_at: new Date(`${month}-01T21:30:00Z`), ends_at: new Date(`${month}-02T05:59:30Z`),
        }).execute();
        await check('after a shift was added');
        await t.db.deleteFrom('work_shifts').where('municipality_id', '=', mid).where('staff_id', '=', staff.staff_id).execute();
        await check('after shifts were removed');
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  }, 900_000);
});
