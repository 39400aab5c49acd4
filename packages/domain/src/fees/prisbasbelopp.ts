import { MissingPrisbasbeloppError } from './errors.ts';

/** Prisbasbelopp in kronor by year (SFS; spec/scenario-v1.md "Fees"). */
export const BUILT_IN_PRISBASBELOPP: Readonly<Record<number, number>> = Object.freeze({
  2016: 44_300,
  2017: 44_800,
  2018: 45_500,
  2019: 46_500,
  2020: 47_300,
  2021: 47_600,
  2022: 48_300,
  2023: 52_500,
  2024: 57_300,
  2025: 58_800,
  2026: 59_200,
});

/**
 * The prisbasbelopp (kronor) of `year`: the municipality's own figure where it gives one (a
 * new year before the code knows it, or a correction), else the built-in table.
 */
export function prisbasbelopp(
  year: number,
  overrides: Readonly<Record<string, number>> = {},
): number {
  const value = overrides[String(year)] ?? BUILT_IN_PRISBASBELOPP[year];
  if (value === undefined) throw new MissingPrisbasbeloppError(year);
  return value;
}
