// R-15 in the months around the 2022 raises, and the municipality's own settings: a higher
// minimibelopp of its own and its own age limit for the uplift.
import { describe, expect, it } from 'vitest';
import type { FeeModel } from '../model/care-data.ts';
import { computeFees } from './compute-fees.ts';
import { careData, client, HOURLY_MODEL, visit } from './test-support.ts';
import type { ClientFee } from './types.ts';

/** One client with ten hours of help in `month`; capacity binds (little income left). */
function feeIn(month: string, model: FeeModel = HOURLY_MODEL, born = '19300101'): ClientFee {
  const data = careData({
    fees: [model],
    clients: [client('c1', born, { netIncomeOre: 1_000_000, housingCostOre: 300_000 })],
  });
  const visits = Array.from({ length: 10 }, (_, i) => visit('c1', `${month}-${String(i + 1).padStart(2, '0')}`, '09:00', 60));
  const fee = computeFees(data, month, { visits, declined: [] }).fees[0];
  if (!fee) throw new Error('no fee line');
  return fee;
}

describe('minimibelopp 2022: effective-dated by the first day of the month', () => {
  // pbb 2021 47 600, 2022 48 300. Net 10 000 kr, housing 3 000 kr.
  it.each([
    ['2021-12', 537_300, 162_700], // 1.3546 × 47 600 / 12 = 5 373.25
    ['2022-01', 565_300, 134_700], // 1.4045 × 48 300 / 12 = 5 653.11 (was 5 452 with the old factor)
    ['2022-07', 565_300, 134_700],
    ['2022-08', 595_300, 104_700], // 1.4789 × 48 300 / 12 = 5 952.57 (was 5 452: 501 kr too low)
    ['2022-12', 595_300, 104_700],
  ])('%s: minimibelopp %i öre, capacity %i öre, and the fee is the capacity', (month, minimibelopp, capacity) => {
    expect(feeIn(month)).toMatchObject({ minimibeloppOre: minimibelopp, capacityOre: capacity, feeOre: capacity, binding: 'capacity' });
  });
});

describe('the municipality\u2019s own minimibelopp and uplift age', () => {
  const own: FeeModel = { ...HOURLY_MODEL, ownMinimibelopp: { singleOre: 600_000, cohabitingOre: 500_000 } };

  it('uses its own amount where higher than the national one, the national one where not', () => {
    expect(feeIn('2022-07', own)).toMatchObject({ minimibeloppOre: 600_000, capacityOre: 100_000 });
    expect(feeIn('2023-01', own).minimibeloppOre).toBe(647_000); // national 6 470 kr > 6 000 kr
  });

  it('gives the uplift below its own age limit: 61 means a 62-year-old gets none', () => {
    const at61: FeeModel = { ...HOURLY_MODEL, upliftUnderAge: 61 };
    // Born 1961-05-01: 61 on 2022-05-01, 60 the day before.
    expect(feeIn('2022-05', at61, '19610501').minimibeloppOre).toBe(565_300);
    expect(feeIn('2022-05', at61, '19610502').minimibeloppOre).toBe(621_800); // 5 653 × 1.1 = 6 218.3
    expect(feeIn('2022-05', HOURLY_MODEL, '19600101').minimibeloppOre).toBe(621_800); // 62, under 65
    expect(feeIn('2022-05', at61, '19600101').minimibeloppOre).toBe(565_300);
  });
});
