// The holiday function against an outside calendar, every year 1900–2200: the committed table was
// generated once from the `date-holidays` package with its known errors for Sweden corrected
// (bench/tools/generate-holiday-table.ts lists each correction; docs/decisions.md the sources).
import { describe, expect, it } from 'vitest';
import table from './swedish-holidays-1900-2200.json' with { type: 'json' };
import { HolidayCalendar, swedishEves, swedishPublicHolidays } from './holidays.ts';
import { parseDate } from './civil-days.ts';

type Entry = [string, string];
const years = table.years as unknown as Record<string, { holidays: Entry[]; eves: Entry[] }>;
const ordered = (entries: readonly (readonly [string, string])[]): string[] => entries.map(([d, n]) => `${d} ${n}`).sort();

describe('Swedish holidays 1900–2200 against the committed outside table', () => {
  it('covers every year of the range', () => {
    expect(Object.keys(years)).toHaveLength(301);
  });

  it('gives the public holidays of every year as the table does', () => {
    const wrong: string[] = [];
    for (const [year, expected] of Object.entries(years)) {
      const ours = ordered(swedishPublicHolidays(Number(year)).map((h) => [h.date, h.name] as const));
      if (ours.join() !== ordered(expected.holidays).join()) wrong.push(year);
    }
    expect(wrong).toEqual([]);
  });

  it('gives the eves of every year as the table does, each the day before its holiday', () => {
    const wrong: string[] = [];
    for (const [year, expected] of Object.entries(years)) {
      const ours = ordered(swedishEves(Number(year)).map((e) => [e.date, e.name] as const));
      if (ours.join() !== ordered(expected.eves).join()) wrong.push(year);
    }
    expect(wrong).toEqual([]);
  });

  it('counts as holiday for the bands exactly the table\u2019s days plus the chosen eves', () => {
    const calendar = new HolidayCalendar(['midsummer_eve']);
    for (const year of ['1952', '1953', '2004', '2005']) {
      const t = years[year];
      if (!t) throw new Error(`no ${year} in the table`);
      const expected = [...t.holidays, ...t.eves.filter(([, name]) => name === 'midsummer_eve')].map(([d]) => d);
      for (const date of expected) expect(calendar.isHoliday(parseDate(date)), date).toBe(true);
      for (const [date] of t.eves.filter(([, name]) => name !== 'midsummer_eve')) {
        if (!expected.includes(date)) expect(calendar.isHoliday(parseDate(date)), date).toBe(false);
      }
    }
  });

  it('knows the turning points: Whit Monday to 2004, 6 June from 2005, Midsummer on 24 June to 1952', () => {
    const names = (year: number) => swedishPublicHolidays(year).map((h) => `${h.date} ${h.name}`);
    expect(names(2004)).toContain('2004-05-31 whit_monday');
    expect(names(2004).some((n) => n.endsWith('national_day'))).toBe(false);
    expect(names(2005)).toContain('2005-06-06 national_day');
    expect(names(2005).some((n) => n.endsWith('whit_monday'))).toBe(false);
    expect(names(1952)).toContain('1952-06-24 midsummer_day');
    expect(names(1953)).toContain('1953-06-20 midsummer_day');
    expect(names(1938).some((n) => n.endsWith('may_day'))).toBe(false);
    expect(names(1939)).toContain('1939-05-01 may_day');
  });
});
