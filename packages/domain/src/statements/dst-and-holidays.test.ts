import { describe, expect, it } from 'vitest';
import type { Band } from '../model/care-data.ts';
import { analyseMonth } from './analyse.ts';
import { computeStatements } from './compute.ts';
import { baseData, visit } from './test-support/builder.ts';
import { lineOf, statementOf } from './test-support/lookup.ts';

const ALL = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const HOURLY: Band[] = [
  { id: 'day', from: '07:00', to: '22:00', days: [...ALL], price: 'per_hour', precedence: 1 },
  { id: 'night', from: '22:00', to: '07:00', days: [...ALL], price: 'per_hour', precedence: 1 },
  { id: 'holiday', from: '00:00', to: '00:00', days: ['holiday'], price: 'per_hour', precedence: 2 },
];

function hourlyData() {
  const data = baseData({
    bands: HOURLY,
    rates: [
      { from: '2016-01-01', band: 'day', price: 'per_hour', ore: 40000 },
      { from: '2016-01-01', band: 'night', price: 'per_hour', ore: 60000 },
      { from: '2016-01-01', band: 'holiday', price: 'per_hour', ore: 70000 },
    ],
  });
  data.orders = data.orders.map((o) => ({ ...o, hoursPerMonth: { personal_care: 40 } }));
  return data;
}

describe('DST days (R-3: real minutes)', () => {
  it('pays 60 minutes for 01:30–03:30 on the last Sunday of March', () => {
    const data = hourlyData();
    data.registrations = visit('2017-03-26T01:30:00+01:00', '2017-03-26T03:30:00+02:00');
    const line = lineOf(computeStatements(data, '2017-03'));
    expect(line.performedMinutes).toBe(60);
    expect(line.parts).toEqual([{ price: 'per_hour', band: 'night', category: 'care', minutes: 60, rateOre: 60000, amountOre: 60000 }]);
  });

  it('pays 180 minutes for 01:30–03:30 on the last Sunday of October', () => {
    const data = hourlyData();
    data.registrations = visit('2017-10-29T01:30:00+02:00', '2017-10-29T03:30:00+01:00');
    const doc = computeStatements(data, '2017-10');
    expect(lineOf(doc).performedMinutes).toBe(180);
    expect(analyseMonth(data, '2017-10').visits.map((v) => v.endMinute - v.startMinute)).toEqual([180]);
  });

  it('writes exception times with the offset in force at that instant', () => {
    const data = hourlyData();
    data.registrations = visit('2017-10-29T02:30:00+02:00', '2017-10-29T02:10:00+01:00').slice(0, 1);
    expect(statementOf(computeStatements(data, '2017-10')).exceptions[0]?.at).toBe('2017-10-29T02:30:00+02:00');
  });
});

describe('a visit across midnight into a holiday', () => {
  it('splits at midnight into the holiday band and dates the visit by its arrival', () => {
    const data = hourlyData();
    // 2016-12-31 (an eve, counted as holiday by default) → 2017-01-01 (New Year's Day).
    data.orders = data.orders.map((o) => ({ ...o, from: '2016-12-01' }));
    data.registrations = visit('2016-12-30T23:30', '2016-12-31T00:30');
    const dec = lineOf(computeStatements(data, '2016-12'));
    expect(dec.parts.map((p) => (p.price === 'per_hour' ? [p.band, p.minutes] : null))).toEqual([
      ['holiday', 30],
      ['night', 30],
    ]);
    data.municipality.holidayEves = [];
    const plain = lineOf(computeStatements(data, '2016-12'));
    expect(plain.parts.map((p) => (p.price === 'per_hour' ? [p.band, p.minutes] : null))).toEqual([['night', 60]]);
  });

  it('belongs to the month of its arrival', () => {
    const data = hourlyData();
    data.orders = data.orders.map((o) => ({ ...o, from: '2016-12-01' }));
    data.municipality.holidayEves = [];
    data.registrations = visit('2016-12-31T23:00', '2017-01-01T01:00');
    expect(lineOf(computeStatements(data, '2016-12')).parts).toEqual([
      { price: 'per_hour', band: 'night', category: 'care', minutes: 60, rateOre: 60000, amountOre: 60000 },
      { price: 'per_hour', band: 'holiday', category: 'care', minutes: 60, rateOre: 70000, amountOre: 70000 },
    ].sort((a, b) => (a.band < b.band ? -1 : 1)));
    expect(lineOf(computeStatements(data, '2017-01')).performedMinutes).toBe(0);
  });
});
