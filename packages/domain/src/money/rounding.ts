// Integer arithmetic for money and minutes. Every `round` of the spec rounds half up
// (towards +∞ at exactly .5), and every figure is an integer, so nothing here may go
// through a float division that could land a hair below .5.

import { exactDecimal, roundHalfUpExact } from './decimal.ts';

/** round(numerator / denominator), half up; both integers, denominator > 0. */
export function divRoundHalfUp(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0) {
    throw new RangeError(`divRoundHalfUp needs safe integers and a positive denominator, got ${numerator}/${denominator}`);
  }
  // floor((2n + d) / 2d) is n/d rounded half up, for negative n too.
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

/** one priced part, round(minutes × öre per hour / 60) half up. */
export function amountForMinutes(minutes: number, orePerHour: number): number {
  return divRoundHalfUp(minutes * orePerHour, 60);
}

/** round(value × percent / 100) half up, exact for any decimals (cap %, declined %). */
export function applyPercent(value: number, percent: number): number {
  const v = exactDecimal(value);
  const p = exactDecimal(percent);
  return roundHalfUpExact(v.units * p.units, v.scale * p.scale * 100n);
}
