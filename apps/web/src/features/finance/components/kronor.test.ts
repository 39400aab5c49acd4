import { describe, expect, it } from 'vitest';
import { kronorText, parseKronor } from './kronor.ts';

describe('kronor in forms', () => {
  it('reads what people type and refuses what is not an amount', () => {
    expect(parseKronor('12 500')).toBe(1_250_000);
    expect(parseKronor('12500,5')).toBe(1_250_050);
    expect(parseKronor('-300')).toBe(-30_000);
    expect(parseKronor('12,345')).toBeUndefined();
    expect(parseKronor('tolv')).toBeUndefined();
    expect(parseKronor('')).toBeUndefined();
  });

  it('writes öre back as kronor', () => {
    expect(kronorText(1_250_000)).toBe('12500');
    expect(kronorText(1_250_050)).toBe('12500,50');
  });
});
