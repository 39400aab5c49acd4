// A provider's figures summed from its slices' shares equal those of the statement the join
// makes, for every provider with slices (also those without a statement: all zero).

import { describe, expect, it } from 'vitest';
import { joinProviderSlices } from './join.ts';
import { providerFigures, sliceFigures, type FigureSums } from './figures.ts';
import { randomScenario } from './reference/random-scenario.ts';
import { computeSlices } from './slices.ts';
import { careDataFromScenario } from './test-support/scenario.ts';
import type { ClientSlice } from './types.ts';

const RUNS = Number(process.env.HEMMA_DIFF_RUNS ?? 60);
const FIRST_SEED = Number(process.env.HEMMA_DIFF_SEED ?? 20_261_201);

function sums(slices: readonly ClientSlice[]): FigureSums {
  const out: FigureSums = { amountOre: 0, lines: 0, approvedExcess: 0, exceptions: 0, exceptionClient: null, excess: [] };
  for (const s of slices) {
    const f = sliceFigures(s);
    out.amountOre += f.amountOre;
    out.lines += f.line ? 1 : 0;
    out.approvedExcess += f.approvedExcess ? 1 : 0;
    out.exceptions += f.exceptions;
    if (f.exceptions > 0) out.exceptionClient ??= s.client;
    if (f.excess !== null) out.excess.push(f.excess);
  }
  return out;
}

describe('provider figures', () => {
  it(`summed from slices equal the joined statement's (${RUNS} scenarios from seed ${FIRST_SEED})`, () => {
    let seen = 0;
    for (let seed = FIRST_SEED; seed < FIRST_SEED + RUNS; seed++) {
      const { scenario, months } = randomScenario(seed);
      const data = careDataFromScenario(scenario);
      for (const month of months) {
        const { model, slices } = computeSlices(data, month);
        for (const provider of new Set(slices.map((s) => s.provider))) {
          const own = slices.filter((s) => s.provider === provider);
          const statement = joinProviderSlices(provider, model, own);
          const figures = providerFigures(provider, sums(own));
          const exceptionClients = new Set(statement?.exceptions.map((e) => e.client));
          expect(figures, `seed ${seed}, ${month}, ${provider}`).toEqual({
            provider,
            totalOre: statement?.totalOre ?? 0,
            lines: statement?.lines.length ?? 0,
            exceptions: statement?.exceptions.length ?? 0,
            exceptionClient: figures.exceptionClient !== null && exceptionClients.has(figures.exceptionClient) ? figures.exceptionClient : null,
            excess: statement?.excess ?? [],
          });
          if (statement !== undefined && statement.exceptions.length > 0) expect(figures.exceptionClient).not.toBeNull();
          seen += 1;
        }
      }
    }
    expect(seen).toBeGreaterThan(RUNS);
  });
});
