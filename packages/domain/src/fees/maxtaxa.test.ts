import { describe, expect, it } from 'vitest';
import { maxtaxaOre } from './maxtaxa.ts';
import { prisbasbelopp } from './prisbasbelopp.ts';

const maxtaxaOf = (month: string) =>
  maxtaxaOre(`${month}-01`, prisbasbelopp(Number(month.slice(0, 4))));

describe('maxtaxaOre', () => {
  it.each([
    ['2016-01', 177_200], // 0.48 × 44 300 / 12 = 1 772
    ['2016-06', 177_200],
    ['2016-07', 199_100], // 0.5392 × 44 300 / 12 = 1 990.55 → 1 991
    ['2016-12', 199_100],
    ['2017-05', 201_300], // 04-fees
    ['2023-01', 235_900], // 0.5392 × 52 500 / 12 = 2 359
    ['2024-01', 257_500], // DOMAIN.md §5: 2 575 kr
    ['2025-06', 264_200], // 2 642 kr
    ['2026-12', 266_000], // 2 660 kr (Mönsterås)
  ])('%s: %i öre', (month, expected) => {
    expect(maxtaxaOf(month)).toBe(expected);
  });

  it('rounds half up to whole kronor', () => {
    expect(maxtaxaOre('2017-01-01', 3750)).toBe(16_900); // 0.5392 × 3 750 / 12 = 168.5 exactly
    expect(maxtaxaOre('2017-01-01', 3749)).toBe(16_800); // 168.455
    expect(maxtaxaOre('2016-01-01', 25)).toBe(100); // 0.48 × 25 / 12 = 1
    expect(maxtaxaOre('2016-01-01', 38)).toBe(200); // 1.52 → 2
    expect(maxtaxaOre('2016-01-01', 37)).toBe(100); // 1.48 → 1
  });
});
