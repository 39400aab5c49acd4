import { describe, expect, it } from 'vitest';
import { parsePhoneNumber } from './phone-number.ts';

describe('parsePhoneNumber', () => {
  it.each([
    ['070-123 45 67', '+46701234567'],
    ['0701234567', '+46701234567'],
    ['08-123 456 78', '+46812345678'],
    ['08-12 34 56', '+468123456'],
    ['+46 70 123 45 67', '+46701234567'],
    ['+46 (0)70 123 45 67', '+46701234567'],
    ['0046 70 1234567', '+46701234567'],
    ['+358 40 123 4567', '+358401234567'],
    ['  070  123 45 67 ', '+46701234567'],
  ])('reads %j as %s', (input, digits) => {
    const r = parsePhoneNumber(input);
    expect(r).toEqual({ ok: true, value: { display: input.trim().replace(/\s+/g, ' '), digits } });
  });

  it.each([
    ['', 'expected a telephone number'],
    ['   ', 'expected a telephone number'],
    ['070-ABC', 'expected digits'],
    ['070 123 45 67 ank. 12', 'expected digits'],
    ['+46+70123', 'a + may only begin'],
    ['46 70 123 45 67', 'expected a leading 0'],
    ['070-12', 'a Swedish number has 8 to 10 digits'],
    ['070-123 45 67 89', 'a Swedish number has 8 to 10 digits'],
    ['+0 70 123 45 67', 'never begins with 0'],
    ['+46 70', 'an international number has 8 to 15 digits'],
    ['+46 70 123 45 67 89 01 23', 'an international number has 8 to 15 digits'],
  ])('refuses %j saying what is wrong', (input, message) => {
    const r = parsePhoneNumber(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(message);
  });

  it('reads a number and its display form the same way (the stored form parses to itself)', () => {
    for (const input of ['070-123 45 67', '+46 (0)8 123 456 78', '0046 70 1234567']) {
      const first = parsePhoneNumber(input);
      if (!first.ok) throw new Error(first.message);
      expect(parsePhoneNumber(first.value.display)).toEqual(first);
    }
  });
});
