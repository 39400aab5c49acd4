// Step 5, the cap (R-10, the seed's 110 % rule): walking the client's per-hour items in
// step-1 order, a visit's minutes in time order, the first `capMinutes` minutes are payable
// and the rest are excess. Per-visit and per-month items never reach the walk.

import type { Category } from '../model/care-data.ts';
import { PartTally } from './parts.ts';

/** A stretch of per-hour minutes at one band, category and rate. */
export interface HourPiece {
  band: string;
  category: Category;
  rateOre: number;
  minutes: number;
}

/** One visit's or declined registration's per-hour minutes; pieces in time order. */
export interface WalkItem {
  seq: number;
  pieces: HourPiece[];
}

export interface CapWalkResult {
  payable: PartTally;
  excess: PartTally;
  payableMinutes: number;
  excessMinutes: number;
}

/** `items` must be in step-1 order. */
export function walkCap(items: readonly WalkItem[], capMinutes: number): CapWalkResult {
  const payable = new PartTally();
  const excess = new PartTally();
  let left = Math.max(0, capMinutes);
  let payableMinutes = 0;
  let excessMinutes = 0;
  for (const item of items) {
    for (const piece of item.pieces) {
      const paid = Math.min(left, piece.minutes);
      left -= paid;
      payableMinutes += paid;
      excessMinutes += piece.minutes - paid;
      payable.add(piece.band, piece.category, piece.rateOre, paid);
      excess.add(piece.band, piece.category, piece.rateOre, piece.minutes - paid);
    }
  }
  return { payable, excess, payableMinutes, excessMinutes };
}
