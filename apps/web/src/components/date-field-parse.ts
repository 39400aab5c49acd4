/**
 * A typed date as `YYYY-MM-DD`: `2026-12-01` or `20261201`; null for anything else, a date that
 * does not exist (2026-02-30) included, so the field keeps what was there rather than guess.
 */
export function parseIsoDate(input: string): string | null {
  const m = /^\s*(\d{4})-?(\d{2})-?(\d{2})\s*$/.exec(input);
  if (!m) return null;
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) return null;
  return `${y}-${mo}-${d}`;
}
