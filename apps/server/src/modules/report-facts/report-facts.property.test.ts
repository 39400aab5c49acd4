// The done-when of kept report facts: after every write of a random sequence (the writes of the
// kept statements' property test: registrations, corrections, late ones, overlaps, reviews,
// deviations and their decisions, order and rate changes, then shifts) every report read from the kept facts
// equals the report computed from a full load of the month, as JSON text (through the
// remembered documents of report-memo.ts, so a document remembered before a write must not be
// served after it). CI runs fixed seeds;
// more locally with HEMMA_KEPT_RUNS=N (and HEMMA_KEPT_SEED=<n> to start elsewhere).

import { computeContinuity14, INDICATOR_DAYS } from '@hemma/domain/reports';
import { computeStatements } from '@hemma/domain/statements';
import { describe, expect, it } from 'vitest';
import { loadMonthData, loadPeriodData } from '../care-data/month-data.ts';
import { applyWrite } from '../kept-statements/random-writes.ts';
import { checkRandomSequences } from '../kept-statements/random-sequences.ts';
import { computeMonthReports, inputsFromData, periodOf, REPORT_NAMES } from '../reports/report-kinds.ts';
import { municipalityReport } from '../reports/report-memo.ts';

const RUNS = Number(process.env.HEMMA_KEPT_RUNS ?? 5);
const SEED = Number(process.env.HEMMA_KEPT_SEED ?? 20_261_203);

describe(`reports from kept facts equal a full computation after every write (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  it(`${RUNS} random sequences from seed ${SEED}`, async () => {
    await checkRandomSequences({ prefix: 'facts', runs: RUNS, seed: SEED, maxWrites: 10 }, async ({ t, scenarioSeed, mid, before, month, kept, target, writes }) => {
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
    });
  }, 900_000);
});
