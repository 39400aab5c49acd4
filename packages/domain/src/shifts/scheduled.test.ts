import { describe, expect, it } from 'vitest';
import { scheduledShifts } from './scheduled.ts';
import type { PatternShift } from './shifts-of-day.ts';

const week = (staff: string, weekday: PatternShift['weekday'], start: string, end: string): PatternShift => ({ staff, weekday, start, end, skills: [] });

describe('scheduledShifts', () => {
  const pattern = [week('a', 'sat', '07:00', '16:00'), week('a', 'sun', '16:00', '24:00'), week('b', 'sun', '07:00', '12:00')];

  it('places the pattern in the time zone, across the autumn change of summer time and midnight', () => {
    // 2026-10-25 is the Sunday summer time ends in Stockholm.
    expect(scheduledShifts(['a', 'b'], ['2026-10-24', '2026-10-25'], pattern, [], [], 'Europe/Stockholm')).toEqual([
      { staff: 'a', from: '2026-10-24T07:00:00+02:00', to: '2026-10-24T16:00:00+02:00' },
      { staff: 'a', from: '2026-10-25T16:00:00+01:00', to: '2026-10-26T00:00:00+01:00' },
      { staff: 'b', from: '2026-10-25T07:00:00+01:00', to: '2026-10-25T12:00:00+01:00' },
    ]);
  });

  it('takes an exception day as the planner does: a day off has no shift, other hours stand instead', () => {
    const exceptions = [
      { staff: 'a', date: '2026-10-24', reason: 'sick' as const, note: '' },
      { staff: 'a', date: '2026-10-25', reason: 'course' as const, note: '' },
    ];
    const own = [{ staff: 'a', date: '2026-10-25', start: '08:00', end: '12:00', skills: [] }];
    expect(scheduledShifts(['a'], ['2026-10-24', '2026-10-25'], pattern, exceptions, own, 'Europe/Stockholm')).toEqual([
      { staff: 'a', from: '2026-10-25T08:00:00+01:00', to: '2026-10-25T12:00:00+01:00' },
    ]);
  });
});
