/**
 * What a locked month owes now: the month recomputed with today's facts, less what was approved
 * and less the adjustments already booked for it on later months. Positive: the municipality
 * pays more; negative: it claws back.
 */
export function adjustmentOre(approvedTotalOre: number, recomputedTotalOre: number, alreadyAdjustedOre: number): number {
  return recomputedTotalOre - approvedTotalOre - alreadyAdjustedOre;
}

/**
 * The adjustments a provider's locked months owe now, in the order given, leaving out months
 * that owe nothing. `booked`: what is already booked per month concerned.
 */
export function adjustmentsDue(
  locked: readonly { month: string; approvedTotalOre: number }[],
  recomputedTotalOre: (month: string) => number,
  booked: ReadonlyMap<string, number>,
): { concernsMonth: string; amountOre: number }[] {
  const out: { concernsMonth: string; amountOre: number }[] = [];
  for (const l of locked) {
    const amount = adjustmentOre(l.approvedTotalOre, recomputedTotalOre(l.month), booked.get(l.month) ?? 0);
    if (amount !== 0) out.push({ concernsMonth: l.month, amountOre: amount });
  }
  return out;
}
