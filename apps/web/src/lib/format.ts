// Dates, times, minutes and money as a Swedish reader expects them: `tis 24 nov`, `08:30`,
// `8 206,40 kr`. Every instant is shown in the municipality's time zone, never in UTC.

export const TIME_ZONE = 'Europe/Stockholm';

function toDate(value: string | Date): Date {
  return typeof value === 'string' ? new Date(value) : value;
}

/** `tis 24 nov` (the month without the abbreviation's full stop). */
export function formatDay(value: string | Date, locale = 'sv-SE'): string {
  const parts = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: TIME_ZONE,
  }).formatToParts(toDate(value));
  return parts
    .map((p) => (p.type === 'literal' ? p.value : p.value.replace(/\.$/, '')))
    .join('')
    .replace(/,/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A calendar date of the form YYYY-MM-DD as `tis 24 nov` (it names a day, not an instant). */
export function formatCalendarDay(isoDate: string, locale = 'sv-SE'): string {
  // Noon UTC is the same calendar day in Stockholm all year round.
  return formatDay(`${isoDate}T12:00:00Z`, locale);
}

/** `24 nov 2026` for dates far enough away that the year matters. */
export function formatDate(isoDate: string, locale = 'sv-SE'): string {
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: TIME_ZONE,
  })
    .format(toDate(isoDate.length === 10 ? `${isoDate}T12:00:00Z` : isoDate))
    .replace('.', '');
}

/** `08:30` in Stockholm. */
export function formatTime(value: string | Date, locale = 'sv-SE'): string {
  return new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: TIME_ZONE,
  }).format(toDate(value));
}

/** `24 nov 2026 08:30`: an instant in a list where the year matters. */
export function formatDateTime(value: string, locale = 'sv-SE'): string {
  return `${formatDate(value, locale)} ${formatTime(value, locale)}`;
}

/** `tis 24 nov 08:30`. */
export function formatDayTime(value: string | Date, locale = 'sv-SE'): string {
  return `${formatDay(value, locale)} ${formatTime(value, locale)}`;
}

/** The calendar date (YYYY-MM-DD) of an instant in Stockholm. */
export function localDate(value: string | Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE }).format(toDate(value));
}

/** Money in öre as `8 206,40 kr`. */
export function formatMoney(ore: number, locale = 'sv-SE'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'SEK' }).format(ore / 100);
}

/** Whole minutes as `2 h 05 min`, `45 min`. */
export function formatMinutes(minutes: number): string {
  const sign = minutes < 0 ? '−' : '';
  const m = Math.abs(Math.round(minutes));
  const h = Math.floor(m / 60);
  const rest = m % 60;
  if (h === 0) return `${sign}${rest} min`;
  return `${sign}${h} h ${String(rest).padStart(2, '0')} min`;
}

/** Minutes, or a dash where there are none: a column of figures where most rows have none. */
export function formatMinutesOrDash(minutes: number): string {
  return minutes ? formatMinutes(minutes) : '–';
}

/** Hours with a decimal comma: `12,5 h`. */
export function formatHours(hours: number, locale = 'sv-SE'): string {
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(hours)} h`;
}

/** `november 2026` for YYYY-MM. */
export function formatMonth(month: string, locale = 'sv-SE'): string {
  return new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: TIME_ZONE,
  }).format(new Date(`${month}-15T12:00:00Z`));
}

/** The current month (YYYY-MM) in Stockholm. */
export function currentMonth(now: Date): string {
  return localDate(now).slice(0, 7);
}

/** A number with a decimal comma and at most two decimals: `3,25`. */
export function formatDecimal(value: number, locale = 'sv-SE'): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** A percentage given as 0–100 with one decimal: `93,5 %`. */
export function formatPercent(value: number, locale = 'sv-SE'): string {
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)} %`;
}
