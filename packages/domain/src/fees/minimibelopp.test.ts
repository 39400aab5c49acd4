import { describe, expect, it } from 'vitest';
import { minimibeloppOre } from './minimibelopp.ts';

const base = { under65: false, under65Percent: 100 } as const;

describe('minimibeloppOre', () => {
  it.each([
    [2017, 44_800, 'single', 505_700], // 1.3546 × 44 800 / 12 = 5 057.17
    [2017, 44_800, 'cohabiting', 427_300], // 1.1446 × 44 800 / 12 = 4 273.17
    [2022, 48_300, 'single', 545_200], // last year of the old factors: 5 452.27
    [2023, 52_500, 'single', 647_000], // DOMAIN.md §5: 6 470
    [2023, 52_500, 'cohabiting', 527_900], // 5 278.875 → 5 279
    [2024, 57_300, 'single', 706_200], // 7 061.75 → 7 062
    [2024, 57_300, 'cohabiting', 576_200], // 5 761.515 → 5 762
  ] as const)('%i, pbb %i, %s: %i öre', (year, pbbKronor, household, expected) => {
    expect(minimibeloppOre({ ...base, year, pbbKronor, household })).toBe(expected);
  });

  it('adds the under-65 uplift to the rounded kronor and rounds again', () => {
    const under65 = { year: 2017, pbbKronor: 44_800, under65: true, under65Percent: 110 } as const;
    expect(minimibeloppOre({ ...under65, household: 'single' })).toBe(556_300); // 5 057 × 1.1 = 5 562.7
    expect(minimibeloppOre({ ...under65, household: 'cohabiting' })).toBe(470_000); // 4 273 × 1.1 = 4 700.3 (04-fees)
  });

  it('leaves those under 65 alone at 100 % and takes a decimal percent exactly', () => {
    const under65 = { year: 2017, pbbKronor: 44_800, household: 'single', under65: true } as const;
    expect(minimibeloppOre({ ...under65, under65Percent: 100 })).toBe(505_700);
    // 5 057 × 1.05 = 5 309.85 → 5 310; 5 057 × 110.01 % = 5 563.2057 → 5 563
    expect(minimibeloppOre({ ...under65, under65Percent: 105 })).toBe(531_000);
    expect(minimibeloppOre({ ...under65, under65Percent: 110.01 })).toBe(556_300);
  });

  it('ignores the percent for those 65 or older', () => {
    expect(
      minimibeloppOre({
        year: 2017,
        pbbKronor: 44_800,
        household: 'single',
        under65: false,
        under65Percent: 150,
      }),
    ).toBe(505_700);
  });
});
