import { describe, expect, it } from 'vitest';
import type { Rate } from '../model/care-data.ts';
import { computeStatements } from './compute.ts';
import { proratedMinutes } from './orders.ts';
import { selectRate } from './rates.ts';
import { baseData, visit } from './test-support/builder.ts';
import { lineOf } from './test-support/lookup.ts';

const q = { price: 'per_hour', band: 'day', category: 'care', providerKind: 'private', date: '2017-03-01' } as const;

describe('selectRate', () => {
  it('prefers the most narrowing fields, then the latest from, then the one listed last', () => {
    const general: Rate = { from: '2017-01-01', price: 'per_hour', band: 'day', ore: 1 };
    const byKind: Rate = { from: '2016-01-01', price: 'per_hour', band: 'day', providerKind: 'private', ore: 2 };
    const later: Rate = { from: '2017-02-01', price: 'per_hour', band: 'day', providerKind: 'private', ore: 3 };
    const sameAgain: Rate = { from: '2017-02-01', price: 'per_hour', band: 'day', category: 'care', ore: 4 };
    const future: Rate = { from: '2017-03-02', price: 'per_hour', band: 'day', providerKind: 'private', category: 'care', ore: 5 };
    expect(selectRate([general, byKind], q)?.ore).toBe(2);
    expect(selectRate([later, byKind, general], q)?.ore).toBe(3);
    expect(selectRate([later, sameAgain], q)?.ore).toBe(4);
    expect(selectRate([sameAgain, later], q)?.ore).toBe(3);
    expect(selectRate([future, general], q)?.ore).toBe(1);
  });

  it('does not match an entry that narrows on a field the item lacks', () => {
    const alarm: Rate = { from: '2016-01-01', price: 'per_hour', area: 'alarm', ore: 9 };
    expect(selectRate([alarm], q)).toBeUndefined();
    expect(selectRate([{ from: '2016-01-01', price: 'per_month', category: 'care', ore: 1 }], { price: 'per_month', area: 'alarm', providerKind: 'private', date: '2017-01-01' })).toBeUndefined();
  });
});

describe('rate change on the first of the month', () => {
  it('prices a visit by its arrival date: the night before the change at the old rate', () => {
    const data = baseData();
    data.municipality.rates.push({ from: '2017-02-01', band: 'day', price: 'per_hour', ore: 40800 });
    data.municipality.rates.push({ from: '2016-01-01', price: 'per_month', area: 'alarm', ore: 15000 });
    data.municipality.rates.push({ from: '2017-02-01', price: 'per_month', area: 'alarm', ore: 18600 });
    data.orders = data.orders.map((o) => ({ ...o, hoursPerMonth: { personal_care: 10, alarm: 0 } }));
    data.registrations = [...visit('2017-01-31T21:30', '2017-02-01T00:30'), ...visit('2017-02-01T07:00', '2017-02-01T08:00')];
    // 30 day minutes + 150 night minutes paid at the day band the visit began in, at January's rate.
    expect(lineOf(computeStatements(data, '2017-01')).parts).toEqual([
      { price: 'per_hour', band: 'day', category: 'care', minutes: 180, rateOre: 40000, amountOre: 120000 },
      { price: 'per_month', area: 'alarm', days: 31, rateOre: 15000, amountOre: 15000 },
    ]);
    expect(lineOf(computeStatements(data, '2017-02')).parts).toEqual([
      { price: 'per_hour', band: 'day', category: 'care', minutes: 60, rateOre: 40800, amountOre: 40800 },
      { price: 'per_month', area: 'alarm', days: 28, rateOre: 18600, amountOre: 18600 },
    ]);
  });

  it('prices per_month at the rate of the first active day and merges orders of one area and rate', () => {
    const data = baseData();
    data.municipality.rates.push({ from: '2016-01-01', price: 'per_month', area: 'alarm', ore: 15000 });
    data.orders = [
      { id: 'o1', client: 'c1', provider: 'p1', from: '2017-01-01', to: '2017-01-10', hoursPerMonth: { alarm: 0 }, doubleStaffing: false },
      { id: 'o2', client: 'c1', provider: 'p1', from: '2017-01-21', to: null, hoursPerMonth: { alarm: 0, service: 1.5 }, doubleStaffing: false },
    ];
    const line = lineOf(computeStatements(data, '2017-01'));
    // 10 + 11 days, rounded once: 15000 × 21 / 31 = 10161.3 → 10161. Ordered: 90 × 11/31 = 31.9 → 32.
    expect(line.parts).toEqual([{ price: 'per_month', area: 'alarm', days: 21, rateOre: 15000, amountOre: 10161 }]);
    expect(line.orderedMinutes).toBe(32);
  });
});

describe('R-6 proration', () => {
  it('rounds half up exactly, also for decimal hours', () => {
    expect(proratedMinutes(0.25, 1, 30)).toBe(1); // 0.5 → 1
    expect(proratedMinutes(0.25, 3, 30)).toBe(2); // 1.5 → 2
    expect(proratedMinutes(0.1, 31, 31)).toBe(6);
    expect(proratedMinutes(20, 16, 31)).toBe(619); // 619.35
  });
});
