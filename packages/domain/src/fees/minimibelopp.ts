import type { FeeData } from '../model/care-data.ts';
import { applyPercent, divRoundHalfUp } from '../money/index.ts';

// Minimibelopp (the protected amount left for living costs): a factor of the prisbasbelopp per
// month, one for a single person and one per cohabiting spouse. The factors rose in 2023.
// In ten-thousandths, so the arithmetic stays exact.
const FACTORS = [
  { fromYear: 2023, single: 14_789, cohabiting: 12_066 },
  { fromYear: -Infinity, single: 13_546, cohabiting: 11_446 },
] as const;

export interface MinimibeloppInput {
  year: number;
  pbbKronor: number;
  household: FeeData['household'];
  /** Under 65 on the first day of the month. */
  under65: boolean;
  /** The fee model's `under65MinimibeloppPercent` (100 = no uplift). */
  under65Percent: number;
}

/**
 * Minimibelopp in öre: `round(factor × pbb / 12)` kronor; under 65, that many kronor ×
 * percent / 100, rounded again to whole kronor (the spec rounds twice, in that order).
 */
export function minimibeloppOre({
  year,
  pbbKronor,
  household,
  under65,
  under65Percent,
}: MinimibeloppInput): number {
  const factors = year >= FACTORS[0].fromYear ? FACTORS[0] : FACTORS[1];
  const factor = household === 'cohabiting' ? factors.cohabiting : factors.single;
  const kronor = divRoundHalfUp(factor * pbbKronor, 12 * 10_000);
  return (under65 ? applyPercent(kronor, under65Percent) : kronor) * 100;
}
