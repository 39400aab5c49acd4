import { describe, expect, it } from 'vitest';
import type { Registration } from '../model/care-data.ts';
import { computeContinuity14 } from './continuity-14.ts';
import { arrive, baseData, dates, withClients } from './test-support.ts';

// 20 March – 2 April 2017: the clocks go forward on 26 March, so the fourteen local days are
// read across the change.
const FROM = '2017-03-20';
const DAYS = dates(FROM, 14);

/** Two ordinary daytime meetings on each of the fourteen days, staff taken in turn from `staff`. */
function everyDay(client: string, staff: string[], times: [string, string] = ['08:00', '21:59']): Registration[] {
  let turn = 0;
  return DAYS.flatMap((date) => times.map((time) => arrive(client, staff[turn++ % staff.length] ?? 's1', date, time)));
}

const clients = [
  { id: 'cA', born: '1937-08-01' }, // 79
  { id: 'cB', born: '1952-03-20' }, // turns 65 on the first day: 65
  { id: 'cC', born: '1952-03-21' }, // turns 65 on the second day: 64 on the first
  { id: 'cD', born: '1930-01-01' },
  { id: 'cE', born: '1930-01-01' },
  { id: 'cF', born: '1930-01-01' },
];

describe('the national 14-day continuity indicator (R-16)', () => {
  it('takes clients 65+ with two ordinary daytime meetings on each day, from any provider, and the median of their staff', () => {
    const registrations = [
      // cA: s1, s2 (p1) and t1 (p2) in turn → 3; alarm responses, meal deliveries and meetings
      // outside 07:00–22:00 neither make it eligible nor add staff.
      ...everyDay('cA', ['s1', 's2', 't1']),
      arrive('cA', 's3', '2017-03-22', '12:00', { purpose: 'alarm_response' }),
      arrive('cA', 's3', '2017-03-23', '12:00', { purpose: 'meal_delivery' }),
      arrive('cA', 's3', '2017-03-24', '06:59'),
      arrive('cA', 's3', '2017-03-24', '22:00'),
      arrive('cA', 's3', '2017-04-03', '12:00'), // the day after the period
      arrive('cA', 's3', '2017-03-19', '12:00'), // the day before
      // cB: 65 on the first day; s1 and s3 → 2.
      ...everyDay('cB', ['s1', 's3'], ['07:00', '12:00']),
      // cC: everything, but 64 on the first day.
      ...everyDay('cC', ['s1']),
      // cD: the second meeting of 27 March is at 22:00, so that day has one.
      ...everyDay('cD', ['s1']).filter((r) => r.at !== '2017-03-27T21:59:00+02:00'),
      arrive('cD', 's1', '2017-03-27', '22:00'),
      // cE: on 30 March the second meeting is an alarm response, and a meal delivery comes too.
      ...everyDay('cE', ['s1']).filter((r) => r.at !== '2017-03-30T21:59:00+02:00'),
      arrive('cE', 's2', '2017-03-30', '13:00', { purpose: 'alarm_response' }),
      arrive('cE', 's2', '2017-03-30', '14:00', { purpose: 'meal_delivery' }),
      // cF: two meetings a day but none on 2 April, three on 1 April.
      ...everyDay('cF', ['s1']).filter((r) => !r.at.startsWith('2017-04-02')),
      arrive('cF', 's2', '2017-04-01', '10:00'),
    ];
    const data = { ...withClients(baseData(), clients), registrations };
    expect(computeContinuity14(data, FROM)).toEqual({
      format: 'hemma-continuity14/1',
      municipality: 'm',
      from: '2017-03-20',
      to: '2017-04-02',
      clients: [
        { client: 'cA', staff: 3 },
        { client: 'cB', staff: 2 },
      ],
      median: 2.5,
    });
  });

  it('reads the days in local time: 23:30 UTC on the last day is the next local day', () => {
    // Two meetings on each day, the second of the last day given in UTC: 2 April 21:30 UTC is
    // 23:30 local (outside the daytime hours), so that day has one.
    const base = everyDay('cA', ['s1']).filter((r) => r.at !== '2017-04-02T21:59:00+02:00');
    const data = { ...withClients(baseData(), clients.slice(0, 1)), registrations: [...base, arrive('cA', 's2', '2017-04-02', '20:00')] };
    expect(computeContinuity14(data, FROM).clients).toEqual([{ client: 'cA', staff: 2 }]);
    const late = { ...data, registrations: [...base, { ...arrive('cA', 's2', '2017-04-02', '20:00'), at: '2017-04-02T21:30:00Z' }] };
    expect(computeContinuity14(late, FROM)).toMatchObject({ clients: [], median: null });
  });

  it('counts two staff arriving together as two meetings', () => {
    const together = DAYS.flatMap((date) => [arrive('cA', 's1', date, '09:00'), arrive('cA', 's2', date, '09:00')]);
    const data = { ...withClients(baseData(), clients.slice(0, 1)), registrations: together };
    expect(computeContinuity14(data, FROM)).toMatchObject({ clients: [{ client: 'cA', staff: 2 }], median: 2 });
  });

  it('gives a null median when no client is eligible', () => {
    expect(computeContinuity14({ ...withClients(baseData(), clients), registrations: [] }, '2017-04-03')).toEqual({
      format: 'hemma-continuity14/1',
      municipality: 'm',
      from: '2017-04-03',
      to: '2017-04-16',
      clients: [],
      median: null,
    });
  });
});
