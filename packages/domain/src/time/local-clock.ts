// Epoch minutes ↔ local wall clock of one municipality's time zone. "Local minutes" count
// wall-clock minutes since 1970-01-01T00:00 local, so a local day is `floor(local / 1440)`.

import { formatDayNumber } from './civil-days.ts';
import { ZoneOffsets } from './zone-offsets.ts';

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

export class LocalClock {
  readonly offsets: ZoneOffsets;
  private readonly dateCache = new Map<number, string>();

  constructor(timeZone: string) {
    this.offsets = new ZoneOffsets(timeZone);
  }

  get timeZone(): string {
    return this.offsets.timeZone;
  }

  localMinute(epochMinute: number): number {
    return epochMinute + this.offsets.offsetAt(epochMinute);
  }

  /** Day number of the local date of `epochMinute`. */
  localDay(epochMinute: number): number {
    return Math.floor(this.localMinute(epochMinute) / 1440);
  }

  /** `YYYY-MM-DD` of a day number, cached: a month has ~31 of them and millions of look-ups. */
  dateOfDay(dayNumber: number): string {
    let text = this.dateCache.get(dayNumber);
    if (text === undefined) {
      text = formatDayNumber(dayNumber);
      this.dateCache.set(dayNumber, text);
    }
    return text;
  }

  localDate(epochMinute: number): string {
    return this.dateOfDay(this.localDay(epochMinute));
  }

  /** `YYYY-MM-DDTHH:MM:00+HH:MM` in local time; a zero offset is written `+00:00`, not `Z`. */
  formatInstant(epochMinute: number): string {
    const offset = this.offsets.offsetAt(epochMinute);
    const local = epochMinute + offset;
    const day = Math.floor(local / 1440);
    const minuteOfDay = local - day * 1440;
    const sign = offset < 0 ? '-' : '+';
    const abs = Math.abs(offset);
    return `${this.dateOfDay(day)}T${pad2(Math.floor(minuteOfDay / 60))}:${pad2(minuteOfDay % 60)}:00${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
  }
}
