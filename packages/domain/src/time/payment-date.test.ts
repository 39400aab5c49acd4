import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate, weekdayOfDayNumber } from './civil-days.ts';
import { isBankingDay, paymentDate } from './payment-date.ts';

describe('paymentDate', () => {
  it('pays on the 6th of the next month by default when that is a banking day', () => {
    expect(paymentDate('2026-09')).toBe('2026-10-06'); // Tuesday
    expect(paymentDate('2026-10', 6)).toBe('2026-11-06'); // Friday
  });

  it('moves a weekend back to the Friday', () => {
    expect(paymentDate('2026-08')).toBe('2026-09-04'); // 6 Sep 2026 is a Sunday
    expect(paymentDate('2026-05', 13)).toBe('2026-06-12'); // Saturday 13 June
  });

  it('moves a public holiday back: 6 June, Epiphany', () => {
    expect(paymentDate('2026-05')).toBe('2026-06-05'); // Sat 6 June (national day) → Fri 5 June
    expect(paymentDate('2027-05')).toBe('2027-06-04'); // Sun 6 June 2027 → Fri 4 June
    expect(paymentDate('2026-12')).toBe('2027-01-05'); // Wed 6 Jan 2027 (Epiphany) → Tue 5 Jan
    expect(paymentDate('2028-04')).toBe('2028-05-05'); // Sat 6 May 2028 → Fri 5 May
  });

  it('moves Midsummer Eve back to the Thursday', () => {
    expect(paymentDate('2026-05', 19)).toBe('2026-06-18'); // Fri 19 June 2026 is Midsummer Eve
    expect(paymentDate('2026-05', 20)).toBe('2026-06-18'); // Midsummer Day, then the eve
  });

  it('moves Christmas back past the eve', () => {
    expect(paymentDate('2026-11', 24)).toBe('2026-12-23'); // Thu Christmas Eve → Wed 23
    expect(paymentDate('2026-11', 26)).toBe('2026-12-23'); // Boxing Day (Sat), Christmas Day, the eve
    expect(paymentDate('2025-11', 25)).toBe('2025-12-23'); // Thu Christmas Day, Wed the eve → Tue 23
  });

  it('moves New Year\u2019s Day back past New Year\u2019s Eve into the old year', () => {
    expect(paymentDate('2026-12', 1)).toBe('2026-12-30'); // Fri 1 Jan 2027, Thu 31 Dec → Wed 30 Dec
    expect(paymentDate('2025-12', 1)).toBe('2025-12-30'); // Thu 1 Jan 2026, Wed 31 Dec → Tue 30 Dec
  });

  it('pays in the years before 2005 around Whit Monday, then a holiday', () => {
    expect(paymentDate('2001-05', 4)).toBe('2001-06-01'); // Whit Monday 4 June 2001 → Fri 1 June
    expect(isBankingDay(parseDate('2004-05-31'))).toBe(false); // Whit Monday 2004
    expect(isBankingDay(parseDate('2005-05-16'))).toBe(true); // Whit Monday 2005: an ordinary day
  });

  it('refuses a day that not every month has', () => {
    expect(() => paymentDate('2026-01', 29)).toThrow(/1–28/);
    expect(() => paymentDate('2026-01', 0)).toThrow(/1–28/);
  });

  it('always gives a banking day on or before the chosen day, never more than a week before', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (year, month, day) => {
        const m = `${year}-${String(month).padStart(2, '0')}`;
        const paid = parseDate(paymentDate(m, day));
        const next = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
        const chosen = parseDate(`${next}-${String(day).padStart(2, '0')}`);
        expect(isBankingDay(paid)).toBe(true);
        expect(['sat', 'sun']).not.toContain(weekdayOfDayNumber(paid));
        expect(paid).toBeLessThanOrEqual(chosen);
        expect(chosen - paid).toBeLessThan(7);
        for (let d = paid + 1; d <= chosen; d++) expect(isBankingDay(d)).toBe(false);
      }),
    );
  });
});
