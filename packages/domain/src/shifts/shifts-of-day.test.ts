import { describe, expect, it } from 'vitest';
import { clockMinutes, overlappingShifts, patternInForce, shiftMinutes, shiftProblem, shiftsOfDay, type PatternShift } from './shifts-of-day.ts';

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

describe('pattern versions', () => {
  const versions: PatternShift[] = [
    { staff: 's1', weekday: 'tue', start: '07:00', end: '15:00', skills: [], validFrom: null },
    { staff: 's1', weekday: 'tue', start: '13:00', end: '21:00', skills: [], validFrom: '2017-05-16' },
    { staff: 's1', weekday: 'wed', start: '13:00', end: '21:00', skills: [], validFrom: '2017-05-16' },
    { staff: 's1', weekday: 'tue', start: '09:00', end: '12:00', skills: [], validFrom: '2017-06-01' },
    { staff: 's2', weekday: 'tue', start: '08:00', end: '10:00', skills: [], validFrom: '2017-05-20' },
  ];

  it('takes, per staff member, the version with the latest start on or before the date', () => {
    expect(patternInForce(versions, '2017-05-09').map((p) => p.start)).toEqual(['07:00']);
    expect(patternInForce(versions, '2017-05-16').map((p) => `${p.weekday} ${p.start}`)).toEqual(['tue 13:00', 'wed 13:00']);
    expect(patternInForce(versions, '2017-05-31').map((p) => `${p.staff} ${p.start}`)).toEqual(['s1 13:00', 's1 13:00', 's2 08:00']);
    expect(patternInForce(versions, '2017-06-06').map((p) => `${p.staff} ${p.start}`)).toEqual(['s1 09:00', 's2 08:00']);
  });

  it('gives no pattern shifts before a staff member\'s first version', () => {
    expect(shiftsOfDay('2017-05-16', versions, new Set(), []).map((s) => `${s.staff} ${s.start}`)).toEqual(['s1 13:00']);
    expect(shiftsOfDay('2017-05-23', versions, new Set(), []).map((s) => `${s.staff} ${s.start}`)).toEqual(['s1 13:00', 's2 08:00']);
  });
});

describe('shiftProblem', () => {
  it('names a shift that ends before it starts, by its end', () => {
    expect(shiftProblem([{ start: '07:00', end: '15:00' }, { start: '16:00', end: '16:00' }])).toEqual({ index: 1, field: 'end', kind: 'ends_before_start' });
    expect(shiftProblem([{ start: '22:00', end: '06:00' }])).toEqual({ index: 0, field: 'end', kind: 'ends_before_start' });
  });

  it('names the later of two overlapping shifts of the same weekday only', () => {
    expect(shiftProblem([
      { weekday: 'mon', start: '07:00', end: '12:00' }, { weekday: 'tue', start: '08:00', end: '12:00' }, { weekday: 'mon', start: '11:00', end: '15:00' },
    ])).toEqual({ index: 2, field: 'start', kind: 'overlap' });
    expect(shiftProblem([{ weekday: 'mon', start: '07:00', end: '12:00' }, { weekday: 'tue', start: '08:00', end: '12:00' }])).toBeUndefined();
    expect(shiftProblem([{ start: '07:00', end: '12:00' }, { start: '12:00', end: '24:00' }])).toBeUndefined();
    expect(shiftProblem([])).toBeUndefined();
  });
});

describe('shiftMinutes', () => {
  it('adds the minutes of the shifts, the day\'s end included', () => {
    expect(shiftMinutes([{ start: '07:00', end: '15:30' }, { start: '22:00', end: '24:00' }])).toBe(630);
    expect(shiftMinutes([])).toBe(0);
    expect(clockMinutes('08:05')).toBe(485);
  });
});
