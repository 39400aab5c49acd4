// When a month's payment reaches the providers: on a day of the next month that the
// municipality chooses (default the 6th), moved back to the banking day before when that day
// is no banking day. Banks in Sweden are closed on weekends, public holidays and the three eves
// (midsummer, Christmas and New Year's Eve), whichever eves a municipality counts for its bands.

import { civilFromDayNumber, formatDayNumber, monthRange, weekdayIndexOfDayNumber } from './civil-days.ts';
import { swedishEves, swedishPublicHolidays } from './holidays.ts';

export const DEFAULT_PAYMENT_DAY = 6;
/** The latest day a municipality can choose: every month has it. */
export const LATEST_PAYMENT_DAY = 28;

/** True on a Swedish banking day: Monday to Friday, no public holiday and no eve. */
export function isBankingDay(dayNumber: number): boolean {
  if (weekdayIndexOfDayNumber(dayNumber) >= 5) return false;
  const { year } = civilFromDayNumber(dayNumber);
  const closed = [...swedishPublicHolidays(year), ...swedishEves(year)];
  return !closed.some((d) => d.dayNumber === dayNumber);
}

/**
 * The payment date `YYYY-MM-DD` of `month` (`YYYY-MM`): day `paymentDay` (1–28) of the next
 * month, or the nearest banking day before it.
 */
export function paymentDate(month: string, paymentDay: number = DEFAULT_PAYMENT_DAY): string {
  if (!Number.isInteger(paymentDay) || paymentDay < 1 || paymentDay > LATEST_PAYMENT_DAY) {
    throw new RangeError(`paymentDay must be a whole day 1–${LATEST_PAYMENT_DAY}, got ${paymentDay}`);
  }
  let day = monthRange(month).lastDay + paymentDay;
  while (!isBankingDay(day)) day -= 1;
  return formatDayNumber(day);
}
