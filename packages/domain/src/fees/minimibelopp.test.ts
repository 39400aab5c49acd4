import { describe, expect, it } from 'vitest';
import { minimibeloppFactor, minimibeloppOre } from './minimibelopp.ts';

const base = { young: false, upliftPercent: 100 } as const;

describe('minimibeloppOre', () => {
  it.each([
    ['2017-05-01', 44_800, 'single', 505_700], // 1.3546 × 44 800 / 12 = 5 057.17
    ['2017-05-01', 44_800, 'cohabiting', 427_300], // 1.1446 × 44 800 / 12 = 4 273.17
    ['2021-12-01', 47_600, 'single', 537_300], // the old factors to the end of 2021: 5 373.25
    ['2022-01-01', 48_300, 'single', 565_300], // 1.4045 × 48 300 / 12 = 5 653.11 (national Jan–Jul 2022)
    ['2022-01-01', 48_300, 'cohabiting', 470_700], // 1.1694: 4 706.82 → 4 707
    ['2022-07-01', 48_300, 'single', 565_300],
    ['2022-08-01', 48_300, 'single', 595_300], // the raise of 1 August 2022: 5 952.57 → 5 953
    ['2022-08-01', 48_300, 'cohabiting', 485_700], // 1.2066: 4 856.57 → 4 857
    ['2022-12-01', 48_300, 'single', 595_300],
    ['2023-01-01', 52_500, 'single', 647_000], // DOMAIN.md §5: 6 470
    ['2023-01-01', 52_500, 'cohabiting', 527_900], // 5 278.875 → 5 279
    ['2024-01-01', 57_300, 'single', 706_200], // 7 061.75 → 7 062
    ['2024-01-01', 57_300, 'cohabiting', 576_200], // 5 761.515 → 5 762
  ] as const)('%s, pbb %i, %s: %i öre', (firstDay, pbbKronor, household, expected) => {
    expect(minimibeloppOre({ ...base, firstDay, pbbKronor, household })).toBe(expected);
  });

  it('changes factor on the exact days 2022-01-01 and 2022-08-01, not by year', () => {
    expect(minimibeloppFactor('2021-12-31', 'single')).toBe(13_546);
    expect(minimibeloppFactor('2022-01-01', 'single')).toBe(14_045);
    expect(minimibeloppFactor('2022-07-31', 'cohabiting')).toBe(11_694);
    expect(minimibeloppFactor('2022-08-01', 'cohabiting')).toBe(12_066);
    expect(minimibeloppFactor('1990-01-01', 'cohabiting')).toBe(11_446);
  });

  it('adds the uplift to the rounded kronor and rounds again', () => {
    const young = { firstDay: '2017-05-01', pbbKronor: 44_800, young: true, upliftPercent: 110 } as const;
    expect(minimibeloppOre({ ...young, household: 'single' })).toBe(556_300); // 5 057 × 1.1 = 5 562.7
    expect(minimibeloppOre({ ...young, household: 'cohabiting' })).toBe(470_000); // 4 273 × 1.1 = 4 700.3 (04-fees)
  });

  it('leaves the young alone at 100 % and takes a decimal percent exactly', () => {
    const young = { firstDay: '2017-05-01', pbbKronor: 44_800, household: 'single', young: true } as const;
    expect(minimibeloppOre({ ...young, upliftPercent: 100 })).toBe(505_700);
    // 5 057 × 1.05 = 5 309.85 → 5 310; 5 057 × 110.01 % = 5 563.2057 → 5 563
    expect(minimibeloppOre({ ...young, upliftPercent: 105 })).toBe(531_000);
    expect(minimibeloppOre({ ...young, upliftPercent: 110.01 })).toBe(556_300);
  });

  it('ignores the percent for those not young', () => {
    expect(
      minimibeloppOre({ firstDay: '2017-05-01', pbbKronor: 44_800, household: 'single', young: false, upliftPercent: 150 }),
    ).toBe(505_700);
  });

  it('takes the municipality\u2019s own amount where it is higher, never where it is lower', () => {
    const may = { firstDay: '2017-05-01', pbbKronor: 44_800, household: 'single', young: false, upliftPercent: 100 } as const;
    expect(minimibeloppOre({ ...may, ownOre: 550_000 })).toBe(550_000);
    expect(minimibeloppOre({ ...may, ownOre: 500_000 })).toBe(505_700);
    expect(minimibeloppOre({ ...may, ownOre: 505_700 })).toBe(505_700);
    // The uplift applies to the amount in force, the municipality's own included.
    expect(minimibeloppOre({ ...may, ownOre: 550_000, young: true, upliftPercent: 110 })).toBe(605_000);
  });
});
