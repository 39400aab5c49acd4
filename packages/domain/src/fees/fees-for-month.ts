import type { CareData } from '../model/care-data.ts';
import { analyseMonth } from '../statements/index.ts';
import { computeFees } from './compute-fees.ts';
import type { FeesDocument } from './types.ts';

/** The month's fees from the care data alone: the statement engine's analysis, then R-15. */
export function feesForMonth(data: CareData, month: string): FeesDocument {
  return computeFees(data, month, analyseMonth(data, month));
}
