import { describe, expect, it } from 'vitest';
import {
  formatCalendarDay,
  formatDateTime,
  formatDay,
  formatMinutes,
  formatMinutesOrDash,
  formatMoney,
  formatMonth,
  formatTime,
  localDate,
} from './format.ts';

// Non-breaking spaces are what Intl writes between groups and before the currency; compare on
// plain spaces so the tests read as the screen does.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('Swedish formats', () => {
  it('writes money in öre as kronor with a decimal comma and spaced thousands', () => {
    expect(plain(formatMoney(820640))).toBe('8 206,40 kr');
    expect(plain(formatMoney(0))).toBe('0,00 kr');
  });

  it('writes a day as weekday, day and month without abbreviation dots', () => {
    expect(formatDay('2026-11-24T10:00:00Z')).toBe('tis 24 nov');
    expect(formatCalendarDay('2026-11-24')).toBe('tis 24 nov');
  });

  it('shows instants in Stockholm time, never UTC, across daylight saving', () => {
    expect(formatTime('2026-11-24T07:30:00Z')).toBe('08:30');
    expect(formatTime('2026-07-01T07:30:00Z')).toBe('09:30');
    // 23:30 UTC on 24 Nov is already 25 Nov in Stockholm.
    expect(localDate('2026-11-24T23:30:00Z')).toBe('2026-11-25');
    expect(formatDateTime('2026-11-24T23:30:00Z')).toBe('25 nov 2026 00:30');
  });

  it('writes minutes as hours and minutes', () => {
    expect(formatMinutes(45)).toBe('45 min');
    expect(formatMinutes(125)).toBe('2 h 05 min');
    expect(formatMinutes(-30)).toBe('−30 min');
    expect(formatMinutesOrDash(0)).toBe('–');
    expect(formatMinutesOrDash(90)).toBe('1 h 30 min');
  });

  it('names a month in Swedish', () => {
    expect(formatMonth('2026-11')).toBe('november 2026');
  });
});
