// A provider's figures of a month without its lines — total, how many lines, exceptions and
// excess — for views of every provider at once (the month-close board). The server keeps each
// slice's share beside the slice and sums them per provider; the rule of which provider has a
// statement at all is the join's, here as there.

import { compareIds } from '../registrations/ordering.ts';
import type { ClientSlice, ExcessEntry } from './types.ts';

/** What one slice adds to its provider's figures. */
export interface SliceFigures {
  amountOre: number;
  line: boolean;
  approvedExcess: boolean;
  exceptions: number;
  excess: ExcessEntry | null;
}

export function sliceFigures(s: ClientSlice): SliceFigures {
  return {
    amountOre: (s.line?.amountOre ?? 0) + (s.approvedExcess?.amountOre ?? 0),
    line: s.line !== null,
    approvedExcess: s.approvedExcess !== null,
    exceptions: s.exceptions.length,
    excess: s.excess,
  };
}

/** The sums of a provider's slice figures. */
export interface FigureSums {
  amountOre: number;
  lines: number;
  approvedExcess: number;
  exceptions: number;
  /** A client with exceptions: the only one when there is one exception. */
  exceptionClient: string | null;
  /** In any order. */
  excess: ExcessEntry[];
}

/** A provider's figures as its statement shows them. */
export interface ProviderFigures {
  provider: string;
  totalOre: number;
  lines: number;
  exceptions: number;
  exceptionClient: string | null;
  excess: ExcessEntry[];
}

/** A provider gets a statement only with a line or an approved excess entry (spec). */
export const hasStatement = (lines: number, approvedExcess: number): boolean => lines > 0 || approvedExcess > 0;

/** The figures of the statement `joinProviderSlices` makes from the same slices. */
export function providerFigures(provider: string, sums: FigureSums | undefined): ProviderFigures {
  if (sums === undefined || !hasStatement(sums.lines, sums.approvedExcess)) {
    return { provider, totalOre: 0, lines: 0, exceptions: 0, exceptionClient: null, excess: [] };
  }
  const excess = [...sums.excess].sort((a, b) => compareIds(a.client, b.client));
  return { provider, totalOre: sums.amountOre, lines: sums.lines, exceptions: sums.exceptions, exceptionClient: sums.exceptionClient, excess };
}
