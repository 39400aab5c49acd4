import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountForMinutes, applyPercent, divRoundHalfUp } from './rounding.ts';

describe('rounding (R-13: half up, integer öre)', () => {
  it('rounds exact halves up, also below zero', () => {
    expect(divRoundHalfUp(1, 2)).toBe(1);
    expect(divRoundHalfUp(3, 2)).toBe(2);
    expect(divRoundHalfUp(-1, 2)).toBe(0);
    expect(divRoundHalfUp(-3, 2)).toBe(-1);
    expect(divRoundHalfUp(7, 3)).toBe(2);
  });

  it('agrees with exact rational rounding for any part', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 2_000_000 }), (minutes, ore) => {
        const exact = (BigInt(minutes) * BigInt(ore) * 2n + 60n) / 120n;
        expect(amountForMinutes(minutes, ore)).toBe(Number(exact));
      }),
    );
  });

  it('applies decimal percents exactly', () => {
    expect(applyPercent(720, 110)).toBe(792);
    expect(applyPercent(5, 110)).toBe(6); // 5.5 → 6
    expect(applyPercent(30, 12.5)).toBe(4); // 3.75
    expect(applyPercent(10, 0.1)).toBe(0); // 0.01
    expect(applyPercent(3, 100 / 3)).toBe(1); // any decimals: exact
  });
});
