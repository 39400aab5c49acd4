import type { FeeData } from '../model/care-data.ts';
import { applyPercent, divRoundHalfUp } from '../money/index.ts';

// Minimibelopp (the protected amount left for living costs): a factor of the prisbasbelopp per
// month, one for a single person and one per cohabiting spouse. The factors are effective-dated
// by date, not by year: 2022 had two raises, on 1 January and on 1 August (spec "Fees").
// In ten-thousandths, so the arithmetic stays exact; the latest `from` first.
const FACTORS = [
  { from: '2022-08-01', single: 14_789, cohabiting: 12_066 },
  { from: '2022-01-01', single: 14_045, cohabiting: 11_694 },
  { from: '0000-01-01', single: 13_546, cohabiting: 11_446 },
] as const;

/** Below this age on the first day of the month the uplift applies, unless the model says otherwise. */
export const DEFAULT_UPLIFT_UNDER_AGE = 65;

export interface MinimibeloppInput {
  /** The first day of the month: the factors in force on it apply. */
  firstDay: string;
  pbbKronor: number;
  household: FeeData['household'];
  /** Younger than the fee model's uplift age on the first day of the month. */
  young: boolean;
  /** The fee model's `under65MinimibeloppPercent` (100 = no uplift). */
  upliftPercent: number;
  /** The municipality's own minimibelopp for this household in öre (whole kronor), if it set one. */
  ownOre?: number | undefined;
}

/** The national factor (ten-thousandths) in force on `date` for the household. */
export function minimibeloppFactor(date: string, household: FeeData['household']): number {
  const factors = FACTORS.find((f) => f.from <= date) ?? FACTORS[2];
  return household === 'cohabiting' ? factors.cohabiting : factors.single;
}

/**
 * Minimibelopp in öre: `round(factor × pbb / 12)` kronor, or the municipality's own amount
 * where that is higher (the law lets it set a higher one, never a lower); for a younger client,
 * that many kronor × percent / 100, rounded again to whole kronor (the spec rounds twice).
 */
export function minimibeloppOre({
  firstDay,
  pbbKronor,
  household,
  young,
  upliftPercent,
  ownOre,
}: MinimibeloppInput): number {
  const national = divRoundHalfUp(minimibeloppFactor(firstDay, household) * pbbKronor, 12 * 10_000);
  const kronor = Math.max(national, Math.floor((ownOre ?? 0) / 100));
  return (young ? applyPercent(kronor, upliftPercent) : kronor) * 100;
}
