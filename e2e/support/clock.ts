// Stockholm's calendar for the journeys: the day and month an instant falls in there.

const TZ = 'Europe/Stockholm';

export function stockholmDate(at: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: TZ }).format(at);
}

export function stockholmMonth(at: Date): string {
  return stockholmDate(at).slice(0, 7);
}

/** HH:MM in Stockholm. */
export function stockholmClock(at: Date): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: TZ,
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
}

export function minutesAgo(minutes: number, now = new Date()): Date {
  return new Date(now.getTime() - minutes * 60_000);
}
