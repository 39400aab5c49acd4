// Differential test: the engine against the reference implementation of the spec on seeded
// random scenarios, compared as JSON text (key order included).
//
// CI runs a fixed seed range (deterministic, a few seconds). Run more locally with
//   HEMMA_DIFF_RUNS=2000 npx vitest run --project domain packages/domain/src/statements/reference
// and start elsewhere with HEMMA_DIFF_SEED=<n>. A failure names its seed and month; replay it
// with HEMMA_DIFF_SEED=<seed> HEMMA_DIFF_RUNS=1.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeStatements } from '../compute.ts';
import { EXAMPLES_DIR } from '../test-support/fixtures.ts';
import { mutateExample } from './random-mutation.ts';
import { SeededRandom as Random } from '../../random/seeded-random.ts';
import { careDataFromScenario } from '../test-support/scenario.ts';
import { randomScenario } from './random-scenario.ts';
import { referenceStatements } from './reference-statements.ts';

const RUNS = Number(process.env.HEMMA_DIFF_RUNS ?? 300);
const FIRST_SEED = Number(process.env.HEMMA_DIFF_SEED ?? 20_260_001);

type Json = Record<string, unknown>;

function disagreement(scenario: Json, month: string): string | undefined {
  const expected = JSON.stringify(referenceStatements(scenario, month));
  let actual: string;
  try {
    actual = JSON.stringify(computeStatements(careDataFromScenario(scenario), month));
  } catch (error) {
    return `throws ${String(error)}`;
  }
  return actual === expected ? undefined : 'differs';
}

describe('engine agrees with the reference implementation on random scenarios', () => {
  it(`${RUNS} scenarios from seed ${FIRST_SEED}`, () => {
    const failures: string[] = [];
    for (let seed = FIRST_SEED; seed < FIRST_SEED + RUNS; seed++) {
      const { scenario, months } = randomScenario(seed);
      for (const month of months) {
        const problem = disagreement(scenario, month);
        if (problem !== undefined) failures.push(`seed ${seed} month ${month}: ${problem}`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it(`${RUNS} mutations of the worked examples from seed ${FIRST_SEED}`, () => {
    const examples = readdirSync(EXAMPLES_DIR)
      .filter((f) => /^\d\d-[a-z-]+\.json$/.test(f))
      .sort()
      .map((f) => JSON.parse(readFileSync(join(EXAMPLES_DIR, f), 'utf8')) as Json);
    const failures: string[] = [];
    for (let seed = FIRST_SEED; seed < FIRST_SEED + RUNS; seed++) {
      const r = new Random(seed);
      const scenario = mutateExample(r.pick(examples), r);
      for (const month of ['2016-12', '2017-01', '2017-03', '2017-04', '2017-05']) {
        const problem = disagreement(scenario, month);
        if (problem !== undefined) failures.push(`mutation seed ${seed} month ${month}: ${problem}`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
