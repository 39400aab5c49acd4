// The fee model's decimal settings are exact at any number of decimals (the import accepts
// them all); a fixed six-decimal scale used to throw a RangeError here (found by the
// differential test in reference/).
import { describe, expect, it } from 'vitest';
import { minimibeloppOre } from './minimibelopp.ts';
import { tariffOre, withinHours } from './tariff.ts';

describe('exact decimals in the fee model', () => {
  it('compares minutes with upToHours × 60 exactly', () => {
    expect(withinHours(66, 1.1)).toBe(true); // 1.1 × 60 is 66.00000000000001 in floats
    expect(withinHours(67, 1.1)).toBe(false);
    expect(withinHours(20, 0.3333333)).toBe(false); // 19.999998 minutes
    expect(withinHours(19, 0.3333333)).toBe(true);
    expect(withinHours(0, 1e-7)).toBe(true);
  });

  it('a level table and an under-65 percent with seven decimals give fees, not an error', () => {
    const levels = { kind: 'levels', levels: [{ upToHours: 0.3333333, ore: 10_000 }, { upToHours: null, ore: 20_000 }] } as const;
    expect(tariffOre({ ...levels, levels: [...levels.levels] }, 20)).toBe(20_000);
    expect(minimibeloppOre({ firstDay: '2017-05-01', pbbKronor: 44_800, household: 'single', young: true, upliftPercent: 110.0000001 })).toBe(556_300);
  });
});
