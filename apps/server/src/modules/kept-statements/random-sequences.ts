// The set-up the property tests of kept data share: each run imports a random scenario as a
// municipality of its own and aims a random sequence of writes at its two months; the test says
// what must hold before and after each write. CI runs fixed seeds.

import { normaliseInstant } from '@hemma/contract/scenario';
import { randomScenario } from '@hemma/domain/testing';
import fc from 'fast-check';
import { openTestDatabase, type TestDatabase } from '../../testing/test-db.ts';
import { importScenario } from '../scenario/import.service.ts';
import { writeArbitrary, type Write, type WriteTarget } from './random-writes.ts';

export const nextMonth = (month: string): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 7);
};

export interface RandomSequence {
  t: TestDatabase;
  scenarioSeed: number;
  mid: string;
  /** The scenario's two months, earlier first. */
  before: string;
  month: string;
  /** The months checked: the scenario's two and the one after. */
  kept: string[];
  target: WriteTarget;
  writes: Write[];
}

export interface SequenceOptions {
  /** Each run's municipality is `<prefix>-<n>`. */
  prefix: string;
  runs: number;
  seed: number;
  maxWrites: number;
}

/** Runs `check` over random sequences in a test database of their own; the first failure ends it. */
export async function checkRandomSequences(options: SequenceOptions, check: (s: RandomSequence) => Promise<void>): Promise<void> {
  const t = await openTestDatabase();
  let run = 0;
  try {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 100_000 }), fc.array(writeArbitrary, { minLength: 1, maxLength: options.maxWrites }), async (scenarioSeed, writes) => {
        const { scenario, months } = randomScenario(scenarioSeed);
        const mid = `${options.prefix}-${++run}`;
        const registrations = (scenario.registrations as { at: string }[]).map((r) => ({ ...r, at: normaliseInstant(r.at) }));
        const imported = await importScenario(t, { ...scenario, municipality: { ...(scenario.municipality as object), id: mid }, registrations }, { referenceDate: '2026-12-01' });
        if (!imported.ok) throw new Error(`scenario ${scenarioSeed} was refused: ${JSON.stringify(imported.issues.slice(0, 3))}`);
        const [before, month] = months as [string, string];
        const target: WriteTarget = { mid, months: [before, month], counter: { next: 1 } };
        await check({ t, scenarioSeed, mid, before, month, kept: [before, month, nextMonth(month)], target, writes });
      }),
      { seed: options.seed, numRuns: options.runs, endOnFailure: true },
    );
  } finally {
    await t.dispose();
  }
}
