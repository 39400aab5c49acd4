// The importer refuses band settings that leave a minute of some weekday without a band
// ("Bands" in the scenario spec). Holidays are extra: a band that only names `holiday`
// cannot fill a gap, because most weeks have no holiday at all.

import type { Band, Weekday } from '../model/care-data.ts';
import { WEEKDAYS } from '../model/care-data.ts';
import { compileBands, resolveDay } from './band-timeline.ts';
import { formatWallTime } from './wall-time.ts';

export interface BandCoverageGap {
  weekday: Weekday;
  /** `HH:MM`, inclusive. */
  from: string;
  /** `HH:MM`, exclusive; `24:00` for the end of the day. */
  to: string;
  message: string;
}

/** Every stretch of a weekday's wall clock that no band covers; empty when all is covered. */
export function findBandCoverageGaps(bands: readonly Band[]): BandCoverageGap[] {
  const compiled = compileBands(bands);
  const gaps: BandCoverageGap[] = [];
  WEEKDAYS.forEach((weekday, i) => {
    const yesterday = (i + 6) % 7;
    const spans = resolveDay(
      compiled,
      (b) => ((b.weekdayMask >> yesterday) & 1) === 1,
      (b) => ((b.weekdayMask >> i) & 1) === 1,
    );
    for (const span of spans) {
      if (span.band !== -1) continue;
      const from = formatWallTime(span.from);
      const to = formatWallTime(span.to);
      gaps.push({
        weekday,
        from,
        to,
        message: `no band covers ${weekday} ${from}–${to} (bands that only name "holiday" do not count)`,
      });
    }
  });
  return gaps;
}
