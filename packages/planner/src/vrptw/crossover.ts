import type { Rng } from './rng.ts';

/**
 * Ordered crossover (OX) on giant tours: a random circular stretch of the first parent is kept
 * in place and the remaining customers follow in the second parent's order.
 */
export function orderCrossover(a: readonly number[], b: readonly number[], rng: Rng): number[] {
  const n = a.length;
  if (n < 2) return a.slice();
  const start = rng.int(n);
  let end = rng.int(n);
  while (end === start) end = rng.int(n);
  const child = new Array<number>(n);
  const used = new Set<number>();
  for (let i = start; ; i = (i + 1) % n) {
    child[i] = a[i] as number;
    used.add(a[i] as number);
    if (i === end) break;
  }
  let write = (end + 1) % n;
  for (let k = 0; k < n; k++) {
    const c = b[(end + 1 + k) % n] as number;
    if (used.has(c)) continue;
    child[write] = c;
    write = (write + 1) % n;
  }
  return child;
}
