import { divRoundHalfUp } from '../money/index.ts';

// Maxtaxa (the fee ceiling, SoL 8 kap): a factor of the prisbasbelopp per month. The factor was
// raised on 2016-07-01; factors are in ten-thousandths so the arithmetic stays exact.
const CHANGE = '2016-07-01';
const FACTOR_BEFORE = 4800; // 0.48
const FACTOR_FROM = 5392; // 0.5392

/** Maxtaxa in öre: `round(factor × pbb / 12)` whole kronor, factor by `firstDay` of the month. */
export function maxtaxaOre(firstDay: string, pbbKronor: number): number {
  const factor = firstDay < CHANGE ? FACTOR_BEFORE : FACTOR_FROM;
  return divRoundHalfUp(factor * pbbKronor, 12 * 10_000) * 100;
}
