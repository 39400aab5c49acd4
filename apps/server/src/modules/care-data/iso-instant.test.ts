import { describe, expect, it } from 'vitest';
import { isoInstant } from './registration-reader.ts';

describe('isoInstant (timestamptz text → ISO)', () => {
  it('keeps every stored digit of the fraction, so step 1 can order by the instant exactly', () => {
    expect(isoInstant('2024-10-27 01:30:00+00')).toBe('2024-10-27T01:30:00.000Z');
    expect(isoInstant('2024-10-27 01:30:00.5+00')).toBe('2024-10-27T01:30:00.5Z');
    expect(isoInstant('2024-10-27 01:30:59.999999+00')).toBe('2024-10-27T01:30:59.999999Z');
  });

  it('takes the slow path for another spelling', () => {
    expect(isoInstant('2024-10-27 03:30:00+02')).toBe('2024-10-27T01:30:00.000Z');
  });
});
