import { describe, expect, it } from 'vitest';
import type { Deviation } from '../model/care-data.ts';
import { computeStatements } from './compute.ts';
import { baseData, visit } from './test-support/builder.ts';
import { lineOf, statementOf } from './test-support/lookup.ts';

function grantedData() {
  const data = baseData({
    model: 'granted_time',
    rates: [
      { from: '2016-01-01', band: 'day', price: 'per_hour', ore: 45000 },
      { from: '2016-01-01', band: 'day', price: 'per_hour', category: 'service', ore: 38000 },
    ],
  });
  data.orders = [
    { id: 'o1', client: 'c1', provider: 'p1', from: '2017-01-01', to: null, hoursPerMonth: { personal_care: 10, service: 2 }, doubleStaffing: false },
  ];
  return data;
}

const deviation = (minutes: number, status: Deviation['status'], category?: Deviation['category'], client = 'c1'): Deviation => ({
  id: `dv${minutes}${status}${category ?? ''}${client}`,
  client,
  provider: 'p1',
  month: '2017-01',
  minutes,
  reason: 'other',
  comment: '',
  category,
  status,
});

describe('granted_time (R-12), hand-computed', () => {
  it('splits ordered minutes into service and care and adds approved deviations per category', () => {
    const data = grantedData();
    data.deviations = [deviation(-240, 'approved'), deviation(30, 'approved', 'service'), deviation(-100, 'rejected'), deviation(-30, 'reported')];
    const doc = computeStatements(data, '2017-01');
    expect(lineOf(doc)).toEqual({
      client: 'c1',
      orderedMinutes: 720,
      capMinutes: null,
      performedMinutes: 0,
      declinedPaidMinutes: 0,
      deviationMinutes: -210,
      payableMinutes: 510,
      excessMinutes: 0,
      perVisitCount: 0,
      parts: [
        { price: 'per_hour', band: 'day', category: 'care', minutes: 360, rateOre: 45000, amountOre: 270000 },
        { price: 'per_hour', band: 'day', category: 'service', minutes: 150, rateOre: 38000, amountOre: 95000 },
      ],
      amountOre: 365000,
    });
    expect(statementOf(doc).undecidedDeviations).toBe(1);
  });

  it('floors each category at 0 on its own, while deviationMinutes stays the plain sum', () => {
    const data = grantedData();
    data.deviations = [deviation(-700, 'approved', 'care'), deviation(30, 'approved', 'service')];
    const line = lineOf(computeStatements(data, '2017-01'));
    expect(line.deviationMinutes).toBe(-670);
    expect(line.payableMinutes).toBe(150);
    expect(line.parts.map((p) => [p.price === 'per_month' ? p.area : p.category, p.price === 'per_hour' ? p.minutes : 0])).toEqual([['service', 150]]);
  });

  it('prorates each order, rounding the service share per order', () => {
    const data = grantedData();
    data.orders = data.orders.map((o) => ({ ...o, from: '2017-01-16' }));
    // 16 of 31 days: 720 × 16/31 = 371.6 → 372; service 120 × 16/31 = 61.9 → 62; care 310.
    const line = lineOf(computeStatements(data, '2017-01'));
    expect(line.orderedMinutes).toBe(372);
    expect(line.parts.map((p) => (p.price === 'per_hour' ? [p.category, p.minutes] : null))).toEqual([
      ['care', 310],
      ['service', 62],
    ]);
  });

  it('gives a deviation of the month a line without an order, and registrations no line and no exceptions', () => {
    const data = grantedData();
    data.deviations = [deviation(60, 'approved', undefined, 'c2')];
    data.registrations = [...visit('2017-01-10T08:00', '2017-01-10T09:00', { client: 'c2' }), ...visit('2017-01-10T08:30', '2017-01-10T09:00', { client: 'c1' })];
    const doc = computeStatements(data, '2017-01');
    const s = statementOf(doc);
    expect(s.lines.map((l) => l.client)).toEqual(['c1', 'c2']);
    expect(lineOf(doc, 'c2')).toMatchObject({ orderedMinutes: 0, deviationMinutes: 60, payableMinutes: 60 });
    expect(s.exceptions).toEqual([]);
    expect(s.registrations).toBe(4);
    expect(s.excess).toEqual([]);
  });

  it('shows minutes without a rate as payable but gives them no part', () => {
    const data = grantedData();
    data.municipality.rates = [{ from: '2016-01-01', band: 'day', price: 'per_hour', category: 'service', ore: 38000 }];
    const line = lineOf(computeStatements(data, '2017-01'));
    expect(line.payableMinutes).toBe(720);
    expect(line.parts).toEqual([{ price: 'per_hour', band: 'day', category: 'service', minutes: 120, rateOre: 38000, amountOre: 76000 }]);
  });
});
