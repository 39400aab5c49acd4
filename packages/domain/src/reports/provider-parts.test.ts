// The claim the month's computation in parts rests on (server: month-parts): the providers
// split into parts, each part computed from its own staff's registrations and every correction,
// give the whole month's slices, and their report facts joined give the whole month's facts.
// Corrections are made here by another provider's staff too, so that a part holds corrections
// of registrations it does not hold, and of others' registrations.

import { describe, expect, it } from 'vitest';
import type { CareData, Registration } from '../model/care-data.ts';
import { SeededRandom as Random } from '../random/seeded-random.ts';
import { compareIds } from '../registrations/ordering.ts';
import { randomScenario } from '../statements/reference/random-scenario.ts';
import { computeSlicesAndItems } from '../statements/slices.ts';
import { careDataFromScenario } from '../statements/test-support/scenario.ts';
import { clientReportFacts, mergeClientFacts } from './client-facts.ts';

const RUNS = Number(process.env.HEMMA_DIFF_RUNS ?? 40);
const FIRST_SEED = Number(process.env.HEMMA_DIFF_SEED ?? 20_261_205);

/** Some corrections moved to a staff member of another provider (same client, same instant). */
function crossProviderCorrections(data: CareData, r: Random): CareData {
  const providerOf = new Map(data.staff.map((s) => [s.id, s.provider]));
  const registrations = data.registrations.map((reg): Registration => {
    if (reg.corrects === undefined || r.next() > 0.4) return reg;
    const others = data.staff.filter((s) => s.provider !== providerOf.get(reg.staff));
    return others.length === 0 ? reg : { ...reg, staff: r.pick(others).id };
  });
  return { ...data, registrations };
}

/** What the loader gives a part: its staff's registrations and every correction. */
function partData(data: CareData, providers: ReadonlySet<string>): CareData {
  const providerOf = new Map(data.staff.map((s) => [s.id, s.provider]));
  return { ...data, registrations: data.registrations.filter((reg) => reg.corrects !== undefined || providers.has(providerOf.get(reg.staff)!)) };
}

describe('a month computed in parts by provider', () => {
  it(`equals the whole month: slices and report facts (${RUNS} scenarios from seed ${FIRST_SEED})`, () => {
    const failures: string[] = [];
    let crossed = 0;
    for (let seed = FIRST_SEED; seed < FIRST_SEED + RUNS; seed++) {
      const { scenario, months } = randomScenario(seed);
      const r = new Random(seed);
      const data = crossProviderCorrections(careDataFromScenario(scenario), r);
      crossed += data.registrations.filter((reg, i) => reg.staff !== careDataFromScenario(scenario).registrations[i]!.staff).length;
      const parts = r.int(2, 3);
      const groups = Array.from({ length: parts }, () => new Set<string>());
      for (const p of data.providers) groups[r.int(0, parts - 1)]!.add(p.id);
      for (const month of months) {
        const whole = computeSlicesAndItems(data, month);
        const wholeFacts = clientReportFacts(data, month, whole.slices, whole.items);
        const computed = groups.map((providers) => {
          const part = partData(data, providers);
          const { slices, items } = computeSlicesAndItems(part, month, undefined, providers);
          return { slices, facts: clientReportFacts(part, month, slices, items, undefined, providers) };
        });
        const slices = computed.flatMap((c) => c.slices).sort((a, b) => compareIds(a.provider, b.provider) || compareIds(a.client, b.client));
        if (JSON.stringify(slices) !== JSON.stringify(whole.slices)) failures.push(`seed ${seed} month ${month}: slices`);
        const facts = mergeClientFacts(computed.map((c) => c.facts));
        if (JSON.stringify(facts) !== JSON.stringify(wholeFacts)) failures.push(`seed ${seed} month ${month}: facts`);
      }
    }
    expect(failures).toEqual([]);
    expect(crossed).toBeGreaterThan(0);
  }, 300_000);
});
