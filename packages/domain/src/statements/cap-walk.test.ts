import { describe, expect, it } from 'vitest';
import type { Band } from '../model/care-data.ts';
import { computeStatements } from './compute.ts';
import { baseData, registration, visit } from './test-support/builder.ts';
import { lineOf, statementOf } from './test-support/lookup.ts';

const ALL = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const BANDS: Band[] = [
  { id: 'day', from: '07:00', to: '19:00', days: [...ALL], price: 'per_hour', precedence: 1 },
  { id: 'evening', from: '19:00', to: '22:00', days: [...ALL], price: 'per_hour', precedence: 1 },
  { id: 'night', from: '22:00', to: '07:00', days: [...ALL], price: 'per_visit', precedence: 1 },
];

function capData() {
  const data = baseData({
    bands: BANDS,
    rules: [{ from: '2016-01-01', capPercent: 110, declinedAtDoorPercent: { care: 100, service: 100 } }],
    rates: [
      { from: '2016-01-01', band: 'day', price: 'per_hour', ore: 40000 },
      { from: '2016-01-01', band: 'evening', price: 'per_hour', ore: 50000 },
      { from: '2016-01-01', band: 'night', price: 'per_visit', ore: 20000 },
    ],
  });
  // 1 h/month: ordered 60, cap round(66) = 66.
  data.orders = data.orders.map((o) => ({ ...o, hoursPerMonth: { personal_care: 1 } }));
  return data;
}

describe('the cap walk (R-10), hand-computed', () => {
  it('pays the first capMinutes in step-1 order and makes the latest minutes excess, per band', () => {
    const data = capData();
    // Listed out of order on purpose: the walk follows the instants.
    data.registrations = [
      ...visit('2017-01-05T19:00', '2017-01-05T19:30'), // evening 30 → all excess
      registration('declined_at_door', '2017-01-04T08:00:00+01:00', { plannedMinutes: 30 }), // day 30 → 26 paid, 4 excess
      ...visit('2017-01-03T18:40', '2017-01-03T19:20'), // day 20 + evening 20 → paid
      ...visit('2017-01-06T23:00', '2017-01-06T23:40'), // per visit: never capped
    ];
    const doc = computeStatements(data, '2017-01');
    expect(lineOf(doc)).toEqual({
      client: 'c1',
      orderedMinutes: 60,
      capMinutes: 66,
      performedMinutes: 70,
      declinedPaidMinutes: 30,
      deviationMinutes: 0,
      payableMinutes: 66,
      excessMinutes: 34,
      perVisitCount: 1,
      parts: [
        // 46 × 400 kr / 60 = 306.666… kr → 30 667 öre; 20 × 500 / 60 = 166.666… → 16 667.
        { price: 'per_hour', band: 'day', category: 'care', minutes: 46, rateOre: 40000, amountOre: 30667 },
        { price: 'per_hour', band: 'evening', category: 'care', minutes: 20, rateOre: 50000, amountOre: 16667 },
        { price: 'per_visit', band: 'night', category: 'care', count: 1, rateOre: 20000, amountOre: 20000 },
      ],
      amountOre: 67334,
    });
    // Excess parts rounded once each: day 4 → 2 667, evening 30 → 25 000.
    expect(statementOf(doc).excess).toEqual([{ client: 'c1', minutes: 34, amountOre: 27667, status: 'pending' }]);
  });

  it('pays minutes in a per_visit band at the per_hour band the visit began in', () => {
    const data = capData();
    data.orders = data.orders.map((o) => ({ ...o, hoursPerMonth: { personal_care: 10 } }));
    data.registrations = visit('2017-01-03T21:30', '2017-01-03T22:30');
    expect(lineOf(computeStatements(data, '2017-01')).parts).toEqual([
      { price: 'per_hour', band: 'evening', category: 'care', minutes: 60, rateOre: 50000, amountOre: 50000 },
    ]);
  });

  it('pays approved excess of M−1 in M at M−1 values; rejected never; the last review counts', () => {
    const data = capData();
    data.municipality.rates.push({ from: '2017-02-01', band: 'evening', price: 'per_hour', ore: 90000 });
    data.registrations = [...visit('2017-01-03T18:40', '2017-01-03T19:20'), ...visit('2017-01-05T19:00', '2017-01-05T19:30')];
    data.excessReviews = [
      { client: 'c1', provider: 'p1', month: '2017-01', decision: 'rejected', reason: 'no' },
      { client: 'c1', provider: 'p1', month: '2017-01', decision: 'approved', reason: 'yes after all' },
    ];
    // January: 70 minutes, cap 66 → 4 evening minutes excess at 500 kr/h = 3 333 öre.
    expect(statementOf(computeStatements(data, '2017-01')).excess).toEqual([
      { client: 'c1', minutes: 4, amountOre: 3333, status: 'approved' },
    ]);
    const feb = statementOf(computeStatements(data, '2017-02'));
    expect(feb.approvedExcess).toEqual([{ client: 'c1', fromMonth: '2017-01', minutes: 4, amountOre: 3333 }]);
    expect(feb.totalOre).toBe(3333);
    // Only M−1's excess is paid in M.
    expect(statementOf(computeStatements(data, '2017-03')).approvedExcess).toEqual([]);
    data.excessReviews.reverse();
    expect(statementOf(computeStatements(data, '2017-01')).excess[0]?.status).toBe('rejected');
    expect(statementOf(computeStatements(data, '2017-02')).approvedExcess).toEqual([]);
  });

  it('gives a provider a statement for approved excess alone, with no line for the client', () => {
    const data = capData();
    data.orders = data.orders.map((o) => ({ ...o, to: '2017-01-31' }));
    data.registrations = visit('2017-01-03T08:00', '2017-01-03T09:30');
    data.excessReviews = [{ client: 'c1', provider: 'p1', month: '2017-01', decision: 'approved', reason: 'ok' }];
    const feb = statementOf(computeStatements(data, '2017-02'));
    expect(feb.lines).toEqual([]);
    // 90 − 66 = 24 minutes at 400 kr/h.
    expect(feb.approvedExcess).toEqual([{ client: 'c1', fromMonth: '2017-01', minutes: 24, amountOre: 16000 }]);
  });
});
