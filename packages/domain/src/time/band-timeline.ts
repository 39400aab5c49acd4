// Which band holds each wall-clock minute of a local day. A band's range starts on one of its
// `days` and may run into the next, so a day's minutes can come from bands that started on it
// or on the day before. Among the bands matching a minute the highest `precedence` wins, ties
// to the earlier band in the list. The result for a day is a short list of spans, computed
// once per local day and cached.

import type { Band } from '../model/care-data.ts';
import { WEEKDAYS } from '../model/care-data.ts';
import { weekdayIndexOfDayNumber } from './civil-days.ts';
import type { HolidayCalendar } from './holidays.ts';
import { bandLength, parseWallTime } from './wall-time.ts';

/** A span of one local day, `[from, to)` in minutes after midnight; `band` indexes the band list, -1 = none. */
export interface BandSpan {
  from: number;
  to: number;
  band: number;
}

export interface CompiledBand {
  index: number;
  from: number;
  length: number;
  precedence: number;
  /** Bit i set: the band starts on weekday i (0 = Monday). */
  weekdayMask: number;
  holiday: boolean;
}

export function compileBands(bands: readonly Band[]): CompiledBand[] {
  return bands.map((band, index) => {
    let weekdayMask = 0;
    WEEKDAYS.forEach((w, i) => {
      if (band.days.includes(w)) weekdayMask |= 1 << i;
    });
    const from = parseWallTime(band.from);
    return {
      index,
      from,
      length: bandLength(from, parseWallTime(band.to)),
      precedence: band.precedence,
      weekdayMask,
      holiday: band.days.includes('holiday'),
    };
  });
}

/** True when `a` beats `b` for a minute both match. */
function beats(a: CompiledBand, b: CompiledBand): boolean {
  return a.precedence > b.precedence || (a.precedence === b.precedence && a.index < b.index);
}

/**
 * Spans of one day given which bands started on the day before and on the day itself.
 * Shared by the calendar-aware timeline and the weekday coverage check.
 */
export function resolveDay(
  bands: readonly CompiledBand[],
  startedYesterday: (b: CompiledBand) => boolean,
  startedToday: (b: CompiledBand) => boolean,
): BandSpan[] {
  // Each matching band contributes a [from, to) piece of today (minutes after midnight).
  const pieces: { from: number; to: number; band: CompiledBand }[] = [];
  for (const b of bands) {
    if (startedYesterday(b) && b.from + b.length > 1440) {
      pieces.push({ from: 0, to: b.from + b.length - 1440, band: b });
    }
    if (startedToday(b)) pieces.push({ from: b.from, to: Math.min(1440, b.from + b.length), band: b });
  }
  const cuts = new Set<number>([0, 1440]);
  for (const p of pieces) {
    cuts.add(p.from);
    cuts.add(p.to);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const spans: BandSpan[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] ?? 0;
    const to = points[i + 1] ?? 1440;
    let best: CompiledBand | undefined;
    for (const p of pieces) {
      if (p.from <= from && to <= p.to && (best === undefined || beats(p.band, best))) best = p.band;
    }
    const band = best === undefined ? -1 : best.index;
    const prev = spans[spans.length - 1];
    if (prev !== undefined && prev.band === band) prev.to = to;
    else spans.push({ from, to, band });
  }
  return spans;
}

export class BandTimeline {
  readonly bands: readonly Band[];
  private readonly compiled: CompiledBand[];
  private readonly calendar: HolidayCalendar;
  private readonly cache = new Map<number, BandSpan[]>();

  constructor(bands: readonly Band[], calendar: HolidayCalendar) {
    this.bands = bands;
    this.compiled = compileBands(bands);
    this.calendar = calendar;
  }

  private startsOn(band: CompiledBand, dayNumber: number): boolean {
    if ((band.weekdayMask >> weekdayIndexOfDayNumber(dayNumber)) & 1) return true;
    return band.holiday && this.calendar.isHoliday(dayNumber);
  }

  /** The spans of local day `dayNumber`, covering [0, 1440). */
  spansOfDay(dayNumber: number): readonly BandSpan[] {
    let spans = this.cache.get(dayNumber);
    if (spans === undefined) {
      spans = resolveDay(
        this.compiled,
        (b) => this.startsOn(b, dayNumber - 1),
        (b) => this.startsOn(b, dayNumber),
      );
      this.cache.set(dayNumber, spans);
    }
    return spans;
  }

  /** The span holding a local minute (wall minutes since 1970-01-01T00:00 local). */
  spanAtLocalMinute(localMinute: number): BandSpan {
    const day = Math.floor(localMinute / 1440);
    const minuteOfDay = localMinute - day * 1440;
    const spans = this.spansOfDay(day);
    for (const span of spans) if (minuteOfDay < span.to) return span;
    // Unreachable: spans always end at 1440.
    return { from: 0, to: 1440, band: -1 };
  }
}
