// ISO 8601 instants with an offset, parsed without Temporal on the hot path: the engine
// parses every registration's `at`. Anything the fast pattern does not take (zone
// annotations, odd spellings) goes through Temporal.Instant.from, which also rejects garbage.

import { Temporal } from 'temporal-polyfill';
import { dayNumberFromCivil } from './civil-days.ts';

const INSTANT_RE = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))$/;

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysInMonth = (y: number, m: number): number => (m === 2 && isLeap(y) ? 29 : (MONTH_DAYS[m - 1] ?? 0));

const digit = (text: string, i: number): number => {
  const d = text.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : NaN;
};
const two = (text: string, i: number): number => digit(text, i) * 10 + digit(text, i + 1);

/**
 * The common spelling `YYYY-MM-DDTHH:MM:SS[.fff…](Z|±HH:MM)` read by character codes: a
 * regular expression per registration is measurable at two million of them. NaN when the text
 * is spelled any other way (the caller then takes the general path).
 */
function parseCommonInstantMs(text: string): number {
  if (text.length < 20 || text[4] !== '-' || text[7] !== '-' || text[10] !== 'T' || text[13] !== ':' || text[16] !== ':') {
    return NaN;
  }
  const year = two(text, 0) * 100 + two(text, 2);
  const month = two(text, 5);
  const day = two(text, 8);
  const hour = two(text, 11);
  const minute = two(text, 14);
  const second = two(text, 17);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && hour <= 23 && minute <= 59 && second <= 59)) return NaN;
  let i = 19;
  let fraction = 0;
  if (text[i] === '.') {
    let scale = 100;
    i += 1;
    const from = i;
    while (i < text.length && digit(text, i) >= 0) {
      fraction += digit(text, i) * scale;
      scale /= 10;
      i += 1;
    }
    if (i === from) return NaN;
  }
  let offsetMinutes: number;
  if (text[i] === 'Z' && i + 1 === text.length) offsetMinutes = 0;
  else if ((text[i] === '+' || text[i] === '-') && i + 6 === text.length && text[i + 3] === ':') {
    offsetMinutes = (text[i] === '-' ? -1 : 1) * (two(text, i + 1) * 60 + two(text, i + 4));
  } else return NaN;
  const dayNumber = dayNumberFromCivil(year, month, day);
  return ((dayNumber * 1440 + hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + fraction;
}

/**
 * Epoch milliseconds of an instant, keeping sub-millisecond digits as a fraction so that
 * ordering by the instant "exactly as given" (scenario spec, step 1) stays exact to the
 * microsecond.
 */
export function parseInstantMs(text: string): number {
  const fast = parseCommonInstantMs(text);
  if (!Number.isNaN(fast)) return fast;
  const m = INSTANT_RE.exec(text);
  if (m === null) return Temporal.Instant.from(text).epochMilliseconds;
  const [, y, mo, d, h, mi, s, frac, zulu, sign, oh, om] = m;
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(Number(y), month) || hour > 23 || minute > 59 || second > 59) {
    // Let Temporal word the error (or accept what it knows better than this pattern).
    return Temporal.Instant.from(text).epochMilliseconds;
  }
  const offsetMinutes = zulu !== undefined ? 0 : (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
  const dayNumber = dayNumberFromCivil(Number(y), month, day);
  const fraction = frac === undefined ? 0 : Number(`0.${frac}`) * 1000;
  return ((dayNumber * 1440 + hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + fraction;
}

/** seconds are dropped before any computation. */
export function epochMinuteOfMs(ms: number): number {
  return Math.floor(ms / 60_000);
}
