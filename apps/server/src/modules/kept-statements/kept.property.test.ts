// The done-when of kept statements: after every write of a random sequence (registrations,
// corrections, late ones, reviews, deviations and their decisions, order and rate changes) the
// kept months, brought up to date from their stale marks, equal a full computation from the
// facts — as JSON text, key order included — and so do the providers' figures kept beside
// them. CI runs fixed seeds; more locally with HEMMA_KEPT_RUNS=N (and HEMMA_KEPT_SEED=<n> to
// start elsewhere or replay a failure).

import { computeStatements } from '@hemma/domain/statements';
import { describe, expect, it } from 'vitest';
import { loadMonthData } from '../care-data/month-data.ts';
import { hasStaleMarks } from './kept.repository.ts';
import { applyWrite } from './random-writes.ts';
import { checkRandomSequences } from './random-sequences.ts';
import { freshen, keptMonthDocument, keptProviderFigures } from './read.ts';

const RUNS = Number(process.env.HEMMA_KEPT_RUNS ?? 6);
// On PostgreSQL every whole month is computed in two parts on worker threads, as a city's is
// (month-parts): the scenarios here are far below the size where that starts by itself.
if (process.env.HEMMA_TEST_DB === 'postgres') {
  process.env.HEMMA_MONTH_PARTS = '2';
  process.env.HEMMA_MONTH_PARTS_MIN_STAFF = '0';
}
const SEED = Number(process.env.HEMMA_KEPT_SEED ?? 20_261_201);

describe(`kept statements equal a full computation after every write (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  it(`${RUNS} random sequences from seed ${SEED}`, async () => {
    await checkRandomSequences({ prefix: 'kept', runs: RUNS, seed: SEED, maxWrites: 12 }, async ({ t, scenarioSeed, mid, kept, target, writes }) => {
      for (const m of kept) await freshen(t.db, mid, m);
      for (const [i, w] of writes.entries()) {
        await applyWrite(t.db, target, w);
        for (const m of kept) {
          await freshen(t.db, mid, m);
          expect(await hasStaleMarks(t.db, mid, m)).toBe(false);
          const full = computeStatements(await loadMonthData(t.db, mid, m), m);
          const fromKept = await keptMonthDocument(t.db, mid, m);
          expect(JSON.stringify(fromKept, null, 1), `scenario ${scenarioSeed}, after write ${i} (${w.kind}), month ${m}`).toBe(JSON.stringify(full, null, 1));
          // The providers' figures kept beside the slices are the full statements' too.
          const providers = (await t.db.selectFrom('providers').select('provider_id').where('municipality_id', '=', mid).execute()).map((p) => p.provider_id);
          const figures = await keptProviderFigures(t.db, mid, m, providers);
          for (const p of providers) {
            const s = full.statements.find((x) => x.provider === p);
            expect(figures.get(p), `scenario ${scenarioSeed}, after write ${i} (${w.kind}), month ${m}, provider ${p}`).toMatchObject({
              totalOre: s?.totalOre ?? 0, lines: s?.lines.length ?? 0, exceptions: s?.exceptions.length ?? 0, excess: s?.excess ?? [],
            });
            const client = figures.get(p)!.exceptionClient;
            if ((s?.exceptions.length ?? 0) > 0) expect(s!.exceptions.some((e) => e.client === client)).toBe(true);
          }
        }
      }
    });
  }, 900_000);
});
