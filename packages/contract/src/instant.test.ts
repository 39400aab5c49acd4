import { describe, expect, it } from 'vitest';
import { instantWithOffset } from './instant.ts';

describe('instantWithOffset', () => {
  const instant = instantWithOffset('2016-12-05T08:00:00+01:00');

  it('cuts digits past the microsecond instead of letting the database round them into the next minute', () => {
    expect(instant.parse('2016-10-03T08:00:59.9999999+02:00')).toBe('2016-10-03T08:00:59.999999+02:00');
    expect(instant.parse('2016-10-03T08:00:59.123456789Z')).toBe('2016-10-03T08:00:59.123456Z');
  });

  it('accepts an instant without seconds and writes them out', () => {
    expect(instant.parse('2019-03-20T08:30+01:00')).toBe('2019-03-20T08:30:00+01:00');
    expect(instant.parse('2019-03-20T08:30Z')).toBe('2019-03-20T08:30:00Z');
  });

  it('leaves coarser instants as they are', () => {
    for (const v of ['2016-10-03T08:00:00+02:00', '2016-10-03T08:00:59.5+02:00', '2016-10-03T08:00:59.123456-05:30']) {
      expect(instant.parse(v)).toBe(v);
    }
  });

  it('refuses an instant without an offset or out of range, naming the expected form', () => {
    for (const bad of ['2016-10-03T08:00:00', '2016-13-03T08:00:00Z', '2016-10-03T24:00Z', 'tomorrow', 42]) {
      const r = instant.safeParse(bad);
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]?.message).toBe('expected an instant with offset, e.g. 2016-12-05T08:00:00+01:00');
    }
  });
});
