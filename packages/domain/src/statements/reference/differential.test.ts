// Differential test: the engine against the reference implementation of the spec on seeded
// random scenarios, compared as JSON text (key order included).
//
// CI runs a fixed seed range (deterministic, a few seconds). Run more locally with
//   HEMMA_DIFF_RUNS=2000 npx vitest run --project domain packages/domain/src/statements/reference
// and start elsewhere with HEMMA_DIFF_SEED=<n>. A failure names its seed and month; replay it
// with HEMMA_DIFF_SEED=<seed> HEMMA_DIFF_RUNS=1.

import { describe, expect, it } from 'vitest';
import { computeStatements } from '../compute.ts';
import { careDataFromScenario } from '../test-support/scenario.ts';
import { randomScenario } from './random-scenario.ts';
import { referenceStatements } from './reference-statements.ts';

const RUNS = Number(process.env.HEMMA_DIFF_RUNS ?? 300);
const FIRST_SEED = Number(process.env.HEMMA_DIFF_SEED ?? 20_260_001);

describe('engine agrees with the reference implementation on random scenarios', () => {
  it(`${RUNS} scenarios from seed ${FIRST_SEED}`, () => {
    const failures: string[] = [];
    for (let seed = FIRST_SEED; seed < FIRST_SEED + RUNS; seed++) {
      const { scenario, months } = randomScenario(seed);
      for (const month of months) {
        const expected = JSON.stringify(referenceStatements(scenario, month));
        let actual: string;
        try {
          actual = JSON.stringify(computeStatements(careDataFromScenario(scenario), month));
        } catch (error) {
          actual = `throws ${String(error)}`;
        }
        if (actual !== expected) failures.push(`seed ${seed} month ${month}${actual.startsWith('throws') ? `: ${actual}` : ''}`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
