import { describe, expect, it } from 'vitest';
import { localInstant } from './local-instant.ts';

describe('localInstant', () => {
  it('gives winter and summer offsets in Stockholm', () => {
    expect(localInstant('2026-12-02', '08:00', 'Europe/Stockholm')).toBe('2026-12-02T08:00:00+01:00');
    expect(localInstant('2026-07-02', '08:00', 'Europe/Stockholm')).toBe('2026-07-02T08:00:00+02:00');
  });

  it('takes the first of a repeated autumn hour and the later offset for a skipped spring hour', () => {
    expect(localInstant('2026-10-25', '02:30', 'Europe/Stockholm')).toBe('2026-10-25T02:30:00+02:00');
    expect(localInstant('2026-03-29', '02:30', 'Europe/Stockholm')).toBe('2026-03-29T02:30:00+02:00');
  });
});
