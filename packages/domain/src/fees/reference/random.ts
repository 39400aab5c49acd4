// The shared seeded generator, under the name this generator's files use, and date helpers.

export { SeededRandom as Rng } from '../../random/seeded-random.ts';

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function isoDate(y: number, m: number, d: number): string {
  return new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
}
