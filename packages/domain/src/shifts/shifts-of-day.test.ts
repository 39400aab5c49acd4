import { describe, expect, it } from 'vitest';
import { overlappingShifts, shiftsOfDay, type PatternShift } from './shifts-of-day.ts';

// 2017-05-16 is a Tuesday.
const pattern: PatternShift[] = [
  { staff: 's1', weekday: 'tue', start: '07:00', end: '15:00', skills: [] },
  { staff: 's1', weekday: 'wed', start: '07:00', end: '15:00', skills: [] },
  { staff: 's2', weekday: 'tue', start: '15:00', end: '22:00', skills: ['insulin'] },
  { staff: 's2', weekday: 'tue', start: '06:00', end: '09:00', skills: [] },
];

describe('shiftsOfDay', () => {
  it('takes the weekday\'s pattern, sorted by staff and start', () => {
    expect(shiftsOfDay('2017-05-16', pattern, new Set(), [])).toEqual([
      { staff: 's1', start: '07:00', end: '15:00', skills: [], source: 'pattern' },
      { staff: 's2', start: '06:00', end: '09:00', skills: [], source: 'pattern' },
      { staff: 's2', start: '15:00', end: '22:00', skills: ['insulin'], source: 'pattern' },
    ]);
    expect(shiftsOfDay('2017-05-18', pattern, new Set(), [])).toEqual([]);
  });

  it('lets a day off replace the pattern of that staff member only', () => {
    expect(shiftsOfDay('2017-05-16', pattern, new Set(['s2']), []).map((s) => s.staff)).toEqual(['s1']);
  });

  it('lets shifts of the day stand instead of the pattern, marked or not', () => {
    const day = [{ staff: 's1', start: '10:00', end: '14:00', skills: ['lift'] }, { staff: 's3', start: '08:00', end: '12:00', skills: [] }];
    expect(shiftsOfDay('2017-05-16', pattern, new Set(['s1']), day)).toEqual([
      { staff: 's1', start: '10:00', end: '14:00', skills: ['lift'], source: 'exception' },
      { staff: 's2', start: '06:00', end: '09:00', skills: [], source: 'pattern' },
      { staff: 's2', start: '15:00', end: '22:00', skills: ['insulin'], source: 'pattern' },
      { staff: 's3', start: '08:00', end: '12:00', skills: [], source: 'exception' },
    ]);
  });
});

describe('overlappingShifts', () => {
  it('finds shifts sharing a minute, and lets shifts meet end to start', () => {
    expect(overlappingShifts([{ start: '07:00', end: '12:00' }, { start: '12:00', end: '24:00' }])).toBeUndefined();
    expect(overlappingShifts([{ start: '07:00', end: '12:00' }, { start: '13:00', end: '15:00' }, { start: '11:59', end: '12:30' }])).toEqual([0, 2]);
    expect(overlappingShifts([])).toBeUndefined();
  });
});
