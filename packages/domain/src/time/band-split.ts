// Splitting a visit [arrive, leave) into band segments. Bands are wall-clock ranges, visits
// are real minutes: the walk advances in real (epoch) minutes and re-reads the wall clock at
// every band boundary and every UTC-offset change, so on a DST day a 01:30–03:30 visit counts
// 60 or 180 minutes as R-3 demands, and the repeated autumn hour falls in the bands of its
// wall-clock time twice.

import type { LocalClock } from './local-clock.ts';
import type { BandTimeline } from './band-timeline.ts';

export interface BandSegment {
  /** Index into the municipality's band list; -1 where no band holds the minutes. */
  band: number;
  /** First epoch minute of the segment. */
  start: number;
  minutes: number;
}

export class BandClock {
  readonly clock: LocalClock;
  readonly timeline: BandTimeline;

  constructor(clock: LocalClock, timeline: BandTimeline) {
    this.clock = clock;
    this.timeline = timeline;
  }

  /** Band index of the minute starting at `epochMinute` (-1: none). */
  bandAt(epochMinute: number): number {
    return this.timeline.spanAtLocalMinute(this.clock.localMinute(epochMinute)).band;
  }

  /**
   * Segments of [start, end) in time order; adjacent minutes of the same band form one
   * segment (also across midnight). The minutes always sum to `end − start`.
   */
  split(start: number, end: number): BandSegment[] {
    const segments: BandSegment[] = [];
    let t = start;
    while (t < end) {
      const period = this.clock.offsets.periodAt(t);
      const local = t + period.offsetMinutes;
      const day = Math.floor(local / 1440);
      const minuteOfDay = local - day * 1440;
      const span = this.timeline.spanAtLocalMinute(local);
      const next = Math.min(end, period.end, t + (span.to - minuteOfDay));
      const last = segments[segments.length - 1];
      if (last !== undefined && last.band === span.band) last.minutes += next - t;
      else segments.push({ band: span.band, start: t, minutes: next - t });
      t = next;
    }
    return segments;
  }
}
