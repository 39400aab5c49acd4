import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth, pad2 } from './calendar.ts';
import { luhnCheckDigit } from './luhn.ts';
import { parseOrgNumber } from './org-number.ts';
import { parsePersonalNumber } from './personal-number.ts';

const REF = '2026-01-01';

/** A valid 12-digit personal number (or samordningsnummer) with its parts. */
const personalNumber = fc
  .record({
    year: fc.integer({ min: 1850, max: 2025 }),
    month: fc.integer({ min: 1, max: 12 }),
    dayFraction: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
    serial: fc.integer({ min: 1, max: 999 }),
    coordination: fc.boolean(),
  })
  .map(({ year, month, dayFraction, serial, coordination }) => {
    const day = 1 + Math.floor(dayFraction * daysInMonth(year, month));
    const written = pad2(coordination ? day + 60 : day);
    const payload = `${pad2(year % 100)}${pad2(month)}${written}${String(serial).padStart(3, '0')}`;
    const check = luhnCheckDigit(payload);
    return {
      twelve: `${year}${pad2(month)}${written}-${payload.slice(6)}${check}`,
      birthDate: `${year}-${pad2(month)}-${pad2(day)}`,
      coordination,
      male: serial % 2 === 1,
    };
  });

const orgNumber = fc
  .tuple(
    fc.integer({ min: 1, max: 9 }),
    fc.integer({ min: 0, max: 9 }),
    fc.integer({ min: 2, max: 9 }),
    fc.integer({ min: 0, max: 999_999 }),
  )
  .map(([a, b, c, rest]) => {
    const payload = `${a}${b}${c}${String(rest).padStart(6, '0')}`;
    return `${payload.slice(0, 6)}-${payload.slice(6)}${luhnCheckDigit(payload)}`;
  });

/** Replaces the digit at `index` (of the digits only) by a different digit. */
function changeDigit(text: string, index: number, shift: number): string {
  let seen = -1;
  return [...text]
    .map((ch) => {
      if (!/\d/.test(ch)) return ch;
      seen += 1;
      return seen === index ? String((Number(ch) + shift) % 10) : ch;
    })
    .join('');
}

describe('properties of personal numbers', () => {
  it('any generated valid number validates with its birth date, kind and sex', () => {
    fc.assert(
      fc.property(personalNumber, ({ twelve, birthDate, coordination, male }) => {
        expect(parsePersonalNumber(twelve, REF)).toEqual({
          ok: true,
          value: { normalized: twelve, birthDate, coordination, sex: male ? 'male' : 'female' },
        });
      }),
    );
  });

  it('the 10-digit forms expand back to the same number (+ from the year one turns 100)', () => {
    fc.assert(
      fc.property(personalNumber, ({ twelve, birthDate }) => {
        const centenarian = Number(birthDate.slice(0, 4)) <= Number(REF.slice(0, 4)) - 100;
        const ten = `${twelve.slice(2, 8)}${centenarian ? '+' : '-'}${twelve.slice(9)}`;
        const result = parsePersonalNumber(ten, REF);
        expect(result.ok && result.value.normalized).toBe(twelve);
        if (!centenarian) expect(parsePersonalNumber(ten.replace('-', ''), REF)).toEqual(result);
      }),
    );
  });

  it('any change of one of the last four digits fails the checksum', () => {
    fc.assert(
      fc.property(
        personalNumber,
        fc.integer({ min: 8, max: 11 }),
        fc.integer({ min: 1, max: 9 }),
        ({ twelve }, index, shift) => {
          const changed = changeDigit(twelve, index, shift);
          const result = parsePersonalNumber(changed, REF);
          expect(result.ok).toBe(false);
          expect(!result.ok && result.message).toMatch(
            changed.slice(9, 12) === '000'
              ? /^birth number 000 is never issued$/
              : /^checksum fails: the last digit should be \d$/,
          );
        },
      ),
    );
  });

  it('any change of a date digit fails: the checksum, or the date itself', () => {
    fc.assert(
      fc.property(
        personalNumber,
        fc.integer({ min: 2, max: 7 }),
        fc.integer({ min: 1, max: 9 }),
        ({ twelve }, index, shift) => {
          const result = parsePersonalNumber(changeDigit(twelve, index, shift), REF);
          expect(result.ok).toBe(false);
          expect(!result.ok && result.message).toMatch(
            /^(checksum fails|month|day|samordningsnummer day|birth date .* is after)/,
          );
        },
      ),
    );
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (input) => {
        expect(() => parsePersonalNumber(input, REF)).not.toThrow();
        expect(() => parseOrgNumber(input, REF)).not.toThrow();
      }),
    );
  });
});

describe('properties of organisation numbers', () => {
  it('a sole trader’s number is the owner’s personal number, in any of its forms', () => {
    fc.assert(
      fc.property(personalNumber, ({ twelve }) => {
        const person = parsePersonalNumber(twelve, REF);
        const asOrg = parseOrgNumber(twelve, REF);
        expect(asOrg).toEqual({ ok: true, value: { normalized: twelve, soleTrader: true } });
        const centenarian = Number(twelve.slice(0, 4)) <= Number(REF.slice(0, 4)) - 100;
        const ten = `${twelve.slice(2, 8)}${centenarian ? '+' : '-'}${twelve.slice(9)}`;
        expect(parseOrgNumber(ten, REF)).toEqual(asOrg);
        expect(person.ok).toBe(true);
      }),
    );
  });

  it('any generated valid number validates, with or without the hyphen', () => {
    fc.assert(
      fc.property(orgNumber, (number) => {
        const legal = { ok: true, value: { normalized: number, soleTrader: false } };
        expect(parseOrgNumber(number, REF)).toEqual(legal);
        expect(parseOrgNumber(number.replace('-', ''), REF)).toEqual(legal);
        expect(parseOrgNumber(`16${number}`, REF)).toEqual(legal);
        expect(parseOrgNumber(`16${number.replace('-', '')}`, REF)).toEqual(legal);
      }),
    );
  });

  it('any single-digit change (the third kept at 2 or more) fails the checksum', () => {
    fc.assert(
      fc.property(
        orgNumber,
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (number, index, shift) => {
          const changed = changeDigit(number, index, shift);
          fc.pre(Number(changed[2]) >= 2);
          const result = parseOrgNumber(changed, REF);
          expect(result.ok).toBe(false);
          expect(!result.ok && result.message).toMatch(
            /^checksum fails: the last digit should be \d$/,
          );
        },
      ),
    );
  });
});
