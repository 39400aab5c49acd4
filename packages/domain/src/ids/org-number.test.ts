import { describe, expect, it } from 'vitest';
import { parseOrgNumber } from './org-number.ts';

const REF = '2026-12-01';

describe('parseOrgNumber', () => {
  it.each([
    ['212000-0159', '212000-0159'], // a municipality (kommun)
    ['2120000159', '212000-0159'],
    ['556677-8899', '556677-8899'], // an aktiebolag
    [' 556123-4567 ', '556123-4567'],
    ['802000-0009', '802000-0009'], // an ideell förening
    ['16556677-8899', '556677-8899'], // the 12-digit form with the 16 prefix
    ['165566778899', '556677-8899'],
    ['16212000-0159', '212000-0159'],
  ])('accepts %s as %s', (input, normalized) => {
    expect(parseOrgNumber(input, REF)).toEqual({ ok: true, value: { normalized, soleTrader: false } });
  });

  it('says which digit the checksum wants', () => {
    expect(parseOrgNumber('212000-0158', REF)).toEqual({
      ok: false,
      message: 'checksum fails: the last digit should be 9',
    });
    expect(parseOrgNumber('16212000-0158', REF)).toEqual({
      ok: false,
      message: 'checksum fails: the last digit should be 9',
    });
  });

  it.each([
    ['19400101-0018', '19400101-0018'],
    ['400101-0018', '19400101-0018'],
    ['4001010018', '19400101-0018'],
    ['261215+1239', '19261215-1239'],
    ['19261215-1239', '19261215-1239'],
  ])('takes the sole trader\u2019s personal number %s as %s', (input, normalized) => {
    expect(parseOrgNumber(input, REF)).toEqual({ ok: true, value: { normalized, soleTrader: true } });
  });

  it('refuses a third digit below 2 that is no valid personal number, saying how it read it', () => {
    const result = parseOrgNumber('811218-9875', REF);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^read as a sole trader’s personal number \(third digit below 2\): checksum fails/);
    expect(parseOrgNumber('19400101-0000', REF)).toEqual({
      ok: false,
      message: 'read as a sole trader’s personal number (third digit below 2): birth number 000 is never issued',
    });
  });

  it('keeps the 16 prefix for legal persons', () => {
    const result = parseOrgNumber('16400101-0018', REF);
    expect(!result.ok && result.message).toMatch(/^the third digit after the 16 prefix is 0/);
  });

  it.each([
    '',
    '212000+0159',
    '21200-00159',
    '212000-015',
    'abcdef-ghij',
    '17212000-0159',
    '212000 0159',
    '1616212000-0159',
  ])('refuses the form of "%s"', (input) => {
    expect(parseOrgNumber(input, REF)).toEqual({
      ok: false,
      message: 'expected NNNNNN-NNNN (or 16NNNNNN-NNNN), or a sole trader’s personal number',
    });
  });
});
