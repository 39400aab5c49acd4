// Swedish public holidays (helgdagar, lag 1989:253) and the eves a municipality may count as
// holidays (R-7, "Bands" in the scenario spec). They are computed, never typed in.

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
const FRIDAY = 4;

/** The first day on or after `from` that falls on the weekday index (0 = Monday). */
function firstWeekdayFrom(from: number, weekdayIndex: number): number {
  return from + ((weekdayIndex - weekdayIndexOfDayNumber(from) + 7) % 7);
}

function named<Name extends string>(dayNumber: number, name: Name): NamedDay<Name> {
  return { date: formatDayNumber(dayNumber), dayNumber, name };
}

/** The thirteen public holidays of `year`, in calendar order. */
export function swedishPublicHolidays(year: number): NamedDay<PublicHolidayName>[] {
  const easter = easterSundayDayNumber(year);
  const days: NamedDay<PublicHolidayName>[] = [
    named(dayNumberFromCivil(year, 1, 1), 'new_years_day'),
    named(dayNumberFromCivil(year, 1, 6), 'epiphany'),
    named(easter - 2, 'good_friday'),
    named(easter, 'easter_sunday'),
    named(easter + 1, 'easter_monday'),
    named(dayNumberFromCivil(year, 5, 1), 'may_day'),
    named(easter + 39, 'ascension_day'),
    named(easter + 49, 'whit_sunday'),
    named(dayNumberFromCivil(year, 6, 6), 'national_day'),
    named(firstWeekdayFrom(dayNumberFromCivil(year, 6, 20), SATURDAY), 'midsummer_day'),
    named(firstWeekdayFrom(dayNumberFromCivil(year, 10, 31), SATURDAY), 'all_saints_day'),
    named(dayNumberFromCivil(year, 12, 25), 'christmas_day'),
    named(dayNumberFromCivil(year, 12, 26), 'boxing_day'),
  ];
  // Whit Sunday can fall on 6 June (e.g. 2049 is not, but the order must not depend on luck).
  return days.sort((a, b) => a.dayNumber - b.dayNumber);
}

/** The three eves that a municipality can choose to count as holidays. */
export function swedishEves(year: number): NamedDay<HolidayEve>[] {
  return [
    named(firstWeekdayFrom(dayNumberFromCivil(year, 6, 19), FRIDAY), 'midsummer_eve'),
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
