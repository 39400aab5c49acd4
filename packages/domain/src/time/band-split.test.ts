import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Band, HolidayEve } from '../model/care-data.ts';
import { BandClock } from './band-split.ts';
import { BandTimeline } from './band-timeline.ts';
import { HolidayCalendar } from './holidays.ts';
import { epochMinuteOfMs, parseInstantMs } from './instant.ts';
import { LocalClock } from './local-clock.ts';

const ALL = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const band = (id: string, from: string, to: string, days: Band['days'], precedence = 1, price: Band['price'] = 'per_hour'): Band => ({
  id,
  from,
  to,
  days,
  price,
  precedence,
});

const HOURLY: Band[] = [
  band('day', '07:00', '19:00', [...ALL]),
  band('evening', '19:00', '22:00', [...ALL]),
  band('night', '22:00', '07:00', [...ALL], 2),
  band('weekend', '07:00', '07:00', ['sat', 'sun'], 3),
  band('holiday', '00:00', '00:00', ['holiday'], 4),
];

function bandClock(bands: Band[], eves: HolidayEve[] = [], zone = 'Europe/Stockholm'): BandClock {
  return new BandClock(new LocalClock(zone), new BandTimeline(bands, new HolidayCalendar(eves)));
}

const minute = (at: string): number => epochMinuteOfMs(parseInstantMs(at));

/** Band ids and minutes of a split, for readable expectations. */
function split(clock: BandClock, from: string, to: string): [string, number][] {
  return clock.split(minute(from), minute(to)).map((s) => [clock.timeline.bands[s.band]?.id ?? '-', s.minutes]);
}

describe('band splitting on DST days', () => {
  const clock = bandClock(HOURLY);

  it('counts 60 real minutes for 01:30–03:30 on the last Sunday of March', () => {
    // 2017-03-26: clocks go 02:00 → 03:00. Sunday night: the weekend band (Sat 07:00–Sun 07:00) wins.
    expect(split(clock, '2017-03-26T01:30:00+01:00', '2017-03-26T03:30:00+02:00')).toEqual([['weekend', 60]]);
  });

  it('counts 180 real minutes for 01:30–03:30 on the last Sunday of October', () => {
    expect(split(clock, '2017-10-29T01:30:00+02:00', '2017-10-29T03:30:00+01:00')).toEqual([['weekend', 180]]);
  });

  it('counts a night band by real time across both DST changes', () => {
    // 22:00–07:00 on the wall clock is 10 real hours in the autumn night and 8 in the spring one.
    const nights = bandClock([band('day', '07:00', '22:00', [...ALL]), band('night', '22:00', '07:00', [...ALL])]);
    expect(split(nights, '2016-10-29T22:00:00+02:00', '2016-10-30T07:00:00+01:00')).toEqual([['night', 600]]);
    expect(split(nights, '2016-03-26T22:00:00+01:00', '2016-03-27T07:00:00+02:00')).toEqual([['night', 480]]);
  });
});

describe('band matching', () => {
  it('takes a visit across midnight into a holiday band at midnight', () => {
    // 2017-04-13 (Thursday) → Good Friday 2017-04-14.
    const clock = bandClock(HOURLY);
    expect(split(clock, '2017-04-13T21:30:00+02:00', '2017-04-14T00:45:00+02:00')).toEqual([
      ['evening', 30],
      ['night', 120],
      ['holiday', 45],
    ]);
  });

  it('counts a chosen eve as holiday and an unchosen one as its weekday', () => {
    const at = ['2016-12-23T23:00:00+01:00', '2016-12-24T01:00:00+01:00'] as const;
    expect(split(bandClock(HOURLY, ['christmas_eve']), ...at)).toEqual([
      ['night', 60],
      ['holiday', 60],
    ]);
    // 2016-12-24 is a Saturday: without the eve the weekend band starts only at 07:00.
    expect(split(bandClock(HOURLY, []), ...at)).toEqual([['night', 120]]);
  });

  it('breaks precedence ties by list order', () => {
    const first = bandClock([band('a', '00:00', '00:00', [...ALL]), band('b', '08:00', '09:00', [...ALL])]);
    const second = bandClock([band('b', '08:00', '09:00', [...ALL]), band('a', '00:00', '00:00', [...ALL])]);
    const visit = ['2017-05-03T07:30:00+02:00', '2017-05-03T09:30:00+02:00'] as const;
    expect(split(first, ...visit)).toEqual([['a', 120]]);
    expect(split(second, ...visit)).toEqual([
      ['a', 30],
      ['b', 60],
      ['a', 30],
    ]);
  });

  it('runs a band from its start day into the next: Friday 19:00 to Saturday 07:00', () => {
    const clock = bandClock([band('all', '00:00', '00:00', [...ALL]), band('fri', '19:00', '07:00', ['fri'], 2)]);
    // 2017-03-24 is a Friday.
    expect(split(clock, '2017-03-25T06:00:00+01:00', '2017-03-25T08:00:00+01:00')).toEqual([
      ['fri', 60],
      ['all', 60],
    ]);
    expect(split(clock, '2017-03-24T06:00:00+01:00', '2017-03-24T08:00:00+01:00')).toEqual([['all', 120]]);
  });

  it('names the band at an arrival', () => {
    const clock = bandClock([band('day', '07:00', '22:00', [...ALL]), band('night', '22:00', '07:00', [...ALL], 1, 'per_visit')]);
    expect(clock.bandAt(minute('2017-01-02T21:59:00+01:00'))).toBe(0);
    expect(clock.bandAt(minute('2017-01-02T22:00:00+01:00'))).toBe(1);
    expect(clock.bandAt(minute('2017-01-03T06:59:00+01:00'))).toBe(1);
  });
});

describe('band splitting conserves minutes', () => {
  it('gives contiguous segments that sum to the visit length, in any zone', () => {
    const zones = ['Europe/Stockholm', 'America/New_York', 'Australia/Lord_Howe', 'UTC'];
    const clocks = zones.map((z) => bandClock(HOURLY, ['midsummer_eve'], z));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: zones.length - 1 }),
        fc.integer({ min: 24_000_000, max: 27_000_000 }),
        fc.integer({ min: 0, max: 720 }),
        (z, start, length) => {
          const segments = clocks[z]?.split(start, start + length) ?? [];
          let at = start;
          for (const s of segments) {
            expect(s.start).toBe(at);
            expect(s.minutes).toBeGreaterThan(0);
            expect(s.band).toBeGreaterThanOrEqual(0);
            at += s.minutes;
          }
          expect(at).toBe(start + length);
        },
      ),
      { numRuns: 500 },
    );
  });
});
