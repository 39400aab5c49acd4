import { luhnCheckDigit } from '@hemma/domain/ids';
import type { SeededRandom as Random } from '@hemma/domain/random';

/** A valid 12-digit personal number for someone born on a random day of `year`. */
export function personalNumber(rng: Random, year: number): string {
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  const serial = String(rng.int(1, 999)).padStart(3, '0'); // 000 is never issued
  const ten = `${String(year % 100).padStart(2, '0')}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${serial}`;
  return `${year}${ten.slice(2, 6)}-${serial}${luhnCheckDigit(ten)}`;
}

/** A valid organisation number with the given first six digits. */
export function orgNumber(head: string, serial: string): string {
  return `${head}-${serial}${luhnCheckDigit(head + serial)}`;
}
