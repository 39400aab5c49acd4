// computeStatements: one `hemma-statements/1` object for a municipality's month, both models.
// Pure: the same CareData and month always give the same object, key order included.

import type { CareData, Deviation } from '../model/care-data.ts';
import { compareIds } from '../registrations/ordering.ts';
import { monthRange, previousMonth } from '../time/civil-days.ts';
import { analyseCare } from './analysis.ts';
import { approvedExcessFrom } from './approved-excess.ts';
import type { EngineContext } from './context.ts';
import { buildContext, providerKindOf } from './context.ts';
import { ExceptionLog } from './exceptions.ts';
import { ExcessReviews } from './excess-reviews.ts';
import { grantedLine } from './granted-line.ts';
import type { ProviderMonth } from './month-groups.ts';
import { addOrderAndDeviationClients, groupMonth } from './month-groups.ts';
import { performedLine } from './performed-line.ts';
import { sumAmounts } from './parts.ts';
import type { ApprovedExcessEntry, ExcessEntry, ProviderStatement, StatementLine, StatementsDocument } from './types.ts';
import { STATEMENTS_FORMAT } from './types.ts';

interface MonthDeviations {
  /** Approved deviations by client. */
  approved: Map<string, Deviation[]>;
  undecided: number;
}

function deviationsByProvider(data: CareData, month: string): Map<string, MonthDeviations> {
  const result = new Map<string, MonthDeviations>();
  for (const d of data.deviations) {
    if (d.month !== month) continue;
    let p = result.get(d.provider);
    if (p === undefined) {
      p = { approved: new Map(), undecided: 0 };
      result.set(d.provider, p);
    }
    if (d.status === 'reported') p.undecided += 1;
    if (d.status !== 'approved') continue;
    const list = p.approved.get(d.client);
    if (list === undefined) p.approved.set(d.client, [d]);
    else list.push(d);
  }
  return result;
}

export function computeStatements(data: CareData, month: string): StatementsDocument {
  const range = monthRange(month);
  const ctx = buildContext(data);
  const performed = data.municipality.model === 'performed_time';
  const analysis = analyseCare(ctx, data.registrations);
  const groups = groupMonth(analysis, range, performed);
  addOrderAndDeviationClients(ctx, data, range, groups);
  const reviews = new ExcessReviews(data.excessReviews);
  const approvedExcess = performed
    ? approvedExcessFrom(ctx, analysis, reviews, monthRange(previousMonth(month)))
    : new Map<string, ApprovedExcessEntry[]>();
  const deviations = deviationsByProvider(data, month);

  const providers = new Set([...groups.byProvider.keys(), ...approvedExcess.keys()]);
  const statements: ProviderStatement[] = [];
  for (const provider of [...providers].sort(compareIds)) {
    const pm = groups.provider(provider);
    const approved = approvedExcess.get(provider) ?? [];
    const pd = deviations.get(provider);
    const log = new ExceptionLog(ctx.clock);
    const { lines, excess } = performed
      ? performedLines(ctx, provider, range, pm, reviews, log)
      : { lines: grantedLines(ctx, provider, range, pm, pd), excess: [] };
    if (lines.length === 0 && approved.length === 0) continue;
    for (const f of pm.missingLeave) log.add('missing_leave', f.reg);
    for (const f of pm.missingArrive) log.add('missing_arrive', f.reg);
    statements.push({
      provider,
      model: data.municipality.model,
      lines,
      excess,
      approvedExcess: approved,
      exceptions: log.sorted(),
      registrations: pm.registrations,
      manualRegistrations: pm.manualRegistrations,
      undecidedDeviations: pd?.undecided ?? 0,
      totalOre: sumAmounts(lines) + sumAmounts(approved),
    });
  }
  return { format: STATEMENTS_FORMAT, municipality: data.municipality.id, month, statements };
}

function performedLines(
  ctx: EngineContext,
  provider: string,
  range: ReturnType<typeof monthRange>,
  pm: ProviderMonth,
  reviews: ExcessReviews,
  log: ExceptionLog,
): { lines: StatementLine[]; excess: ExcessEntry[] } {
  const kind = providerKindOf(ctx, provider);
  const lines: StatementLine[] = [];
  const excess: ExcessEntry[] = [];
  for (const client of [...pm.clients].sort(compareIds)) {
    const result = performedLine(ctx, client, provider, kind, range, pm.items.get(client), log);
    lines.push(result.line);
    if (result.excessMinutes > 0) {
      excess.push({
        client,
        minutes: result.excessMinutes,
        amountOre: result.excessAmountOre,
        status: reviews.status(client, provider, range.month),
      });
    }
  }
  return { lines, excess };
}

function grantedLines(
  ctx: EngineContext,
  provider: string,
  range: ReturnType<typeof monthRange>,
  pm: ProviderMonth,
  pd: MonthDeviations | undefined,
): StatementLine[] {
  const kind = providerKindOf(ctx, provider);
  return [...pm.clients]
    .sort(compareIds)
    .map((client) => grantedLine(ctx, client, provider, kind, range, pd?.approved.get(client) ?? []));
}
