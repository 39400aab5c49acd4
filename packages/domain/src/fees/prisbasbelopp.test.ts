import { describe, expect, it } from 'vitest';
import { MissingPrisbasbeloppError } from './errors.ts';
import { prisbasbelopp } from './prisbasbelopp.ts';

describe('prisbasbelopp', () => {
  it('knows 2016 to 2026', () => {
    expect([2016, 2017, 2022, 2023, 2024, 2025, 2026].map((y) => prisbasbelopp(y))).toEqual([
      44_300, 44_800, 48_300, 52_500, 57_300, 58_800, 59_200,
    ]);
  });

  it("takes the municipality's figure before the built-in one, and for new years", () => {
    expect(prisbasbelopp(2027, { '2027': 60_000 })).toBe(60_000);
    expect(prisbasbelopp(2024, { '2024': 57_000 })).toBe(57_000);
    expect(prisbasbelopp(2024, { '2027': 60_000 })).toBe(57_300);
  });

  it('names the year that is missing', () => {
    expect(() => prisbasbelopp(2027)).toThrow(MissingPrisbasbeloppError);
    expect(() => prisbasbelopp(2015)).toThrow(
      'no prisbasbelopp for 2015: give it as municipality.prisbasbelopp["2015"] (kronor)',
    );
  });
});
