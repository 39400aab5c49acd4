// The statements object from a month's slices: each provider's lines, excess and approved
// excess by client, its exceptions merged back into step-1 order, its counts summed. A
// provider gets a statement only with a line or an approved excess entry (spec).

import { compareIds, stepOneOrder } from '../registrations/ordering.ts';
import { EXCEPTION_RANK } from './exceptions.ts';
import { hasStatement } from './figures.ts';
import { sumAmounts } from './parts.ts';
import type {
  ApprovedExcessEntry, ClientSlice, ExcessEntry, KeptException, MonthSlices, ProviderStatement, StatementException,
  StatementLine, StatementsDocument,
} from './types.ts';
import { STATEMENTS_FORMAT } from './types.ts';

/** A provider's statement from its slices (any order); undefined when it has none. */
export function joinProviderSlices(provider: string, model: MonthSlices['model'], slices: readonly ClientSlice[]): ProviderStatement | undefined {
  const own = [...slices].sort((a, b) => compareIds(a.client, b.client));
  const lines: StatementLine[] = [];
  const excess: ExcessEntry[] = [];
  const approvedExcess: ApprovedExcessEntry[] = [];
  const kept: KeptException[] = [];
  let registrations = 0;
  let manualRegistrations = 0;
  let undecidedDeviations = 0;
  for (const s of own) {
    if (s.line !== null) lines.push(s.line);
    if (s.excess !== null) excess.push(s.excess);
    if (s.approvedExcess !== null) approvedExcess.push(s.approvedExcess);
    for (const e of s.exceptions) kept.push(e);
    registrations += s.registrations;
    manualRegistrations += s.manualRegistrations;
    undecidedDeviations += s.undecidedDeviations;
  }
  if (!hasStatement(lines.length, approvedExcess.length)) return undefined;
  return {
    provider,
    model,
    lines,
    excess,
    approvedExcess,
    exceptions: inStepOneOrder(kept),
    registrations,
    manualRegistrations,
    undecidedDeviations,
    totalOre: sumAmounts(lines) + sumAmounts(approvedExcess),
  };
}

export function joinSlices(month: MonthSlices): StatementsDocument {
  const byProvider = new Map<string, ClientSlice[]>();
  for (const s of month.slices) {
    const list = byProvider.get(s.provider);
    if (list === undefined) byProvider.set(s.provider, [s]);
    else list.push(s);
  }
  const statements: ProviderStatement[] = [];
  for (const provider of [...byProvider.keys()].sort(compareIds)) {
    const statement = joinProviderSlices(provider, month.model, byProvider.get(provider)!);
    if (statement !== undefined) statements.push(statement);
  }
  return { format: STATEMENTS_FORMAT, municipality: month.municipality, month: month.month, statements };
}

/** By the step-1 order of the registrations named, then by kind as ExceptionLog lists them. */
function inStepOneOrder(kept: readonly KeptException[]): StatementException[] {
  const { order } = stepOneOrder(kept.map((e) => ({ id: e.registration, at: e.registrationAt })));
  const position = new Map<string, number>();
  for (const i of order) {
    const id = kept[i]!.registration;
    if (!position.has(id)) position.set(id, position.size);
  }
  return [...kept]
    .sort((a, b) => position.get(a.registration)! - position.get(b.registration)! || EXCEPTION_RANK[a.type] - EXCEPTION_RANK[b.type])
    .map(({ registrationAt: _at, ...e }) => e);
}
