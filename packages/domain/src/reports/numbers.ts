// The few numbers every report shares (spec/reports-v1.md): rounding is half up and exact,
// done on integers so that 6.345 never becomes 6.34 through binary floating point.

/** `numerator / denominator` rounded half up to `decimals` places; both non-negative integers, denominator > 0. */
export function roundedRatio(numerator: number, denominator: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.floor((2 * numerator * scale + denominator) / (2 * denominator)) / scale;
}

/** `part / whole × 100` with one decimal, half up; null when `whole` is 0. */
export function percentOneDecimal(part: number, whole: number): number | null {
  return whole === 0 ? null : roundedRatio(part * 100, whole, 1);
}

/** The middle value, or the mean of the two middle values; null for no values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length % 2 === 1) return sorted[mid] ?? null;
  return ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export interface Summary {
  clients: number;
  mean: number | null;
  median: number | null;
  max: number | null;
}

/** Clients, mean (two decimals, half up), median and max of per-client staff counts. */
export function summarise(counts: readonly number[]): Summary {
  if (counts.length === 0) return { clients: 0, mean: null, median: null, max: null };
  let sum = 0;
  let max = 0;
  for (const c of counts) {
    sum += c;
    if (c > max) max = c;
  }
  return { clients: counts.length, mean: roundedRatio(sum, counts.length, 2), median: median(counts), max };
}
