// The claim kept statements rest on: the slices of some clients, computed from their
// registrations and those of the staff who worked at them, equal those clients' slices of the
// whole month; and the join of a month's slices in any order is the statements object.

import { describe, expect, it } from 'vitest';
import type { CareData } from '../model/care-data.ts';
import { SeededRandom as Random } from '../random/seeded-random.ts';
import { registrationsForClients } from './closure.ts';
import { computeStatements } from './compute.ts';
import { joinSlices } from './join.ts';
import { randomScenario } from './reference/random-scenario.ts';
import { computeSlices } from './slices.ts';
import { careDataFromScenario } from './test-support/scenario.ts';

const RUNS = Number(process.env.HEMMA_DIFF_RUNS ?? 60);
const FIRST_SEED = Number(process.env.HEMMA_DIFF_SEED ?? 20_261_201);

function subsetOf(data: CareData, clients: ReadonlySet<string>): CareData {
  return { ...data, registrations: registrationsForClients(data.registrations, clients) };
}

function shuffled<T>(r: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('slices', () => {
  it(`of a few clients equal theirs of the whole month (${RUNS} scenarios from seed ${FIRST_SEED})`, () => {
    const failures: string[] = [];
    for (let seed = FIRST_SEED; seed < FIRST_SEED + RUNS; seed++) {
      const { scenario, months } = randomScenario(seed);
      const data = careDataFromScenario(scenario);
      const r = new Random(seed);
      const clients = data.clients.map((c) => c.id);
      for (const month of months) {
        const whole = computeSlices(data, month);
        const chosen = new Set(r.subset(clients, 0.4));
        const alone = computeSlices(subsetOf(data, chosen), month, chosen);
        const expected = whole.slices.filter((s) => chosen.has(s.client));
        if (JSON.stringify(alone.slices) !== JSON.stringify(expected)) failures.push(`seed ${seed} month ${month}`);
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);

  it('joined in any order give the statements object', () => {
    for (let seed = FIRST_SEED; seed < FIRST_SEED + 20; seed++) {
      const { scenario, months } = randomScenario(seed);
      const data = careDataFromScenario(scenario);
      const r = new Random(seed);
      for (const month of months) {
        const slices = computeSlices(data, month);
        const mixed = { ...slices, slices: shuffled(r, slices.slices) };
        expect(JSON.stringify(joinSlices(mixed))).toBe(JSON.stringify(computeStatements(data, month)));
      }
    }
  }, 300_000);
});
