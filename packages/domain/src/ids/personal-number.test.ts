import { describe, expect, it } from 'vitest';
import { parsePersonalNumber } from './personal-number.ts';

const REF = '2025-06-15';

function message(input: string, reference = REF): string | undefined {
  const result = parsePersonalNumber(input, reference);
  return result.ok ? undefined : result.message;
}

describe('parsePersonalNumber: accepted forms', () => {
  it.each(['19121212-1212', '191212121212', '121212+1212'])(
    'reads %s as someone born 1912-12-12 (the + form: 100 or older)',
    (input) => {
      expect(parsePersonalNumber(input, REF)).toEqual({
        ok: true,
        value: {
          normalized: '19121212-1212',
          birthDate: '1912-12-12',
          coordination: false,
          sex: 'male',
        },
      });
    },
  );

  it.each(['121212-1212', '1212121212'])(
    'reads %s as someone born 2012-12-12 (under 100)',
    (input) => {
      expect(parsePersonalNumber(input, REF)).toMatchObject({
        ok: true,
        value: { normalized: '20121212-1212', birthDate: '2012-12-12' },
      });
    },
  );

  it('reads the ninth digit as sex: even is female', () => {
    const result = parsePersonalNumber('19600515-2225', REF);
    expect(result.ok && result.value.sex).toBe('female');
  });

  it('trims surrounding blanks', () => {
    expect(parsePersonalNumber('  19121212-1212\n', REF).ok).toBe(true);
  });

  it('reads a samordningsnummer: day + 60, birth date with the real day', () => {
    expect(parsePersonalNumber('701063-2391', REF)).toEqual({
      ok: true,
      value: {
        normalized: '19701063-2391',
        birthDate: '1970-10-03',
        coordination: true,
        sex: 'male',
      },
    });
  });
});

describe('parsePersonalNumber: century of a 10-digit number', () => {
  const born = (input: string, reference: string) => {
    const result = parsePersonalNumber(input, reference);
    return result.ok ? result.value.birthDate : result.message;
  };
  const NO_YEAR = /^no birth year fits "-"/;

  it('"-": born after (reference year − 100), on or before the reference date', () => {
    expect(born('250615-1238', REF)).toBe('2025-06-15');
    expect(born('201231-9873', '2020-12-31')).toBe('2020-12-31');
    expect(born('260101-1238', '2026-12-01')).toBe('2026-01-01');
    expect(born('270101-1237', '2026-12-01')).toBe('1927-01-01');
    // Born later this year than the reference date: a century earlier would be one who turns
    // 100 this year, written with "+"; so no year fits.
    expect(born('250616-1237', REF)).toMatch(NO_YEAR);
    expect(born('201231-9873', '2020-12-30')).toMatch(NO_YEAR);
    expect(born('2012319873', '2020-12-30')).toMatch(NO_YEAR);
  });

  it('"+": born in or before (reference year − 100), whatever the day', () => {
    expect(born('201231+9873', '2020-12-31')).toBe('1920-12-31');
    expect(born('201231+9873', '2020-12-30')).toBe('1920-12-31');
    expect(born('261215+1239', '2026-12-01')).toBe('1926-12-15');
    expect(born('261215+1239', '2026-01-01')).toBe('1926-12-15');
    expect(born('271215+1238', '2026-12-01')).toBe('1827-12-15');
  });

  it('19261215-1239 and 261215+1239 imported in 2026 are the same person', () => {
    const twelve = parsePersonalNumber('19261215-1239', '2026-12-01');
    const ten = parsePersonalNumber('261215+1239', '2026-12-01');
    expect(twelve.ok && twelve.value.normalized).toBe('19261215-1239');
    expect(ten).toEqual(twelve);
  });

  it('compares a samordningsnummer by its real day', () => {
    // Day 75 is the 15th: on the reference date itself, so this year; a day later, no year fits.
    expect(parsePersonalNumber('250675-1235', '2025-06-15')).toMatchObject({
      ok: true,
      value: { birthDate: '2025-06-15' },
    });
    expect(born('250675-1235', '2025-06-14')).toMatch(NO_YEAR);
    expect(born('250675+1235', '2025-06-14')).toBe('1925-06-15');
  });

  it('knows 29 February 2000 but not 29 February 1900', () => {
    expect(parsePersonalNumber('000229-1235', REF).ok).toBe(true);
    expect(message('000229+1235')).toBe('day 29 does not exist in 1900-02');
  });

  it('never reads the clock: the reference date is the only source of the century', () => {
    expect(parsePersonalNumber('990101-1230', '2098-01-01')).toMatchObject({
      ok: true,
      value: { birthDate: '1999-01-01' },
    });
    expect(parsePersonalNumber('990101-1230', '2099-01-01')).toMatchObject({
      ok: true,
      value: { birthDate: '2099-01-01' },
    });
  });

  it('refuses a reference date that is not a date (a programming error)', () => {
    expect(() => parsePersonalNumber('121212-1212', '2025-13-01')).toThrow(/referenceDate/);
  });
});

describe('parsePersonalNumber: messages', () => {
  it('says the checksum digit it expected', () => {
    expect(message('19121212-1213')).toBe('checksum fails: the last digit should be 2');
    expect(message('20201231-9874')).toBe('checksum fails: the last digit should be 3');
  });

  it.each([
    ['19121312-1212', 'month 13 does not exist'],
    ['19120012-1212', 'month 00 does not exist'],
    ['19120230-1212', 'day 30 does not exist in 1912-02'],
    ['19120431-1212', 'day 31 does not exist in 1912-04'],
    ['19120400-1212', 'day 00 does not exist in 1912-04'],
    ['19130229-1212', 'day 29 does not exist in 1913-02'],
    ['19700492-1212', 'samordningsnummer day 92 (day 32) does not exist in 1970-04'],
    ['19700491-1212', 'samordningsnummer day 91 (day 31) does not exist in 1970-04'],
    ['19700460-1212', 'day 60 does not exist in 1970-04'],
  ])('%s: %s', (input, expected) => {
    expect(message(input)).toBe(expected);
  });

  it.each([
    '',
    'abc',
    '19121212+1212',
    '19121212_1212',
    '1912121-1212',
    '121212-121',
    '121212--1212',
    '19121212-12121',
    '١٩١٢١٢١٢-١٢١٢',
    '121212 1212',
  ])('refuses the form of "%s"', (input) => {
    expect(message(input)).toBe('expected YYYYMMDD-NNNN or YYMMDD-NNNN');
  });

  it('refuses a 12-digit birth date after the reference date', () => {
    expect(message('20250616-1237')).toBe('birth date 2025-06-16 is after 2025-06-15');
    expect(message('20250615-1238')).toBeUndefined();
    expect(message('20250676-1234')).toBe('birth date 2025-06-16 is after 2025-06-15');
  });

  it('refuses birth number 000, which is never issued', () => {
    expect(message('19400101-0000')).toBe('birth number 000 is never issued');
    expect(message('400101-0000')).toBe('birth number 000 is never issued');
    expect(message('19400101-0018')).toBeUndefined();
  });

  it('reports the date before the checksum', () => {
    expect(message('19121312-1219')).toBe('month 13 does not exist');
  });
});
