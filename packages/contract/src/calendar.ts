import { z } from 'zod';

// Calendar dates, months and years as the API and the scenario file take them. One definition,
// so every route refuses the same things with the same message: a day the month does not have
// (2017-02-29, 2017-04-31) and a year outside the supported span. Year 0000 does not exist in
// the Gregorian calendar PostgreSQL uses, and years far from today in care data are typing
// errors (0217 for 2017); both are refused here rather than found by the database.

/** The first and last year a date, month or instant may name (docs/api.md, "Dates"). */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2199;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^\d{4}$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const yearInSpan = (year: number): boolean => year >= FIRST_YEAR && year <= LAST_YEAR;
const SPAN = `years ${FIRST_YEAR}–${LAST_YEAR}`;

/** What is wrong with a `YYYY-MM-DD`, or undefined when it is a supported calendar date. */
export function calendarDateProblem(text: string): string | undefined {
  const m = DATE.exec(text);
  if (!m) return 'expected a date YYYY-MM-DD';
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return `${text} has no month ${m[2]}`;
  if (day < 1 || day > daysIn(year, month)) return `${text} is not a day of the calendar`;
  if (!yearInSpan(year)) return `${text} is outside the supported ${SPAN}`;
  return undefined;
}

/** What is wrong with a `YYYY-MM`, or undefined when it is a supported month. */
export function calendarMonthProblem(text: string): string | undefined {
  const m = MONTH.exec(text);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return 'expected a month YYYY-MM';
  if (!yearInSpan(Number(m[1]))) return `${text} is outside the supported ${SPAN}`;
  return undefined;
}

function checked(problem: (text: string) => string | undefined, formatMessage: string) {
  return z.string({ message: formatMessage }).superRefine((text, ctx) => {
    const message = problem(text);
    if (message !== undefined) ctx.addIssue({ code: 'custom', message });
  });
}

/** A calendar date `YYYY-MM-DD` that exists, in the supported years. */
export const calendarDate = checked(calendarDateProblem, 'expected a date YYYY-MM-DD').meta({ format: 'date' });

/** A month `YYYY-MM` in the supported years. */
export const calendarMonth = checked(calendarMonthProblem, 'expected a month YYYY-MM').meta({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$' });

/** A year `YYYY` in the supported span. */
export const calendarYear = checked(
  (text) => (!YEAR.test(text) ? 'expected a year YYYY' : yearInSpan(Number(text)) ? undefined : `${text} is outside the supported ${SPAN}`),
  'expected a year YYYY',
);
