export {
  dayNumberFromCivil,
  civilFromDayNumber,
  formatDayNumber,
  parseDate,
  weekdayOfDayNumber,
  weekdayIndexOfDayNumber,
  monthRange,
  previousMonth,
} from './civil-days.ts';
export type { CivilDate, MonthRange } from './civil-days.ts';
export { easterSundayDayNumber } from './easter.ts';
export { swedishPublicHolidays, swedishEves, HolidayCalendar } from './holidays.ts';
export type { PublicHolidayName, NamedDay } from './holidays.ts';
export { ZoneOffsets } from './zone-offsets.ts';
export type { OffsetPeriod } from './zone-offsets.ts';
export { parseInstantMs, epochMinuteOfMs } from './instant.ts';
export { LocalClock } from './local-clock.ts';
export { parseWallTime, formatWallTime, bandLength } from './wall-time.ts';
export { BandTimeline, compileBands, resolveDay } from './band-timeline.ts';
export type { BandSpan, CompiledBand } from './band-timeline.ts';
export { BandClock } from './band-split.ts';
export type { BandSegment } from './band-split.ts';
export { findBandCoverageGaps } from './band-coverage.ts';
export type { BandCoverageGap } from './band-coverage.ts';
export { DEFAULT_PAYMENT_DAY, LATEST_PAYMENT_DAY, isBankingDay, paymentDate } from './payment-date.ts';
export { localInstant } from './local-instant.ts';
