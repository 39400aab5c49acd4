import { describe, expect, it } from 'vitest';
import { parseOrgNumber } from './org-number.ts';

describe('parseOrgNumber', () => {
  it.each([
    ['212000-0159', '212000-0159'], // a municipality (kommun)
    ['2120000159', '212000-0159'],
    ['556677-8899', '556677-8899'], // an aktiebolag
    [' 556123-4567 ', '556123-4567'],
    ['802000-0009', '802000-0009'], // an ideell förening
  ])('accepts %s as %s', (input, normalized) => {
    expect(parseOrgNumber(input)).toEqual({ ok: true, value: { normalized } });
  });

  it('says which digit the checksum wants', () => {
    expect(parseOrgNumber('212000-0158')).toEqual({
      ok: false,
      message: 'checksum fails: the last digit should be 9',
    });
  });

  it('refuses a third digit below 2 and points sole traders to their personal number', () => {
    const result = parseOrgNumber('811218-9876');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^the third digit is 1 but must be 2 or more/);
  });

  it.each([
    '',
    '212000+0159',
    '21200-00159',
    '212000-015',
    'abcdef-ghij',
    '16212000-0159',
    '212000 0159',
  ])('refuses the form of "%s"', (input) => {
    expect(parseOrgNumber(input)).toEqual({ ok: false, message: 'expected NNNNNN-NNNN' });
  });
});
