import { describe, expect, it } from 'vitest';
import { addDays, datesBetween, exceptionRuns, mondayOf, staffDays, visitFit, weekOf, type ShiftException } from './exceptions.ts';
import type { PatternShift } from './shifts-of-day.ts';

describe('datesBetween', () => {
  it('lists every date, both ends included, across a month end', () => {
    expect(datesBetween('2026-11-29', '2026-12-02')).toEqual(['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02']);
    expect(datesBetween('2026-11-29', '2026-11-29')).toEqual(['2026-11-29']);
  });

  it('refuses a period that ends first, runs too long or names no real date', () => {
    expect(() => datesBetween('2026-11-29', '2026-11-28')).toThrow(/ends \(2026-11-28\) before/);
    expect(() => datesBetween('2026-01-01', '2026-01-10', 9)).toThrow(/more than 9 days/);
    expect(datesBetween('2026-01-01', '2026-01-09', 9)).toHaveLength(9);
    expect(() => datesBetween('2026-02-30', '2026-03-01')).toThrow(RangeError);
  });
});

describe('weeks', () => {
  it('finds the Monday of any day, Sunday belonging to the week before', () => {
    expect(mondayOf('2026-11-24')).toBe('2026-11-23');
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2026-03-02', -7)).toBe('2026-02-23');
    expect(weekOf('2026-12-31')).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03']);
  });
});

describe('exceptionRuns', () => {
  const off = { reason: 'sick' as const, note: '', shifts: [] };
  it('joins consecutive dates alike into one period, whatever their order', () => {
    expect(exceptionRuns([
      { date: '2026-11-25', ...off }, { date: '2026-11-24', ...off }, { date: '2026-11-26', ...off },
    ])).toEqual([{ from: '2026-11-24', to: '2026-11-26', reason: 'sick', note: '', shifts: [] }]);
  });

  it('splits at a gap, a new reason, note or other hours', () => {
    const course = { reason: 'course' as const, note: 'Förflyttning', shifts: [{ start: '08:00', end: '12:00' }] };
    const runs = exceptionRuns([
      { date: '2026-11-23', ...off },
      { date: '2026-11-25', ...off },
      { date: '2026-11-26', ...off, reason: 'leave' as const },
      { date: '2026-11-27', ...off, reason: 'leave' as const, note: 'Flytt' },
      { date: '2026-11-28', ...course },
      { date: '2026-11-29', ...course, shifts: [{ start: '08:00', end: '13:00' }] },
      { date: '2026-11-30', ...course, shifts: [{ start: '08:00', end: '13:00' }] },
    ]);
    expect(runs.map((r) => `${r.from}..${r.to} ${r.reason}`)).toEqual([
      '2026-11-23..2026-11-23 sick', '2026-11-25..2026-11-25 sick', '2026-11-26..2026-11-26 leave',
      '2026-11-27..2026-11-27 leave', '2026-11-28..2026-11-28 course', '2026-11-29..2026-11-30 course',
    ]);
    expect(runs[5]!.shifts).toEqual([{ start: '08:00', end: '13:00' }]);
    expect(exceptionRuns([])).toEqual([]);
  });
});

describe('staffDays', () => {
  const pattern: PatternShift[] = [
    { staff: 's1', weekday: 'mon', start: '07:00', end: '16:00', skills: [] },
    { staff: 's1', weekday: 'tue', start: '07:00', end: '11:00', skills: [] },
    { staff: 's1', weekday: 'tue', start: '17:00', end: '21:00', skills: [] },
    { staff: 's2', weekday: 'mon', start: '13:00', end: '22:00', skills: [] },
  ];
  const exceptions: ShiftException[] = [
    { staff: 's1', date: '2026-11-24', reason: 'course', note: 'HLR' },
    { staff: 's2', date: '2026-11-23', reason: 'sick', note: '' },
  ];
  const dayShifts = [{ staff: 's1', date: '2026-11-24', start: '08:00', end: '12:00', skills: [] }];

  it('gives every staff member every date: the pattern, or the exception with its reason', () => {
    const days = staffDays(['s2', 's1'], ['2026-11-23', '2026-11-24'], pattern, exceptions, dayShifts);
    expect(days.map((d) => `${d.staff} ${d.date} ${d.shifts.map((s) => `${s.start}-${s.end}/${s.source}`).join(',')} ${d.exception?.reason ?? '-'}`)).toEqual([
      's2 2026-11-23  sick',
      's2 2026-11-24  -',
      's1 2026-11-23 07:00-16:00/pattern -',
      's1 2026-11-24 08:00-12:00/exception course',
    ]);
  });

  it('shows a day set by hand without a reason as exception shifts with no reason', () => {
    const days = staffDays(['s1'], ['2026-11-24'], pattern, [], dayShifts);
    expect(days[0]).toMatchObject({ exception: null, shifts: [{ start: '08:00', source: 'exception' }] });
  });
});

describe('visitFit', () => {
  const visit = { windowFrom: '08:00', windowTo: '10:00', durationMinutes: 45 };
  it('fits where a shift leaves room for the whole visit inside its window', () => {
    expect(visitFit(visit, [{ start: '07:00', end: '16:00' }])).toBe('fits');
    expect(visitFit(visit, [{ start: '09:15', end: '16:00' }])).toBe('fits');
    expect(visitFit(visit, [{ start: '06:00', end: '08:45' }])).toBe('fits');
    expect(visitFit(visit, [{ start: '17:00', end: '21:00' }, { start: '07:00', end: '11:00' }])).toBe('fits');
  });

  it('is outside when no shift leaves room, off when there is no shift', () => {
    expect(visitFit(visit, [{ start: '09:16', end: '16:00' }])).toBe('outside');
    expect(visitFit(visit, [{ start: '06:00', end: '08:44' }])).toBe('outside');
    expect(visitFit(visit, [{ start: '13:00', end: '22:00' }])).toBe('outside');
    expect(visitFit(visit, [])).toBe('off');
  });
});
