import { describe, expect, it } from 'vitest';
import type { FeeData } from '../model/care-data.ts';
import { capacityOre } from './capacity.ts';

const fee = (over: Partial<FeeData>): FeeData => ({
  netIncomeOre: 1_650_000,
  housingSupplementOre: 120_000,
  housingCostOre: 720_000,
  household: 'single',
  adjustmentsOre: 0,
  ...over,
});

describe('capacityOre (avgiftsutrymme)', () => {
  it('is income and housing supplement less housing cost and minimibelopp', () => {
    expect(capacityOre(fee({}), 505_700)).toBe(544_300); // 04-fees, c1
  });

  it('adds adjustments, which may be negative', () => {
    expect(capacityOre(fee({ adjustmentsOre: -50_000 }), 505_700)).toBe(494_300);
    expect(capacityOre(fee({ adjustmentsOre: 25_000 }), 505_700)).toBe(569_300);
  });

  it('is 0, not negative, when housing and minimibelopp take everything', () => {
    expect(capacityOre(fee({ netIncomeOre: 900_000 }), 505_700)).toBe(0);
    expect(
      capacityOre(fee({ netIncomeOre: 1_105_700, housingSupplementOre: 120_000 }), 505_700),
    ).toBe(0);
  });

  it('rounds down to whole kronor', () => {
    expect(capacityOre(fee({ netIncomeOre: 1_650_099 }), 505_700)).toBe(544_300);
    expect(capacityOre(fee({ netIncomeOre: 1_650_100 }), 505_700)).toBe(544_400);
    expect(capacityOre(fee({ netIncomeOre: 1_105_750 }), 505_700)).toBe(0); // 50 öre of room: 0 kr
  });
});
