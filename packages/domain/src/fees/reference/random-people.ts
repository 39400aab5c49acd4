// Personal numbers for generated clients: 12- and 10-digit forms, `+` for centenarians,
// samordningsnummer, and birthdays placed on the 65 boundary of the month under test.

import { isoDate, pad, type Rng } from './random.ts';

function luhnDigit(nine: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const d = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    sum += d > 9 ? d - 9 : d;
  }
  return (10 - (sum % 10)) % 10;
}

/** A birth date: mostly random, often exactly 65 years before the 1st or 2nd of the month. */
export function randomBirthDate(rng: Rng, month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const r = rng.next();
  if (r < 0.2) return isoDate(y - 65, m, 1);
  if (r < 0.35) return isoDate(y - 65, m, 2);
  if (r < 0.45) return isoDate(y - 65, m, 0); // the last day of the month before
  if (r < 0.5) return rng.pick(['1952-02-29', '1956-02-29', '1960-02-29']);
  if (r < 0.55) return isoDate(rng.int(1915, 1925), rng.int(1, 12), rng.int(1, 28));
  return isoDate(rng.int(1930, 2000), rng.int(1, 12), rng.int(1, 28));
}

/**
 * The number for a birth date (birth number 000 is never issued). Ten-digit forms are only used where the century is the same
 * for any import date from 2026-12-01 on (the tests' and the reviewer's), so both sides agree.
 */
export function personalNumberFor(rng: Rng, birth: string): string {
  const [y, m, d] = birth.split('-').map(Number) as [number, number, number];
  const day = rng.chance(0.15) ? d + 60 : d;
  const yy = pad(y % 100);
  const nine = `${yy}${pad(m)}${pad(day)}${pad(rng.int(1, 999), 3)}`;
  const last = `${nine.slice(6)}${luhnDigit(nine)}`;
  const stableShort = y >= 1930 && y <= 1999;
  if (stableShort && rng.chance(0.25)) return `${nine.slice(0, 6)}-${last}`;
  if (y >= 1900 && y < 1926 && rng.chance(0.3)) return `${nine.slice(0, 6)}+${last}`;
  return `${y}${nine.slice(2, 6)}-${last}`;
}
