// Differential test: the fee engine against the plain reference on seeded random scenarios.
// CI runs a fixed seed and a fixed number of runs, so it is deterministic and quick. To search
// harder locally, set HEMMA_DIFF_RUNS (how many scenarios) and HEMMA_DIFF_SEED (the first seed):
//   HEMMA_DIFF_RUNS=2000 npx vitest run --project domain packages/domain/src/fees/reference
// A failure names its seed; replay it with HEMMA_DIFF_SEED=<seed> HEMMA_DIFF_RUNS=1.
import { describe, expect, it } from 'vitest';
import { parsePersonalNumber } from '../../ids/index.ts';
import { careDataFromScenario } from '../../statements/test-support/scenario.ts';
import { feesForMonth } from '../fees-for-month.ts';
import { asImported, twelveDigit } from './as-imported.ts';
import { randomFeeScenario } from './random-fee-scenario.ts';
import { referenceFees } from './reference-fees.ts';

const RUNS = Number(process.env.HEMMA_DIFF_RUNS ?? 400);
const FIRST_SEED = Number(process.env.HEMMA_DIFF_SEED ?? 20_170_501);
// Stands for the import day that expands 10-digit personal numbers; the generator only writes
// 10-digit numbers whose century is the same for any import day from 2026 on.
const IMPORT_DATE = '2026-12-01';

function outcome(run: () => unknown): string {
  try {
    return JSON.stringify(run());
  } catch (e) {
    // Both sides must fail, naming the year (the wording of the message is free).
    const year = /\b(\d{4})\b/.exec(e instanceof Error ? e.message : String(e))?.[1] ?? '?';
    return `error naming ${year}`;
  }
}

describe('fee engine agrees with the reference on random scenarios', () => {
  it(`${RUNS} scenarios from seed ${FIRST_SEED}`, () => {
    const failures: string[] = [];
    for (let seed = FIRST_SEED; seed < FIRST_SEED + RUNS; seed++) {
      const { scenario, months } = randomFeeScenario(seed);
      const data = careDataFromScenario(asImported(scenario, IMPORT_DATE) as unknown as Record<string, unknown>);
      for (const c of scenario.clients) {
        // The import's expansion of 10-digit numbers (domain/ids) against the reference's.
        const parsed = parsePersonalNumber(c.personalNumber, IMPORT_DATE);
        const theirs = parsed.ok ? parsed.value.normalized : parsed.message;
        if (theirs !== twelveDigit(c.personalNumber, IMPORT_DATE)) failures.push(`seed ${seed} ${c.personalNumber}: import gives ${theirs}`);
      }
      for (const month of months) {
        const expected = outcome(() => referenceFees(scenario, month, IMPORT_DATE));
        const actual = outcome(() => feesForMonth(data, month));
        if (expected !== actual) failures.push(`seed ${seed} month ${month}\n  reference ${expected}\n  engine    ${actual}`);
      }
    }
    expect(failures.slice(0, 5).join('\n')).toBe('');
  }, 120_000);
});
