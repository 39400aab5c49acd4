import { describe, expect, it } from 'vitest';
import { recostDay } from './recost.ts';
import type { DayInput } from './types.ts';

// Two clients 6 km apart along a meridian (≈ 0.054°), driven at 36 km/h: 10 minutes with no detour.
const office = { id: 'office', lat: 59.3, lon: 18.0 };
const day: DayInput = {
  date: '2026-11-24',
  clients: [
    { id: 'a', location: { id: 'a', lat: 59.3, lon: 18.0 } },
    { id: 'b', location: { id: 'b', lat: 59.3 + 6 / 111.195, lon: 18.0 } },
  ],
  visits: [
    { id: 'va', client: 'a', earliest: 480, latest: 500, durationMinutes: 30, doubleStaffing: false },
    { id: 'vb', client: 'b', earliest: 480, latest: 520, durationMinutes: 30, doubleStaffing: true },
  ],
  shifts: [
    { staff: 's1', start: 420, end: 600, startAt: office },
    { staff: 's2', start: 420, end: 540, startAt: office },
  ],
  travel: { kind: 'haversine', speedKmh: 36, detour: 1 },
};

describe('recostDay', () => {
  it('times a round as it stands and adds up the travel', () => {
    const r = recostDay(day, [{ staff: 's1', visits: ['va', 'vb'] }, { staff: 's2', visits: ['vb'] }]);
    const [s1, s2] = r.routes;
    expect(s1!.stops.map((s) => [s.visit, Math.round(s.start), Math.round(s.end), Math.round(s.travelMinutes)])).toEqual([['va', 480, 510, 0], ['vb', 520, 550, 10]]);
    expect(Math.round(s1!.travelMinutes)).toBe(20);
    expect(Math.round(s2!.stops[0]!.start)).toBe(480);
    expect(r.violations).toEqual([]);
    expect(r.unassigned).toEqual([]);
  });

  it('names what a manual move breaks, and what it leaves without anyone', () => {
    // s2 starts at the office (at client a): b at 480, back to a by 520 (20 late), b again by 560.
    const r = recostDay(day, [{ staff: 's2', visits: ['vb', 'va', 'vb'] }, { staff: 'nobody', visits: [] }]);
    expect(r.violations).toEqual([
      { kind: 'late', visit: 'va', staff: 's2', minutes: 20 },
      { kind: 'same_staff_twice', visit: 'vb', staff: 's2' },
      { kind: 'late', visit: 'vb', staff: 's2', minutes: 40 },
      { kind: 'after_shift', staff: 's2', minutes: 60 },
      { kind: 'no_shift', staff: 'nobody' },
    ]);
    const shortOnly = recostDay(day, [{ staff: 's1', visits: ['vb'] }]);
    expect(shortOnly.violations).toEqual([{ kind: 'double_staffing_short', visit: 'vb' }]);
    expect(shortOnly.unassigned).toEqual([{ visit: 'va', reason: 'no_room' }]);
  });
});
