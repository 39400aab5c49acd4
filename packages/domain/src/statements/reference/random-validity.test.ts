// The random scenarios must be files the importer would take: otherwise a "disagreement" may
// only be two readings of an invalid file (seed 20261308 once had two clients "c10" and so
// overlapping orders of one client and provider).

import { describe, expect, it } from 'vitest';
import { findBandCoverageGaps } from '../../time/band-coverage.ts';
import { careDataFromScenario } from '../test-support/scenario.ts';
import { randomScenario } from './random-scenario.ts';

const RUNS = Number(process.env.HEMMA_DIFF_RUNS ?? 300);
const FIRST_SEED = Number(process.env.HEMMA_DIFF_SEED ?? 20_260_001);

function problems(seed: number): string[] {
  const data = careDataFromScenario(randomScenario(seed).scenario);
  const found: string[] = [];
  for (const [what, ids] of [
    ['provider', data.providers.map((p) => p.id)],
    ['staff', data.staff.map((s) => s.id)],
    ['client', data.clients.map((c) => c.id)],
    ['order', data.orders.map((o) => o.id)],
  ] as const) {
    if (new Set(ids).size !== ids.length) found.push(`duplicate ${what} id`);
  }
  for (const a of data.orders) {
    for (const b of data.orders) {
      if (a === b || a.client !== b.client || a.provider !== b.provider) continue;
      if (a.from <= (b.to ?? '9999-12-31') && b.from <= (a.to ?? '9999-12-31')) found.push(`orders ${a.id} and ${b.id} overlap`);
    }
  }
  if (findBandCoverageGaps(data.municipality.bands).length > 0) found.push('bands leave a gap');
  const band = data.municipality.bands.find((b) => b.id === data.municipality.defaultBand);
  if (band?.price !== 'per_hour') found.push('defaultBand is not a per_hour band');
  const byId = new Map(data.registrations.map((r) => [r.id, r]));
  for (const r of data.registrations) {
    if (r.corrects !== undefined && byId.get(r.corrects)?.client !== r.client) found.push(`${r.id} corrects another client`);
    if (r.method === 'manual' && r.reason === undefined) found.push(`${r.id} manual without reason`);
  }
  return found.map((p) => `seed ${seed}: ${p}`);
}

describe('random scenarios are valid hemma-scenario/1 files', () => {
  it(`${RUNS} scenarios from seed ${FIRST_SEED}`, () => {
    const found: string[] = [];
    for (let seed = FIRST_SEED; seed < FIRST_SEED + RUNS; seed++) found.push(...problems(seed));
    expect(found).toEqual([]);
  }, 120_000);
});
