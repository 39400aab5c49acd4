// Swedish public holidays (allmänna helgdagar) and the eves a municipality may count as
// holidays (R-7, "Bands" in the scenario spec). They are computed, never typed in, and follow
// the law in force in each year (docs/decisions.md, "Holidays have history"): May Day from 1939;
// the 1953 reform that moved Midsummer Day from 24 June to a Saturday, gave All Saints' Day a
// Saturday of its own (it had been kept on the first Sunday of November) and moved Annunciation
// Day off 25 March; and the 2005 change that made 6 June a holiday in place of Whit Monday.

import type { HolidayEve } from '../model/care-data.ts';
import { civilFromDayNumber, dayNumberFromCivil, formatDayNumber, weekdayIndexOfDayNumber } from './civil-days.ts';
import { easterSundayDayNumber } from './easter.ts';

export type PublicHolidayName =
  | 'new_years_day'
  | 'epiphany'
  | 'good_friday'
  | 'easter_sunday'
  | 'easter_monday'
  | 'may_day'
  | 'ascension_day'
  | 'whit_sunday'
  | 'whit_monday'
  | 'annunciation_day'
  | 'national_day'
  | 'midsummer_day'
  | 'all_saints_day'
  | 'christmas_day'
  | 'boxing_day';

export interface NamedDay<Name extends string> {
  date: string;
  dayNumber: number;
  name: Name;
}

const SATURDAY = 5;
const SUNDAY = 6;

/** The first year of the calendar reform of 1952 (Midsummer and All Saints' on Saturdays). */
const REFORM_1953 = 1953;
const MAY_DAY_FROM = 1939;
/** 6 June replaced Whit Monday from this year (SFS 2004:1320). */
const NATIONAL_DAY_FROM = 2005;

/** The first day on or after `from` that falls on the weekday index (0 = Monday). */
function firstWeekdayFrom(from: number, weekdayIndex: number): number {
  return from + ((weekdayIndex - weekdayIndexOfDayNumber(from) + 7) % 7);
}

function named<Name extends string>(dayNumber: number, name: Name): NamedDay<Name> {
  return { date: formatDayNumber(dayNumber), dayNumber, name };
}

function midsummerDay(year: number): number {
  return year < REFORM_1953
    ? dayNumberFromCivil(year, 6, 24)
    : firstWeekdayFrom(dayNumberFromCivil(year, 6, 20), SATURDAY);
}

/** The public holidays of `year` under the law of that year, in calendar order. */
export function swedishPublicHolidays(year: number): NamedDay<PublicHolidayName>[] {
  const easter = easterSundayDayNumber(year);
  const days: NamedDay<PublicHolidayName>[] = [
    named(dayNumberFromCivil(year, 1, 1), 'new_years_day'),
    named(dayNumberFromCivil(year, 1, 6), 'epiphany'),
    named(easter - 2, 'good_friday'),
    named(easter, 'easter_sunday'),
    named(easter + 1, 'easter_monday'),
    named(easter + 39, 'ascension_day'),
    named(easter + 49, 'whit_sunday'),
    named(midsummerDay(year), 'midsummer_day'),
    named(dayNumberFromCivil(year, 12, 25), 'christmas_day'),
    named(dayNumberFromCivil(year, 12, 26), 'boxing_day'),
  ];
  if (year >= MAY_DAY_FROM) days.push(named(dayNumberFromCivil(year, 5, 1), 'may_day'));
  if (year < NATIONAL_DAY_FROM) days.push(named(easter + 50, 'whit_monday'));
  else days.push(named(dayNumberFromCivil(year, 6, 6), 'national_day'));
  if (year < REFORM_1953) {
    days.push(named(dayNumberFromCivil(year, 3, 25), 'annunciation_day'));
    days.push(named(firstWeekdayFrom(dayNumberFromCivil(year, 11, 1), SUNDAY), 'all_saints_day'));
  } else {
    days.push(named(firstWeekdayFrom(dayNumberFromCivil(year, 10, 31), SATURDAY), 'all_saints_day'));
  }
  // Two can share a date (Annunciation Day on Good Friday, Whit Sunday on 6 June): the list is
  // in date order, and of one date in the order above.
  return days.sort((a, b) => a.dayNumber - b.dayNumber);
}

/**
 * The three eves that a municipality can choose to count as holidays. Midsummer Eve is the day
 * before Midsummer Day whichever rule placed that (23 June before 1953, a Friday since).
 */
export function swedishEves(year: number): NamedDay<HolidayEve>[] {
  return [
    named(midsummerDay(year) - 1, 'midsummer_eve'),
    named(dayNumberFromCivil(year, 12, 24), 'christmas_eve'),
    named(dayNumberFromCivil(year, 12, 31), 'new_years_eve'),
  ];
}

/**
 * Answers "is this local day a `holiday` for the bands?" for one municipality's choice of
 * eves. Years are computed once and kept: a month touches one or two years.
 */
export class HolidayCalendar {
  private readonly eves: ReadonlySet<HolidayEve>;
  private readonly byYear = new Map<number, ReadonlySet<number>>();

  constructor(eves: readonly HolidayEve[]) {
    this.eves = new Set(eves);
  }

  isHoliday(dayNumber: number): boolean {
    const { year } = civilFromDayNumber(dayNumber);
    let set = this.byYear.get(year);
    if (set === undefined) {
      const days = new Set<number>(swedishPublicHolidays(year).map((d) => d.dayNumber));
      for (const eve of swedishEves(year)) if (this.eves.has(eve.name)) days.add(eve.dayNumber);
      set = days;
      this.byYear.set(year, set);
    }
    return set.has(dayNumber);
  }
}
