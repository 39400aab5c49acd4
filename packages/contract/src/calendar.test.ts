import { describe, expect, it } from 'vitest';
import { calendarDate, calendarDateProblem, calendarMonth, calendarYear } from './calendar.ts';
import { instantWithOffset } from './instant.ts';

describe('calendar dates, months and years', () => {
  it('accepts the last day of every month and refuses the day after, leap years included', () => {
    const last = { '01': 31, '02': 28, '03': 31, '04': 30, '05': 31, '06': 30, '07': 31, '08': 31, '09': 30, '10': 31, '11': 30, '12': 31 };
    for (const [month, days] of Object.entries(last)) {
      expect(calendarDateProblem(`2017-${month}-${days}`)).toBeUndefined();
      expect(calendarDateProblem(`2017-${month}-${days + 1}`)).toMatch(/not a day of the calendar/);
    }
    for (const leap of ['1904', '2000', '2024', '2196']) expect(calendarDateProblem(`${leap}-02-29`)).toBeUndefined();
    for (const common of ['1900', '2100', '2023']) expect(calendarDateProblem(`${common}-02-29`)).toMatch(/not a day/);
  });

  it('refuses year 0000 and years outside 1900–2199 with a message that says so', () => {
    expect(calendarDate.safeParse('0000-01-01').error?.issues[0]?.message).toBe('0000-01-01 is outside the supported years 1900–2199');
    expect(calendarDate.safeParse('2200-01-01').success).toBe(false);
    expect(calendarDate.safeParse('1900-01-01').success).toBe(true);
    expect(calendarMonth.safeParse('0000-02').success).toBe(false);
    expect(calendarMonth.safeParse('2199-12').success).toBe(true);
    expect(calendarMonth.safeParse('2017-13').error?.issues[0]?.message).toBe('expected a month YYYY-MM');
    expect(calendarYear.safeParse('0000').success).toBe(false);
    expect(calendarYear.safeParse('2026').success).toBe(true);
  });

  it('holds instants to the same calendar', () => {
    const instant = instantWithOffset('2026-11-23T08:00:00+01:00');
    expect(instant.safeParse('2026-11-23T08:00+01:00').success).toBe(true);
    expect(instant.safeParse('0000-01-01T08:00:00Z').success).toBe(false);
  });
});
