import { parseIsoDate } from './calendar.ts';

/**
 * Age in whole years on `onDate` (both `YYYY-MM-DD`). Someone turns a year older on the
 * birthday itself, so a person born 1952-05-01 is 65 on 2017-05-01. One born on 29 February
 * turns a year older on 1 March in common years (the birthday has not come on 28 February).
 * Negative when `onDate` is before the birth date.
 */
export function age(birthDate: string, onDate: string): number {
  const born = parseIsoDate(birthDate, 'birthDate');
  const on = parseIsoDate(onDate, 'onDate');
  const hadBirthday = on.month > born.month || (on.month === born.month && on.day >= born.day);
  return on.year - born.year - (hadBirthday ? 0 : 1);
}
