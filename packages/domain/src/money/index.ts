export { divRoundHalfUp, scaleDecimal, DECIMAL_SCALE, amountForMinutes, applyPercent } from './rounding.ts';
