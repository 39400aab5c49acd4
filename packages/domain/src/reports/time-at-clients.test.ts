import { describe, expect, it } from 'vitest';
import type { CareData } from '../model/care-data.ts';
import { analyseMonth } from '../statements/analyse.ts';
import { visit } from '../statements/test-support/builder.ts';
import { computeTimeAtClients, timeAtClientsByUnit } from './time-at-clients.ts';
import { baseData, withClients } from './test-support.ts';

const clients = [
  { id: 'c1', born: '1940-01-01' },
  { id: 'c2', born: '1940-01-01' },
];

function report(data: CareData, month: string) {
  return computeTimeAtClients(data, month, analyseMonth(data, month).visits);
}

describe('time at clients (R-17)', () => {
  it('sets the visit minutes not held for overlap against the minutes of shifts starting in the month', () => {
    const data: CareData = {
      ...withClients(baseData(), clients),
      registrations: [
        // s1 at c1 (ordered): 45 + 90 minutes; a night visit (per-visit band) counts its 20 minutes.
        ...visit('2017-04-03T08:00:00+02:00', '2017-04-03T08:45:00+02:00', { client: 'c1', staff: 's1' }),
        ...visit('2017-04-04T10:00:00+02:00', '2017-04-04T11:30:00+02:00', { client: 'c1', staff: 's1' }),
        ...visit('2017-04-05T23:00:00+02:00', '2017-04-05T23:20:00+02:00', { client: 'c1', staff: 's1' }),
        // s2 with c1 on 4 April, not ordered as double staffing: held minutes still count, 60.
        ...visit('2017-04-04T10:00:00+02:00', '2017-04-04T11:00:00+02:00', { client: 'c1', staff: 's2' }),
        // s2's two overlapping visits on 6 April are both held for overlap: 0.
        ...visit('2017-04-06T09:00:00+02:00', '2017-04-06T10:00:00+02:00', { client: 'c1', staff: 's2' }),
        ...visit('2017-04-06T09:30:00+02:00', '2017-04-06T10:15:00+02:00', { client: 'c2', staff: 's2' }),
        // s3 at c2, who has no order: held for no_active_order, counts, 30 (seconds dropped: 30, not 29½).
        ...visit('2017-04-07T09:00:30+02:00', '2017-04-07T09:30:00+02:00', { client: 'c2', staff: 's3' }),
        // 22:10 UTC on 30 April is 00:10 local on 1 May: dated in May, not April.
        ...visit('2017-04-30T22:10:00Z', '2017-04-30T22:30:00Z', { client: 'c1', staff: 's1' }),
        // Dated in April, leaving in May: 40.
        ...visit('2017-04-30T23:40:00+02:00', '2017-05-01T00:20:00+02:00', { client: 'c2', staff: 's3' }),
      ],
      shifts: [
        { staff: 's1', from: '2017-04-03T07:00:59+02:00', to: '2017-04-03T16:00:30+02:00' }, // 540
        { staff: 's1', from: '2017-04-10T22:00:00+02:00', to: '2017-04-11T06:30:00+02:00' }, // across midnight: 510
        { staff: 's2', from: '2017-03-31T22:00:00+02:00', to: '2017-04-01T06:00:00+02:00' }, // starts in March
        { staff: 's2', from: '2017-04-30T22:00:00+02:00', to: '2017-05-01T07:00:00+02:00' }, // starts in April: 540
        { staff: 's3', from: '2017-04-07T08:00:00+02:00', to: '2017-04-07T12:00:00+02:00' }, // 240
        { staff: 's3', from: '2017-04-07T08:00:00+02:00', to: '2017-04-07T12:00:00+02:00' }, // given twice: counted twice
        { staff: 't1', from: '2017-04-12T07:00:00+02:00', to: '2017-04-12T15:00:00+02:00' }, // p2: 480, no visits
      ],
    };
    // p1: visits 45 + 90 + 20 + 60 + 30 + 40 = 285; shifts 540 + 510 + 540 + 240 + 240 = 2070;
    // 285 / 2070 = 13.768… % → 13.8.
    expect(report(data, '2017-04')).toEqual({
      format: 'hemma-time-at-clients/1',
      municipality: 'm',
      month: '2017-04',
      providers: [
        { provider: 'p1', visitMinutes: 285, shiftMinutes: 2070, percent: 13.8 },
        { provider: 'p2', visitMinutes: 0, shiftMinutes: 480, percent: 0 },
      ],
    });
  });

  it('counts real minutes across the change to winter time, and null without shifts', () => {
    const data: CareData = {
      ...withClients(baseData(), clients),
      registrations: [
        // 01:30–03:30 local on 29 October 2017 lasts 180 minutes.
        ...visit('2017-10-29T01:30:00+02:00', '2017-10-29T03:30:00+01:00', { client: 'c1', staff: 's1' }),
        ...visit('2017-10-29T09:00:00+01:00', '2017-10-29T10:00:00+01:00', { client: 'c1', staff: 't1' }),
      ],
      // 22:00 to 07:00 local over the change: ten hours.
      shifts: [{ staff: 's1', from: '2017-10-28T22:00:00+02:00', to: '2017-10-29T07:00:00+01:00' }],
    };
    expect(report(data, '2017-10').providers).toEqual([
      { provider: 'p1', visitMinutes: 180, shiftMinutes: 600, percent: 30 },
      { provider: 'p2', visitMinutes: 60, shiftMinutes: 0, percent: null },
    ]);
  });

  it('rounds the percent half up', () => {
    // 1 / 16 = 6.25 % → 6.3
    const data: CareData = {
      ...withClients(baseData(), clients),
      registrations: visit('2017-04-03T08:00:00+02:00', '2017-04-03T08:01:00+02:00', { client: 'c1', staff: 's1' }),
      shifts: [{ staff: 's1', from: '2017-04-03T08:00:00+02:00', to: '2017-04-03T08:16:00+02:00' }],
    };
    expect(report(data, '2017-04').providers).toEqual([{ provider: 'p1', visitMinutes: 1, shiftMinutes: 16, percent: 6.3 }]);
  });

  it('lists no provider in a month without visits or shifts', () => {
    expect(report({ ...withClients(baseData(), clients), shifts: [] }, '2017-04').providers).toEqual([]);
  });

  it('gives the same figures per unit, leaving out staff without one', () => {
    const base = baseData();
    const data: CareData = {
      ...withClients(base, clients),
      staff: base.staff.map((s) => (s.id === 's1' || s.id === 's2' ? { ...s, unit: 'u1' } : s)),
      registrations: [
        ...visit('2017-04-03T08:00:00+02:00', '2017-04-03T08:45:00+02:00', { client: 'c1', staff: 's1' }),
        ...visit('2017-04-03T09:00:00+02:00', '2017-04-03T09:30:00+02:00', { client: 'c1', staff: 's3' }),
      ],
      shifts: [{ staff: 's2', from: '2017-04-03T07:00:00+02:00', to: '2017-04-03T11:00:00+02:00' }],
    };
    expect(timeAtClientsByUnit(data, '2017-04', analyseMonth(data, '2017-04').visits)).toEqual([
      { unit: 'u1', provider: 'p1', figures: { visitMinutes: 45, shiftMinutes: 240, percent: 18.8 } },
    ]);
  });
});
