import { describe, expect, it } from 'vitest';
import { luhnCheckDigit, luhnValid } from './luhn.ts';

describe('luhn', () => {
  it('computes the check digit of well-known numbers', () => {
    expect(luhnCheckDigit('121212121')).toBe(2); // 19121212-1212, Skatteverket's example
    expect(luhnCheckDigit('811218987')).toBe(6); // 811218-9876
    expect(luhnCheckDigit('212000015')).toBe(9); // 212000-0159, a municipality
  });

  it('accepts a number whose last digit is its check digit and refuses one that is not', () => {
    expect(luhnValid('8112189876')).toBe(true);
    expect(luhnValid('8112189875')).toBe(false);
  });

  it('gives 0 where the weighted sum is already a multiple of ten', () => {
    expect(luhnCheckDigit('000000000')).toBe(0);
    expect(luhnValid('0000000000')).toBe(true);
  });
});
