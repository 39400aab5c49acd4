export { divRoundHalfUp, amountForMinutes, applyPercent } from './rounding.ts';
export { exactDecimal, roundHalfUpExact, sumExact } from './decimal.ts';
export type { ExactDecimal } from './decimal.ts';
