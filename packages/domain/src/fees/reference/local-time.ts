// Wall-clock views of instants for the reference, straight from Intl (the platform's tz data),
// so the reference shares no calendar code with the engine.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export interface LocalMinute {
  date: string; // YYYY-MM-DD
  minuteOfDay: number; // 0..1439
}

/** The local date and minute of day of an epoch minute. */
export function localMinute(epochMinute: number, timeZone: string): LocalMinute {
  const parts = formatter(timeZone).formatToParts(new Date(epochMinute * 60_000));
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return {
    date: `${get('year')}-${get('month')}-${get('day')}`,
    minuteOfDay: Number(get('hour')) * 60 + Number(get('minute')),
  };
}

/** Instants count at minute resolution: the seconds are dropped. */
export function epochMinuteOf(instant: string): number {
  return Math.floor(Date.parse(instant) / 60_000);
}

export function daysInMonth(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The ISO date `days` after `date` (may be negative). */
export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayIndex(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}
