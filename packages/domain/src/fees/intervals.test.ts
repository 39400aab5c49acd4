import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unionMinutes, type MinuteRange } from './intervals.ts';

const r = (start: number, end: number): MinuteRange => ({ start, end });

describe('unionMinutes', () => {
  it('counts each minute once', () => {
    expect(unionMinutes([])).toBe(0);
    expect(unionMinutes([r(0, 60), r(30, 90)])).toBe(90); // two staff, 30 minutes together
    expect(unionMinutes([r(0, 60), r(10, 20)])).toBe(60); // nested
    expect(unionMinutes([r(0, 60), r(60, 90)])).toBe(90); // touching
    expect(unionMinutes([r(100, 130), r(0, 60)])).toBe(90); // disjoint, any order
    expect(unionMinutes([r(0, 60), r(0, 60), r(0, 60)])).toBe(60);
    expect(unionMinutes([r(0, 10), r(20, 30), r(5, 25)])).toBe(30); // one bridging two
  });

  it('ignores empty ranges', () => {
    expect(unionMinutes([r(10, 10), r(0, 5)])).toBe(5);
  });

  const ranges = fc.array(
    fc
      .tuple(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 300 }))
      .map(([s, len]) => r(s, s + len)),
    { maxLength: 30 },
  );

  it('is between the longest range and the sum of all, and independent of order', () => {
    fc.assert(
      fc.property(ranges, (rs) => {
        const union = unionMinutes(rs);
        const lengths = rs.map((x) => x.end - x.start);
        expect(union).toBeLessThanOrEqual(lengths.reduce((a, b) => a + b, 0));
        expect(union).toBeGreaterThanOrEqual(Math.max(0, ...lengths));
        expect(unionMinutes([...rs].reverse())).toBe(union);
      }),
    );
  });

  it('equals a minute-by-minute count', () => {
    fc.assert(
      fc.property(ranges, (rs) => {
        const minutes = new Set<number>();
        for (const x of rs) for (let m = x.start; m < x.end; m++) minutes.add(m);
        expect(unionMinutes(rs)).toBe(minutes.size);
      }),
    );
  });
});
