import { describe, expect, it } from 'vitest';
import { computeContinuity } from './continuity.ts';
import { arrive, baseData, local, registration, withClients } from './test-support.ts';

const clients = [
  { id: 'c1', born: '1940-01-01' },
  { id: 'c2', born: '1950-06-15' },
  { id: 'c3', born: '1990-02-02' },
];

describe('continuity of a month (R-16)', () => {
  it('counts distinct staff per client, per provider with its own staff only, and in total', () => {
    const corrected = arrive('c3', 's2', '2017-04-12', '09:00');
    const voided = arrive('c3', 's3', '2017-04-13', '09:00');
    const data = {
      ...withClients(baseData(), clients),
      registrations: [
        // c1 is met by two providers: s1 twice, s2, and t1 of p2.
        arrive('c1', 's1', '2017-04-03', '08:00'),
        arrive('c1', 's1', '2017-04-04', '08:00'),
        arrive('c1', 's2', '2017-04-05', '08:00', { purpose: 'alarm_response' }), // all purposes count here
        arrive('c1', 't1', '2017-04-06', '08:00'),
        registration('leave', local('2017-04-06', '09:00'), { client: 'c1', staff: 's3' }), // a leave is no meeting
        // c2: s1 alone; the arrive of 1 April 00:30 local (31 March 22:30 UTC) is in April.
        arrive('c2', 's1', '2017-04-01', '00:30'),
        registration('arrive', '2017-04-30T22:30:00Z', { client: 'c2', staff: 's2' }), // 1 May local: not April
        registration('arrive', '2017-03-31T23:59:59+02:00', { client: 'c2', staff: 's3' }), // 31 March local
        // c3: the correction's staff counts, the corrected and the voided do not.
        corrected,
        registration('arrive', local('2017-04-12', '09:00'), { client: 'c3', staff: 's3', corrects: corrected.id }),
        voided,
        registration('void', local('2017-04-13', '10:00'), { client: 'c3', staff: 's3', corrects: voided.id }),
        arrive('c3', 's1', '2017-04-30', '23:59'),
      ],
    };
    expect(computeContinuity(data, '2017-04')).toEqual({
      format: 'hemma-continuity/1',
      municipality: 'm',
      month: '2017-04',
      clients: [
        { client: 'c1', staff: 3 },
        { client: 'c2', staff: 1 },
        { client: 'c3', staff: 2 },
      ],
      providers: [
        // p1: c1 {s1, s2} = 2, c2 {s1} = 1, c3 {s3, s1} = 2 → mean 5/3, median 2.
        { provider: 'p1', clients: 3, mean: 1.67, median: 2, max: 2 },
        { provider: 'p2', clients: 1, mean: 1, median: 1, max: 1 },
      ],
      // 3, 1, 2
      total: { clients: 3, mean: 2, median: 2, max: 3 },
    });
  });

  it('takes the mean of the two middle values for an even count', () => {
    const data = {
      ...withClients(baseData(), clients.slice(0, 2)),
      registrations: [
        arrive('c1', 's1', '2017-04-03', '08:00'),
        arrive('c1', 's2', '2017-04-03', '08:00'), // two staff arriving together: two meetings
        arrive('c2', 's1', '2017-04-03', '09:00'),
      ],
    };
    const doc = computeContinuity(data, '2017-04');
    expect(doc.total).toEqual({ clients: 2, mean: 1.5, median: 1.5, max: 2 });
    expect(doc.providers).toEqual([{ provider: 'p1', clients: 2, mean: 1.5, median: 1.5, max: 2 }]);
  });

  it('reports no meetings as nulls and no providers', () => {
    const data = { ...withClients(baseData(), clients), registrations: [arrive('c1', 's1', '2017-05-01', '08:00')] };
    expect(computeContinuity(data, '2017-04')).toEqual({
      format: 'hemma-continuity/1',
      municipality: 'm',
      month: '2017-04',
      clients: [],
      providers: [],
      total: { clients: 0, mean: null, median: null, max: null },
    });
  });

  it('counts an arrive stored twice under one id once, and lists ids in code-unit order', () => {
    const first = arrive('c1', 's1', '2017-04-03', '08:00');
    const data = {
      ...withClients(baseData(), [{ id: 'c10', born: '1940-01-01' }, { id: 'C2', born: '1940-01-01' }]),
      registrations: [{ ...first, client: 'c10' }, { ...first, client: 'c10' }, arrive('C2', 's2', '2017-04-03', '09:00')],
    };
    expect(computeContinuity(data, '2017-04').clients).toEqual([
      { client: 'C2', staff: 1 },
      { client: 'c10', staff: 1 },
    ]);
  });
});
