import { describe, expect, it } from 'vitest';
import { computeStatements } from './compute.ts';
import { baseData, registration, visit } from './test-support/builder.ts';
import { lineOf, statementOf } from './test-support/lookup.ts';

describe('exceptions (R-5), hand-computed', () => {
  it('lists missing_leave and missing_arrive at their truncated local time and pays the rest', () => {
    const data = baseData();
    const lonely = registration('arrive', '2017-01-10T08:00:45+01:00');
    const stray = registration('leave', '2017-01-11T09:00:00+01:00');
    data.registrations = [stray, lonely, ...visit('2017-01-10T10:00', '2017-01-10T10:30')];
    const doc = computeStatements(data, '2017-01');
    expect(statementOf(doc).exceptions).toEqual([
      { type: 'missing_leave', client: 'c1', staff: 's1', registration: lonely.id, at: '2017-01-10T08:00:00+01:00' },
      { type: 'missing_arrive', client: 'c1', staff: 's1', registration: stray.id, at: '2017-01-11T09:00:00+01:00' },
    ]);
    expect(lineOf(doc).performedMinutes).toBe(30);
    expect(statementOf(doc).registrations).toBe(4);
  });

  it('holds both visits of an overlap, at different clients, and gives a client without order a line', () => {
    const data = baseData();
    data.registrations = [...visit('2017-01-10T08:00', '2017-01-10T09:00'), ...visit('2017-01-10T08:30', '2017-01-10T09:00', { client: 'c2' })];
    const arriveA = data.registrations[0];
    const arriveB = data.registrations[2];
    const doc = computeStatements(data, '2017-01');
    expect(statementOf(doc).exceptions.map((e) => [e.type, e.client, e.registration])).toEqual([
      ['overlap', 'c1', arriveA?.id],
      ['overlap', 'c2', arriveB?.id],
      ['no_active_order', 'c2', arriveB?.id],
    ]);
    expect(lineOf(doc).performedMinutes).toBe(0);
    expect(lineOf(doc, 'c2')).toMatchObject({ orderedMinutes: 0, capMinutes: 0, performedMinutes: 0, parts: [], amountOre: 0 });
  });

  it('holds the minutes of a later colleague that overlap earlier visits, counting colleagues held for double staffing', () => {
    const data = baseData();
    data.registrations = [
      ...visit('2017-01-10T08:00', '2017-01-10T09:00', { staff: 's1' }),
      ...visit('2017-01-10T08:30', '2017-01-10T09:30', { staff: 's2' }),
      ...visit('2017-01-10T08:45', '2017-01-10T09:45', { staff: 's3' }),
    ];
    const doc = computeStatements(data, '2017-01');
    expect(statementOf(doc).exceptions.map((e) => [e.type, e.staff, 'minutes' in e ? e.minutes : null])).toEqual([
      ['unordered_double_staffing', 's2', 30],
      ['unordered_double_staffing', 's3', 45],
    ]);
    // 60 + (60 − 30) + (60 − 45)
    expect(lineOf(doc).performedMinutes).toBe(105);
    expect(Object.keys(statementOf(doc).exceptions[0] ?? {})).toEqual(['type', 'client', 'staff', 'registration', 'minutes', 'at']);
  });

  it('pays both staff when the order has double staffing', () => {
    const data = baseData();
    data.orders = data.orders.map((o) => ({ ...o, doubleStaffing: true }));
    data.registrations = [
      ...visit('2017-01-10T08:00', '2017-01-10T09:00', { staff: 's1' }),
      ...visit('2017-01-10T08:30', '2017-01-10T09:30', { staff: 's2' }),
    ];
    const doc = computeStatements(data, '2017-01');
    expect(statementOf(doc).exceptions).toEqual([]);
    expect(lineOf(doc).performedMinutes).toBe(120);
  });

  it('ignores colleagues of other providers and colleagues held for overlap', () => {
    const data = baseData();
    data.registrations = [
      ...visit('2017-01-10T08:00', '2017-01-10T09:00', { staff: 't1' }), // provider p2, no order there
      ...visit('2017-01-10T08:10', '2017-01-10T08:50', { staff: 's1' }),
      ...visit('2017-01-10T08:20', '2017-01-10T08:30', { staff: 's1', client: 'c2' }), // s1 overlaps itself
      ...visit('2017-01-10T08:15', '2017-01-10T08:45', { staff: 's2' }),
    ];
    const doc = computeStatements(data, '2017-01');
    expect(statementOf(doc).exceptions.map((e) => [e.type, e.staff, e.client])).toEqual([
      ['overlap', 's1', 'c1'],
      ['overlap', 's1', 'c2'],
      ['no_active_order', 's1', 'c2'],
    ]);
    expect(lineOf(doc).performedMinutes).toBe(30);
    expect(statementOf(doc, 'p2').exceptions.map((e) => e.type)).toEqual(['no_active_order']);
  });

  it('holds a per-visit visit whole when it overlaps an earlier colleague', () => {
    const data = baseData();
    data.registrations = [
      ...visit('2017-01-10T23:00', '2017-01-10T23:30', { staff: 's1' }),
      ...visit('2017-01-10T23:10', '2017-01-10T23:20', { staff: 's2' }),
    ];
    const doc = computeStatements(data, '2017-01');
    expect(statementOf(doc).exceptions.map((e) => [e.type, e.staff, 'minutes' in e ? e.minutes : null])).toEqual([
      ['unordered_double_staffing', 's2', 10],
    ]);
    expect(lineOf(doc).perVisitCount).toBe(1);
  });

  it('holds items without a rate as missing_rate: not priced, not counted, not capped', () => {
    const data = baseData({
      rules: [{ from: '2016-01-01', capPercent: 110, declinedAtDoorPercent: { care: 100, service: 100 } }],
      rates: [
        { from: '2016-01-01', band: 'day', price: 'per_hour', category: 'care', ore: 40000 },
        { from: '2016-01-01', band: 'night', price: 'per_visit', ore: 20000 },
      ],
    });
    const service = visit('2017-01-10T08:00', '2017-01-10T09:00', { category: 'service' });
    const declined = registration('declined_at_door', '2017-01-11T08:00:00+01:00', { plannedMinutes: 30, category: 'service' });
    data.registrations = [...service, declined, ...visit('2017-01-12T08:00', '2017-01-12T08:20')];
    const doc = computeStatements(data, '2017-01');
    expect(statementOf(doc).exceptions.map((e) => [e.type, e.registration])).toEqual([
      ['missing_rate', service[0]?.id],
      ['missing_rate', declined.id],
    ]);
    expect(lineOf(doc)).toMatchObject({ performedMinutes: 20, declinedPaidMinutes: 0, payableMinutes: 20 });
  });

  it('holds declined registrations without an active order, and gives declined-in-advance a line', () => {
    const data = baseData();
    const atDoor = registration('declined_at_door', '2017-01-11T08:00:00+01:00', { client: 'c2', plannedMinutes: 30 });
    const inAdvance = registration('declined_in_advance', '2017-01-12T08:00:00+01:00');
    data.registrations = [atDoor, inAdvance];
    const doc = computeStatements(data, '2017-01');
    expect(statementOf(doc).exceptions.map((e) => [e.type, e.registration])).toEqual([['no_active_order', atDoor.id]]);
    expect(lineOf(doc, 'c2').declinedPaidMinutes).toBe(0);
    expect(lineOf(doc).declinedPaidMinutes).toBe(0);
  });

  it('holds a per-hour visit whole when one of its bands has no rate', () => {
    const data = baseData({
      bands: [
        { id: 'day', from: '07:00', to: '22:00', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], price: 'per_hour', precedence: 1 },
        { id: 'late', from: '22:00', to: '07:00', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], price: 'per_hour', precedence: 1 },
      ],
    });
    const v = visit('2017-01-10T21:30', '2017-01-10T22:30');
    data.registrations = v;
    const doc = computeStatements(data, '2017-01');
    expect(statementOf(doc).exceptions.map((e) => [e.type, e.registration])).toEqual([['missing_rate', v[0]?.id]]);
    expect(lineOf(doc)).toMatchObject({ performedMinutes: 0, parts: [] });
  });

  it('never lets a visit of zero minutes overlap, and pays it as a per-visit item when it arrives in a per_visit band', () => {
    const data = baseData();
    data.orders.push({ id: 'o2', client: 'c2', provider: 'p1', from: '2017-01-01', to: null, hoursPerMonth: { service: 1 }, doubleStaffing: false });
    data.registrations = [...visit('2017-01-10T23:00', '2017-01-10T23:00', { client: 'c2' }), ...visit('2017-01-10T22:30', '2017-01-10T23:30')];
    const doc = computeStatements(data, '2017-01');
    expect(statementOf(doc).exceptions).toEqual([]);
    expect(lineOf(doc).perVisitCount).toBe(1);
    expect(lineOf(doc, 'c2').perVisitCount).toBe(1);
  });

  it('holds a declined-in-advance registration without an active order too', () => {
    const data = baseData();
    const inAdvance = registration('declined_in_advance', '2017-01-12T08:00:00+01:00', { client: 'c2' });
    data.registrations = [inAdvance];
    expect(statementOf(computeStatements(data, '2017-01')).exceptions.map((e) => [e.type, e.registration])).toEqual([
      ['no_active_order', inAdvance.id],
    ]);
  });

  it('gives a deviation of the month a line in performed_time too, without effect on pay', () => {
    const data = baseData();
    data.deviations = [
      { id: 'dv1', client: 'c2', provider: 'p1', month: '2017-01', minutes: 60, reason: 'other', comment: '', status: 'reported' },
    ];
    const doc = computeStatements(data, '2017-01');
    expect(lineOf(doc, 'c2')).toMatchObject({ orderedMinutes: 0, deviationMinutes: 0, payableMinutes: 0, amountOre: 0 });
    expect(statementOf(doc).undecidedDeviations).toBe(1);
  });
});
