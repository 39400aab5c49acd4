import type { FeeTariff } from '../model/care-data.ts';
import { exactDecimal } from '../money/decimal.ts';
import { divRoundHalfUp } from '../money/index.ts';
import { FeeError } from './errors.ts';

/**
 * The tariff in öre for `basisMinutes` of help: nothing without help; hourly:
 * `round(minutes × öre per hour / 6000)` whole kronor; levels: the amount of the first level
 * whose `upToHours × 60` holds the minutes (null = no limit); fixed: the amount.
 */
export function tariffOre(tariff: FeeTariff, basisMinutes: number): number {
  if (basisMinutes === 0) return 0;
  switch (tariff.kind) {
    case 'hourly':
      return divRoundHalfUp(basisMinutes * tariff.orePerHour, 6000) * 100;
    case 'levels':
      return levelFor(tariff.levels, basisMinutes).ore;
    case 'fixed':
      return tariff.ore;
  }
}

/**
 * Refuses a level table whose last level is not open-ended (the spec refuses it; the import
 * should already have). Checked once per month, not only when some client's minutes reach the
 * end, so a broken table never yields fees for some months and an error for others.
 */
export function assertTariff(tariff: FeeTariff): void {
  if (tariff.kind === 'levels' && tariff.levels.at(-1)?.upToHours !== null) {
    throw new FeeError('the last level of a fee level table must have upToHours null');
  }
}

function levelFor(
  levels: { upToHours: number | null; ore: number }[],
  basisMinutes: number,
): { ore: number } {
  const level = levels.find(
    ({ upToHours }) => upToHours === null || withinHours(basisMinutes, upToHours),
  );
  // The import refuses a table whose last level is not open-ended; say so if one slips through.
  if (!level)
    throw new FeeError(
      `the last level of a fee level table must have upToHours null (${basisMinutes} minutes fit no level)`,
    );
  return level;
}

/**
 * basisMinutes ≤ hours × 60, exactly and at any number of decimals (the import takes any):
 * 1.1 h × 60 is 66.00000000000001 in floating point, and 0.3333333 h is 19.999998 minutes.
 */
export function withinHours(basisMinutes: number, hours: number): boolean {
  const h = exactDecimal(hours);
  return BigInt(basisMinutes) * h.scale <= h.units * 60n;
}
