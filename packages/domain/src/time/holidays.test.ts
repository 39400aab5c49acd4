import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDayNumber, parseDate, weekdayOfDayNumber } from './civil-days.ts';
import { easterSundayDayNumber } from './easter.ts';
import { HolidayCalendar, swedishEves, swedishPublicHolidays } from './holidays.ts';

// Easter Sundays from published tables (Svenska kyrkan / almanacka).
const KNOWN_EASTER: Record<number, string> = {
  2016: '2016-03-27',
  2017: '2017-04-16',
  2018: '2018-04-01',
  2019: '2019-04-21',
  2020: '2020-04-12',
  2021: '2021-04-04',
  2022: '2022-04-17',
  2023: '2023-04-09',
  2024: '2024-03-31',
  2025: '2025-04-20',
  2026: '2026-04-05',
  2027: '2027-03-28',
  2028: '2028-04-16',
  2029: '2029-04-01',
  2030: '2030-04-21',
  2031: '2031-04-13',
  2032: '2032-03-28',
  2033: '2033-04-17',
  2034: '2034-04-09',
  2035: '2035-03-25',
};

const holidayOf = (year: number, name: string): string | undefined =>
  swedishPublicHolidays(year).find((h) => h.name === name)?.date;

describe('Easter-based holidays', () => {
  it('computes Easter Sunday 2016–2035 as the published tables give it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2016, max: 2035 }), (year) => {
        expect(formatDayNumber(easterSundayDayNumber(year))).toBe(KNOWN_EASTER[year]);
      }),
      { numRuns: 200 },
    );
  });

  it('places Good Friday, Easter Monday, Ascension Day and Whit Sunday around Easter', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2016, max: 2035 }), (year) => {
        const easter = parseDate(KNOWN_EASTER[year] ?? '');
        expect(holidayOf(year, 'good_friday')).toBe(formatDayNumber(easter - 2));
        expect(holidayOf(year, 'easter_sunday')).toBe(formatDayNumber(easter));
        expect(holidayOf(year, 'easter_monday')).toBe(formatDayNumber(easter + 1));
        expect(holidayOf(year, 'ascension_day')).toBe(formatDayNumber(easter + 39));
        expect(holidayOf(year, 'whit_sunday')).toBe(formatDayNumber(easter + 49));
        expect(weekdayOfDayNumber(parseDate(holidayOf(year, 'ascension_day') ?? ''))).toBe('thu');
      }),
    );
  });

  it('knows the 2017 holidays by date', () => {
    expect(swedishPublicHolidays(2017).map((h) => h.date)).toEqual([
      '2017-01-01',
      '2017-01-06',
      '2017-04-14',
      '2017-04-16',
      '2017-04-17',
      '2017-05-01',
      '2017-05-25',
      '2017-06-04',
      '2017-06-06',
      '2017-06-24',
      '2017-11-04',
      '2017-12-25',
      '2017-12-26',
    ]);
    expect(swedishEves(2017).map((e) => e.date)).toEqual(['2017-06-23', '2017-12-24', '2017-12-31']);
  });

  it('puts Midsummer on the Saturday 20–26 June and All Saints on the Saturday 31 Oct–6 Nov from 1953', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1953, max: 2200 }), (year) => {
        const midsummer = holidayOf(year, 'midsummer_day') ?? '';
        const allSaints = holidayOf(year, 'all_saints_day') ?? '';
        expect(weekdayOfDayNumber(parseDate(midsummer))).toBe('sat');
        expect(midsummer >= `${year}-06-20` && midsummer <= `${year}-06-26`).toBe(true);
        expect(weekdayOfDayNumber(parseDate(allSaints))).toBe('sat');
        expect(allSaints >= `${year}-10-31` && allSaints <= `${year}-11-06`).toBe(true);
        const eve = swedishEves(year)[0]?.date ?? '';
        expect(parseDate(eve)).toBe(parseDate(midsummer) - 1);
      }),
    );
  });
});

describe('HolidayCalendar', () => {
  it('counts only the eves the municipality chose', () => {
    const withEves = new HolidayCalendar(['christmas_eve']);
    const without = new HolidayCalendar([]);
    expect(withEves.isHoliday(parseDate('2016-12-24'))).toBe(true);
    expect(without.isHoliday(parseDate('2016-12-24'))).toBe(false);
    expect(withEves.isHoliday(parseDate('2016-12-31'))).toBe(false);
    expect(without.isHoliday(parseDate('2016-12-25'))).toBe(true);
    expect(without.isHoliday(parseDate('2016-12-27'))).toBe(false);
  });
});
