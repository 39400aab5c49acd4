// The money figures of R-15, each one line of the spec, in exact integer arithmetic.

import { floorDiv, fractionOf, roundHalfUp } from './exact.ts';
import type { JsonFeeData, JsonTariff } from './scenario-json.ts';

const BUILT_IN: Record<string, number> = {
  2016: 44_300, 2017: 44_800, 2018: 45_500, 2019: 46_500, 2020: 47_300, 2021: 47_600,
  2022: 48_300, 2023: 52_500, 2024: 57_300, 2025: 58_800, 2026: 59_200,
};

/** Prisbasbelopp in kronor; the scenario's table adds to or overrides the built-in one. */
export function pbbKr(year: string, overrides: Record<string, number>): number | undefined {
  return overrides[year] ?? BUILT_IN[year];
}

/** round(factor × pbb / 12) with the factor given as ten-thousandths. */
function twelfth(factor10k: number, pbb: number): bigint {
  return roundHalfUp(BigInt(factor10k) * BigInt(pbb), 120_000n);
}

export function maxtaxaOre(firstDay: string, pbb: number): number {
  return Number(twelfth(firstDay < '2016-07-01' ? 4800 : 5392, pbb)) * 100;
}

/**
 * Factors by the first day of M: 1.3546 / 1.1446 before 2022-01-01, 1.4045 / 1.1694 from then,
 * 1.4789 / 1.2066 from 2022-08-01. A municipality's own amount (whole kronor, in öre) counts
 * where it is higher; the uplift then applies to whichever counts.
 */
export function minimibeloppOre(firstDay: string, pbb: number, household: 'single' | 'cohabiting', young: boolean, under65Percent: number, ownOre: number | undefined): number {
  const single = household === 'single';
  let factor = single ? 13546 : 11446;
  if (firstDay >= '2022-01-01') factor = single ? 14045 : 11694;
  if (firstDay >= '2022-08-01') factor = single ? 14789 : 12066;
  let kr = twelfth(factor, pbb);
  if (ownOre !== undefined && BigInt(ownOre / 100) > kr) kr = BigInt(ownOre / 100);
  if (young) {
    const p = fractionOf(under65Percent);
    kr = roundHalfUp(kr * p.num, 100n * p.den);
  }
  return Number(kr) * 100;
}

export function capacityOre(fee: JsonFeeData, minimibelopp: number): number {
  const raw = fee.netIncomeOre + (fee.housingSupplementOre ?? 0) - fee.housingCostOre - minimibelopp + (fee.adjustmentsOre ?? 0);
  return raw < 0 ? 0 : Number(floorDiv(BigInt(raw), 100n)) * 100;
}

export function tariffOre(tariff: JsonTariff, minutes: number): number {
  if (minutes === 0) return 0;
  switch (tariff.kind) {
    case 'hourly':
      return Number(roundHalfUp(BigInt(minutes) * BigInt(tariff.orePerHour), 6000n)) * 100;
    case 'fixed':
      return tariff.ore;
    case 'levels': {
      const level = tariff.levels.find((l) => {
        if (l.upToHours === null) return true;
        const h = fractionOf(l.upToHours);
        return BigInt(minutes) * h.den <= h.num * 60n;
      });
      if (!level) throw new Error('reference: level table without an open last level');
      return level.ore;
    }
  }
}
