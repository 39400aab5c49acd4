import { fail, type IdResult } from './result.ts';

/**
 * A telephone number as a person types it: `070-123 45 67`, `08-123 456 78`, `+46 70 123 45 67`,
 * `0046 70 1234567`. Spaces, hyphens and the parentheses of `(0)` are separators; the number is
 * stored as typed (trimmed, spaces collapsed) because people read it back, and compared by
 * `digits`. A Swedish number has 8–10 digits with its leading 0 (trunk prefix); an international
 * one 8–15 digits after the country code (E.164 allows at most 15).
 */
export interface PhoneNumber {
  /** As typed, trimmed, runs of spaces made one. */
  display: string;
  /** `+` and the digits in international form: `+46701234567`. */
  digits: string;
}

const ALLOWED = /^[+\d\s\-()]+$/;

export function parsePhoneNumber(input: string): IdResult<PhoneNumber> {
  const display = input.trim().replace(/\s+/g, ' ');
  if (display === '') return fail('expected a telephone number');
  if (!ALLOWED.test(display)) return fail('expected digits, with spaces, hyphens or a leading + only');
  if ((display.match(/\+/g) ?? []).length > 1) return fail('a + may only begin the number');
  // `+46 (0)70…`: the (0) is the trunk prefix written beside the country code, not dialled.
  const bare = display.replace(/\(0\)/g, '').replace(/[\s\-()]/g, '');
  let international: string;
  if (bare.startsWith('+')) international = bare.slice(1);
  else if (bare.startsWith('00')) international = bare.slice(2);
  else if (bare.startsWith('0')) {
    const national = bare.slice(1);
    if (national.length < 7 || national.length > 9) return fail('a Swedish number has 8 to 10 digits, the leading 0 included');
    international = `46${national}`;
  } else return fail('expected a leading 0 (Swedish number) or + and a country code');
  if (international.startsWith('0')) return fail('a country code never begins with 0');
  if (international.length < 8 || international.length > 15) return fail('an international number has 8 to 15 digits after the +');
  return { ok: true, value: { display, digits: `+${international}` } };
}
