import { describe, expect, it } from 'vitest';
import { median, percentOneDecimal, roundedRatio, summarise } from './numbers.ts';

describe('report numbers', () => {
  it('rounds half up exactly, where floating point would round 1.005 down', () => {
    expect(roundedRatio(201, 8, 2)).toBe(25.13); // 25.125
    expect(roundedRatio(1005, 1000, 2)).toBe(1.01); // 1.005
    expect(roundedRatio(127, 20, 2)).toBe(6.35);
    expect(roundedRatio(5, 3, 2)).toBe(1.67);
    expect(roundedRatio(4, 3, 2)).toBe(1.33);
  });

  it('gives a percent with one decimal, null without a whole', () => {
    expect(percentOneDecimal(1, 16)).toBe(6.3); // 6.25
    expect(percentOneDecimal(1, 9)).toBe(11.1);
    expect(percentOneDecimal(0, 9)).toBe(0);
    expect(percentOneDecimal(3, 0)).toBeNull();
    expect(percentOneDecimal(41230, 70560)).toBe(58.4); // the spec's example: 58.432…
  });

  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([6, 6, 1, 14])).toBe(6);
  });

  it('summarises staff counts, and nothing as nulls', () => {
    expect(summarise([3, 1, 1])).toEqual({ clients: 3, mean: 1.67, median: 1, max: 3 });
    expect(summarise([])).toEqual({ clients: 0, mean: null, median: null, max: null });
  });
});
