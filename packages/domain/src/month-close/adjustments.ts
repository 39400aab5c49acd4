/**
 * What a locked month owes now: the month recomputed with today's facts, less what was approved
 * and less the adjustments already booked for it on later months. Positive: the municipality
 * pays more; negative: it claws back.
 */
export function adjustmentOre(approvedTotalOre: number, recomputedTotalOre: number, alreadyAdjustedOre: number): number {
  return recomputedTotalOre - approvedTotalOre - alreadyAdjustedOre;
}
