/** A half-open range of minutes `[start, end)`. */
export interface MinuteRange {
  start: number;
  end: number;
}

/**
 * Minutes covered by the union of the ranges: each minute counted once however many ranges
 * hold it (two staff at once are one minute of help to the client). Empty ranges add nothing.
 */
export function unionMinutes(ranges: readonly MinuteRange[]): number {
  const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  let total = 0;
  let coveredTo = -Infinity;
  for (const { start, end } of sorted) {
    if (end <= coveredTo) continue;
    total += end - Math.max(start, coveredTo);
    coveredTo = end;
  }
  return total;
}
