// `HH:MM` wall-clock times of band settings.

const WALL_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** `HH:MM` → minutes after local midnight (0…1439). */
export function parseWallTime(text: string): number {
  const m = WALL_RE.exec(text);
  if (m === null) throw new RangeError(`not a wall-clock time (HH:MM, 00:00–23:59): ${text}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** Minutes after midnight → `HH:MM`; 1440 is written `24:00` (the end of a day). */
export function formatWallTime(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`;
}

/**
 * Length of a band's range in wall minutes: `from < to` within the day, `from > to` into the
 * next day, `from == to` a full 24 hours.
 */
export function bandLength(from: number, to: number): number {
  const len = (((to - from) % 1440) + 1440) % 1440;
  return len === 0 ? 1440 : len;
}
