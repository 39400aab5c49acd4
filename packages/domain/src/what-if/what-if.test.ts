import { describe, expect, it } from 'vitest';
import { computeStatements } from '../statements/compute.ts';
import { loadScenario } from '../statements/test-support/fixtures.ts';
import { applyChanges, combineComparisons, compareMonth } from './index.ts';

// Example 01, December 2016: c1 of p1 has 720 ordered minutes (cap 110 % = 792), 840 performed,
// one declined visit of 30 minutes paid at 100 %, one night visit at 200 kr; day rate 400 kr/h.
const example = loadScenario('01-cap-and-declined');
const M = '2016-12';

describe('what if (konsekvensanalys)', () => {
  it('with no change gives the real month on both sides, equal to the statements', () => {
    const c = compareMonth(example, M, {});
    expect(c.statements).toEqual({ realOre: 548_000, changedOre: 548_000, differenceOre: 0 });
    expect(c.statements.realOre).toBe(computeStatements(example, M).statements[0]!.totalOre);
    expect(c.providers).toEqual([{ provider: 'p1', name: 'Omsorg AB', realOre: 548_000, changedOre: 548_000, differenceOre: 0 }]);
  });

  it('recomputes the cap, the declined share, the rates and the payment model by the engine', () => {
    // Cap 100 %: 720 min × 400 kr/h = 4 800 kr, + the night visit 200 kr.
    expect(compareMonth(example, M, { capPercent: 100 }).statements.changedOre).toBe(500_000);
    // Cap 200 % no longer binds: 840 performed + 30 declined = 870 min = 5 800 kr, + 200 kr.
    expect(compareMonth(example, M, { capPercent: 200 }).statements.changedOre).toBe(600_000);
    // Declined visits unpaid as well: 840 min = 5 600 kr, + 200 kr.
    expect(compareMonth(example, M, { capPercent: 200, declinedAtDoorPercent: { care: 0 } }).statements.changedOre).toBe(580_000);
    // +2 % on the day rate only: 792 min × 408 kr/h = 5 385,60 kr, + 200 kr unchanged.
    const day = compareMonth(example, M, { rates: [{ band: 'day', percent: 2 }] });
    expect(day.statements).toEqual({ realOre: 548_000, changedOre: 558_560, differenceOre: 10_560 });
    expect(day.districts).toEqual([{ district: 'd1', name: 'Norra', realOre: 548_000, changedOre: 558_560, differenceOre: 10_560 }]);
    expect(day.clients[0]).toMatchObject({ client: 'c1', differenceOre: 10_560 });
    // A new value for the night visit.
    expect(compareMonth(example, M, { rates: [{ band: 'night', ore: 30_000 }] }).statements.differenceOre).toBe(10_000);
    // Granted time: the 720 ordered minutes, no deviations.
    expect(compareMonth(example, M, { model: 'granted_time' }).statements.changedOre).toBe(480_000);
  });

  it('compares fees under another tariff', () => {
    const fees = loadScenario('04-fees');
    const c = compareMonth(fees, '2017-05', { feeTariff: { kind: 'hourly', orePerHour: 10_000 } });
    expect(c.fees.realOre).toBe(332_400);
    // c1's basis is 600 minutes: 10 h × 100 kr = 1 000 kr, now below its maxtaxa of 2 013 kr.
    expect(c.clients.find((x) => x.client === 'c1')!.fee).toEqual({ realOre: 201_300, changedOre: 100_000, differenceOre: -101_300 });
    expect(c.fees.differenceOre).toBe(c.fees.changedOre - 332_400);
    expect(c.statements.differenceOre).toBe(0);
  });

  it('never changes the care data it is given', () => {
    const before = JSON.stringify(example);
    const changed = applyChanges(example, { capPercent: 90, declinedAtDoorPercent: { care: 0, service: 0 }, rates: [{ percent: 5 }], model: 'granted_time' });
    compareMonth(example, M, { capPercent: 90, rates: [{ percent: 5 }] });
    expect(JSON.stringify(example)).toBe(before);
    expect(changed.municipality.rules.every((r) => r.capPercent === 90)).toBe(true);
    expect(changed.municipality.rates[0]!.ore).toBe(42_000);
  });

  it('sums several months per provider, district and client', () => {
    const both = combineComparisons([compareMonth(example, '2016-12', { capPercent: 100 }), compareMonth(example, '2017-01', { capPercent: 100 })]);
    const jan = compareMonth(example, '2017-01', { capPercent: 100 });
    expect(both.months).toEqual(['2016-12', '2017-01']);
    expect(both.statements.realOre).toBe(548_000 + jan.statements.realOre);
    expect(both.providers).toHaveLength(1);
    expect(both.providers[0]!.differenceOre).toBe(-48_000 + jan.statements.differenceOre);
  });
});
