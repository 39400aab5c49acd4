import { describe, expect, it } from 'vitest';
import { parseIsoDate } from './date-field-parse.ts';

describe('parseIsoDate', () => {
  it('reads ÅÅÅÅ-MM-DD and ÅÅÅÅMMDD', () => {
    expect(parseIsoDate('2026-12-01')).toBe('2026-12-01');
    expect(parseIsoDate(' 20261201 ')).toBe('2026-12-01');
    expect(parseIsoDate('2028-02-29')).toBe('2028-02-29');
  });

  it('refuses dates that do not exist and other formats', () => {
    for (const s of ['2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '12/01/2026', '1 dec 2026', '', '2026-1-1']) {
      expect(parseIsoDate(s)).toBeNull();
    }
  });
});
