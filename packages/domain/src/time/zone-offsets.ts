// UTC offsets of one time zone, looked up per instant in O(log k) over the k offset periods
// seen so far. A month has at most two DST transitions, so after the first few look-ups
// no Temporal object is built again: the engine converts millions of instants with this.

import { Temporal } from 'temporal-polyfill';

export interface OffsetPeriod {
  /** First epoch minute of the period (inclusive). */
  start: number;
  /** First epoch minute after it (exclusive); Infinity when no transition follows. */
  end: number;
  /** Local wall clock minus UTC, in minutes. */
  offsetMinutes: number;
}

export class ZoneOffsets {
  readonly timeZone: string;
  private readonly periods: OffsetPeriod[] = [];
  private last: OffsetPeriod | undefined;

  constructor(timeZone: string) {
    // Fails fast on an unknown zone, with Temporal's message.
    Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(timeZone);
    this.timeZone = timeZone;
  }

  /** The offset period that holds `epochMinute`. */
  periodAt(epochMinute: number): OffsetPeriod {
    const last = this.last;
    if (last !== undefined && epochMinute >= last.start && epochMinute < last.end) return last;
    const found = this.search(epochMinute) ?? this.compute(epochMinute);
    this.last = found;
    return found;
  }

  offsetAt(epochMinute: number): number {
    return this.periodAt(epochMinute).offsetMinutes;
  }

  private search(epochMinute: number): OffsetPeriod | undefined {
    let lo = 0;
    let hi = this.periods.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const p = this.periods[mid];
      if (p === undefined) break;
      if (epochMinute < p.start) hi = mid - 1;
      else if (epochMinute >= p.end) lo = mid + 1;
      else return p;
    }
    return undefined;
  }

  private compute(epochMinute: number): OffsetPeriod {
    const ms = epochMinute * 60_000;
    const zoned = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(this.timeZone);
    // Historic local mean times have offsets in seconds; seconds never count.
    const offsetMinutes = Math.floor(zoned.offsetNanoseconds / 60_000_000_000);
    // Asking from one millisecond later makes a transition exactly at `ms` count as "previous".
    const previous = Temporal.Instant.fromEpochMilliseconds(ms + 1)
      .toZonedDateTimeISO(this.timeZone)
      .getTimeZoneTransition('previous');
    const next = zoned.getTimeZoneTransition('next');
    const period: OffsetPeriod = {
      start: previous === null ? -Infinity : Math.ceil(previous.epochMilliseconds / 60_000),
      end: next === null ? Infinity : Math.ceil(next.epochMilliseconds / 60_000),
      offsetMinutes,
    };
    const at = this.periods.findIndex((p) => p.start > period.start);
    this.periods.splice(at === -1 ? this.periods.length : at, 0, period);
    return period;
  }
}
