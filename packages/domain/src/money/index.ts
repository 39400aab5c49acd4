export { divRoundHalfUp, scaleDecimal, DECIMAL_SCALE, amountForMinutes, applyPercent } from './rounding.ts';
export { exactDecimal, roundHalfUpExact, sumExact } from './decimal.ts';
export type { ExactDecimal } from './decimal.ts';
