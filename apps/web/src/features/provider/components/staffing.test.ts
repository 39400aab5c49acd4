import { describe, expect, it } from 'vitest';
import { idFromName, percentOf, typedShiftProblem, weekDraftOf, weeklyOf } from './staffing.ts';

describe('idFromName', () => {
  it('makes an ASCII id with the prefix and tail', () => {
    expect(idFromName('hemtjanst-kommunen', 'Åsa Öberg-Ängel', 'k3x9')).toBe('hemtjanst-kommunen-asa-oberg-angel-k3x9');
    expect(idFromName('p1', '  !!  ', 'a1')).toBe('p1-a1');
  });

  it('stays within 64 characters, never ending the head on a dash', () => {
    const id = idFromName('p1', 'a'.repeat(40) + ' ' + 'b'.repeat(40), 'zz99');
    expect(id.length).toBeLessThanOrEqual(64);
    expect(id).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/);
    expect(id.endsWith('-zz99')).toBe(true);
    expect(id).not.toContain('--');
  });
});

describe('percentOf', () => {
  it('takes whole percentages 1–100 and empty, and nothing else', () => {
    expect(percentOf(' 75 ')).toBe(75);
    expect(percentOf('100')).toBe(100);
    expect(percentOf('')).toBeNull();
    expect(percentOf('0')).toBeUndefined();
    expect(percentOf('101')).toBeUndefined();
    expect(percentOf('7,5')).toBeUndefined();
    expect(percentOf('abc')).toBeUndefined();
  });
});

describe('the week as edited', () => {
  it('goes from the reply to weekdays and back, Monday first', () => {
    const week = weekDraftOf([
      { weekday: 'sun', start: '08:00', end: '12:00', skills: [] },
      { weekday: 'mon', start: '07:00', end: '16:00', skills: ['insulin'] },
      { weekday: 'holiday', start: '07:00', end: '08:00', skills: [] },
    ]);
    expect(week.mon).toEqual([{ start: '07:00', end: '16:00', skills: ['insulin'] }]);
    expect(week.tue).toEqual([]);
    // Skills the form does not show go back as they came.
    expect(weeklyOf(week)).toEqual([
      { weekday: 'mon', start: '07:00', end: '16:00', skills: ['insulin'] },
      { weekday: 'sun', start: '08:00', end: '12:00', skills: [] },
    ]);
  });

  it('names a time not filled in before asking the domain about order and overlap', () => {
    expect(typedShiftProblem([{ start: '07:00', end: '' }])).toEqual({ index: 0, field: 'end', kind: 'missing' });
    expect(typedShiftProblem([{ start: '7', end: '16:00' }])).toEqual({ index: 0, field: 'start', kind: 'missing' });
    expect(typedShiftProblem([{ start: '07:00', end: '16:00', weekday: 'mon' }, { start: '15:00', end: '18:00', weekday: 'mon' }]))
      .toEqual({ index: 1, field: 'start', kind: 'overlap' });
    expect(typedShiftProblem([{ start: '16:00', end: '07:00' }])).toEqual({ index: 0, field: 'end', kind: 'ends_before_start' });
    expect(typedShiftProblem([{ start: '07:00', end: '24:00' }])).toBeUndefined();
  });
});
