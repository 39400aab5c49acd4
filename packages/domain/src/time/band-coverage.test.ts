import { describe, expect, it } from 'vitest';
import type { Band } from '../model/care-data.ts';
import { findBandCoverageGaps } from './band-coverage.ts';

const ALL = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const DAY: Band = { id: 'day', from: '07:00', to: '22:00', days: [...ALL], price: 'per_hour', precedence: 1 };
const NIGHT: Band = { id: 'night', from: '22:00', to: '07:00', days: [...ALL], price: 'per_visit', precedence: 1 };

describe('findBandCoverageGaps', () => {
  it('accepts the default bands', () => {
    expect(findBandCoverageGaps([DAY, NIGHT])).toEqual([]);
  });

  it('names each uncovered weekday and time', () => {
    const gaps = findBandCoverageGaps([DAY]);
    expect(gaps).toHaveLength(14);
    expect(gaps[0]).toMatchObject({ weekday: 'mon', from: '00:00', to: '07:00' });
    expect(gaps[1]).toMatchObject({ weekday: 'mon', from: '22:00', to: '24:00' });
    expect(gaps[0]?.message).toBe('no band covers mon 00:00–07:00 (bands that only name "holiday" do not count)');
  });

  it('does not count a holiday-only band', () => {
    const holiday: Band = { id: 'h', from: '00:00', to: '00:00', days: ['holiday'], price: 'per_hour', precedence: 9 };
    expect(findBandCoverageGaps([DAY, holiday])).toHaveLength(14);
  });

  it('follows a night band into the day after the one it names', () => {
    const sundayNight: Band = { ...NIGHT, days: ['sun'] };
    const otherNights: Band = { ...NIGHT, days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] };
    expect(findBandCoverageGaps([DAY, otherNights, sundayNight])).toEqual([]);
    // Without Sunday's night band, Sunday 22–24 and Monday 00–07 are open.
    expect(findBandCoverageGaps([DAY, otherNights]).map((g) => `${g.weekday} ${g.from}-${g.to}`)).toEqual([
      'mon 00:00-07:00',
      'sun 22:00-24:00',
    ]);
  });
});
