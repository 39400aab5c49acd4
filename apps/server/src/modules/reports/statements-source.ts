// The statements the reports read. Today they are computed on the spot by the same engine
// function `hemma statements` and the month close use; this is the one place to switch to the
// kept (stored) result once statements are kept.

import type { CareData } from '@hemma/domain';
import { computeStatements, type StatementsDocument } from '@hemma/domain/statements';

export function monthStatements(data: CareData, month: string): StatementsDocument {
  return computeStatements(data, month);
}
