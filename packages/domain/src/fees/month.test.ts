import { describe, expect, it } from 'vitest';
import { activeDays, isInMonth, monthSpan } from './month.ts';

describe('monthSpan', () => {
  it('knows the days of the month, February of leap years included', () => {
    expect(monthSpan('2017-05')).toEqual({
      month: '2017-05',
      year: 2017,
      firstDay: '2017-05-01',
      lastDay: '2017-05-31',
      days: 31,
    });
    expect(monthSpan('2016-02').days).toBe(29);
    expect(monthSpan('2017-02').days).toBe(28);
  });

  it('refuses what is not a month', () => {
    expect(() => monthSpan('2017-13')).toThrow(/YYYY-MM/);
    expect(() => monthSpan('2017-5')).toThrow(/YYYY-MM/);
  });
});

describe('activeDays', () => {
  const may = monthSpan('2017-05');
  it('counts the days of the month within from..to, both inclusive', () => {
    expect(activeDays('2017-01-01', null, may)).toBe(31);
    expect(activeDays('2017-05-10', null, may)).toBe(22);
    expect(activeDays('2017-01-01', '2017-05-10', may)).toBe(10);
    expect(activeDays('2017-05-10', '2017-05-10', may)).toBe(1);
    expect(activeDays('2017-06-01', null, may)).toBe(0);
    expect(activeDays('2017-01-01', '2017-04-30', may)).toBe(0);
  });

  it('places dates in the month', () => {
    expect(isInMonth('2017-05-31', may)).toBe(true);
    expect(isInMonth('2017-06-01', may)).toBe(false);
    expect(isInMonth('2017-04-30', may)).toBe(false);
  });
});
