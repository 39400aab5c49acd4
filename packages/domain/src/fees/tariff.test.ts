import { describe, expect, it } from 'vitest';
import type { FeeTariff } from '../model/care-data.ts';
import { FeeError } from './errors.ts';
import { assertTariff, tariffOre } from './tariff.ts';

const levels: FeeTariff = {
  kind: 'levels',
  levels: [
    { upToHours: 5, ore: 60_000 },
    { upToHours: 10, ore: 100_000 },
    { upToHours: null, ore: 150_000 },
  ],
};

describe('tariffOre', () => {
  it('charges nothing for no help, whatever the kind', () => {
    expect(tariffOre({ kind: 'hourly', orePerHour: 24_600 }, 0)).toBe(0);
    expect(tariffOre(levels, 0)).toBe(0);
    expect(tariffOre({ kind: 'fixed', ore: 120_000 }, 0)).toBe(0);
  });

  it('hourly: minutes × rate in whole kronor, half up', () => {
    expect(tariffOre({ kind: 'hourly', orePerHour: 24_600 }, 600)).toBe(246_000);
    expect(tariffOre({ kind: 'hourly', orePerHour: 24_600 }, 90)).toBe(36_900);
    expect(tariffOre({ kind: 'hourly', orePerHour: 3_000 }, 1)).toBe(100); // 0.5 kr → 1 kr
    expect(tariffOre({ kind: 'hourly', orePerHour: 2_999 }, 1)).toBe(0); // 0.4998 kr → 0
    expect(tariffOre({ kind: 'hourly', orePerHour: 24_600 }, 7)).toBe(2_900); // 28.7 kr → 29
  });

  it('levels: the first level that holds the minutes, the boundary inclusive', () => {
    expect(tariffOre(levels, 1)).toBe(60_000);
    expect(tariffOre(levels, 300)).toBe(60_000);
    expect(tariffOre(levels, 301)).toBe(100_000);
    expect(tariffOre(levels, 600)).toBe(100_000);
  });

  it('levels: the open last level (upToHours null) takes everything above', () => {
    expect(tariffOre(levels, 601)).toBe(150_000);
    expect(tariffOre(levels, 44_640)).toBe(150_000);
  });

  it('levels: decimal hours compare exactly (1.1 h is 66 minutes, not a hair more)', () => {
    const decimal: FeeTariff = {
      kind: 'levels',
      levels: [
        { upToHours: 1.1, ore: 10_000 },
        { upToHours: null, ore: 20_000 },
      ],
    };
    expect(tariffOre(decimal, 66)).toBe(10_000);
    expect(tariffOre(decimal, 67)).toBe(20_000);
  });

  it('levels: a table without an open last level fails with a clear error', () => {
    const closed: FeeTariff = { kind: 'levels', levels: [{ upToHours: 5, ore: 60_000 }] };
    expect(() => tariffOre(closed, 301)).toThrow(FeeError);
    expect(() => tariffOre(closed, 301)).toThrow(/last level .* must have upToHours null/);
  });

  it('assertTariff: refuses a level table without an open last level, or an empty one', () => {
    expect(() => assertTariff(levels)).not.toThrow();
    expect(() => assertTariff({ kind: 'levels', levels: [{ upToHours: 5, ore: 1 }] })).toThrow(
      /must have upToHours null/,
    );
    expect(() => assertTariff({ kind: 'levels', levels: [] })).toThrow(FeeError);
    expect(() => assertTariff({ kind: 'fixed', ore: 1 })).not.toThrow();
  });

  it('fixed: the amount for any help at all', () => {
    expect(tariffOre({ kind: 'fixed', ore: 120_000 }, 1)).toBe(120_000);
    expect(tariffOre({ kind: 'fixed', ore: 120_000 }, 5000)).toBe(120_000);
  });
});
