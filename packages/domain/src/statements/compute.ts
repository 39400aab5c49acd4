// computeStatements: one `hemma-statements/1` object for a municipality's month, both models.
// Pure: the same CareData and month always give the same object, key order included. It is
// the join of the month's slices (`slices.ts`), so the kept statements the server brings up to
// date a client at a time are made by this one computation.

import type { CareData } from '../model/care-data.ts';
import { computeSlices } from './slices.ts';
import { joinSlices } from './join.ts';
import type { StatementsDocument } from './types.ts';

export function computeStatements(data: CareData, month: string): StatementsDocument {
  return joinSlices(computeSlices(data, month));
}
