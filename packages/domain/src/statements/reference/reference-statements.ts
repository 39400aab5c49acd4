// Reference implementation (a test oracle, not used by the service): scenario + month →
// the `hemma-statements/1` object, written straight from spec/scenario-v1.md and DOMAIN.md
// without looking at the engine, so that the two can be compared on random scenarios.
// Slow and plain on purpose: minute by minute, list scans instead of indexes.

import { activeDays } from './reference-orders.ts';
import { holdVisits, type HeldVisit } from './reference-holds.ts';
import { grantedLine } from './reference-granted.ts';
import { performedLine, type PerformedResult, type RefException } from './reference-performed.ts';
import { pairRegistrations, type Paired } from './reference-registrations.ts';
import { readScenario, type RefScenario } from './reference-scenario.ts';
import { monthRange, previousMonth } from './reference-time.ts';

type Json = Record<string, unknown>;

interface Analysis {
  s: RefScenario;
  paired: Paired;
  held: HeldVisit[];
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Clients that get a line on the provider's statement of the month, by id. */
function lineClients(a: Analysis, provider: string, month: string): string[] {
  const range = monthRange(month);
  const clients = new Set<string>();
  for (const o of a.s.orders) if (o.provider === provider && activeDays(o, range) > 0) clients.add(o.client);
  if (a.s.municipality.model === 'performed_time') {
    const dated = [...a.paired.visits.map((v) => v.arrive), ...a.paired.declined, ...a.paired.missingLeave, ...a.paired.missingArrive];
    for (const r of dated) if (r.provider === provider && r.day >= range.first && r.day <= range.last) clients.add(r.reg.client);
  }
  for (const d of a.s.deviations) if (d.provider === provider && d.month === month) clients.add(d.client);
  return [...clients].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
}

function performedFor(a: Analysis, provider: string, client: string, month: string): PerformedResult {
  const kind = a.s.providers.find((p) => p.id === provider)?.kind ?? 'private';
  return performedLine(a.s, a.paired, a.held, provider, kind, client, monthRange(month));
}

function lastReview(a: Analysis, provider: string, client: string, month: string): string {
  let status = 'pending';
  for (const r of a.s.excessReviews) if (r.provider === provider && r.client === client && r.month === month) status = r.decision;
  return status;
}

function statementOf(a: Analysis, provider: string, month: string): Json | undefined {
  const model = a.s.municipality.model;
  const kind = a.s.providers.find((p) => p.id === provider)?.kind ?? 'private';
  const range = monthRange(month);
  const lines: Json[] = [];
  const excess: Json[] = [];
  const exceptions: RefException[] = [];
  for (const client of lineClients(a, provider, month)) {
    if (model === 'granted_time') {
      const g = grantedLine(a.s, provider, kind, client, month, range);
      lines.push({
        client,
        orderedMinutes: g.orderedMinutes,
        capMinutes: null,
        performedMinutes: 0,
        declinedPaidMinutes: 0,
        deviationMinutes: g.deviationMinutes,
        payableMinutes: g.payableMinutes,
        excessMinutes: 0,
        perVisitCount: 0,
        parts: g.parts,
        amountOre: sum(g.parts.map((p) => p.amountOre)),
      });
      continue;
    }
    const p = performedFor(a, provider, client, month);
    lines.push({
      client,
      orderedMinutes: p.orderedMinutes,
      capMinutes: p.capMinutes,
      performedMinutes: p.performedMinutes,
      declinedPaidMinutes: p.declinedPaidMinutes,
      deviationMinutes: 0,
      payableMinutes: p.payableMinutes,
      excessMinutes: p.excessMinutes,
      perVisitCount: p.perVisitCount,
      parts: p.parts,
      amountOre: sum(p.parts.map((x) => x.amountOre)),
    });
    if (p.excessMinutes > 0) {
      excess.push({ client, minutes: p.excessMinutes, amountOre: sum(p.excessParts.map((x) => x.amountOre)), status: lastReview(a, provider, client, month) });
    }
    exceptions.push(...p.exceptions);
  }

  // Step 7: M−1's approved excess, valued as computed in M−1.
  const approvedExcess: Json[] = [];
  const before = previousMonth(month);
  if (model === 'performed_time') {
    for (const client of lineClients(a, provider, before)) {
      const p = performedFor(a, provider, client, before);
      if (p.excessMinutes > 0 && lastReview(a, provider, client, before) === 'approved') {
        approvedExcess.push({ client, fromMonth: before, minutes: p.excessMinutes, amountOre: sum(p.excessParts.map((x) => x.amountOre)) });
      }
    }
  }
  if (lines.length === 0 && approvedExcess.length === 0) return undefined;

  exceptions.sort((x, y) => x.pos - y.pos || x.rank - y.rank);
  const counted = a.paired.ordered.filter((r) => r.provider === provider && r.day >= range.first && r.day <= range.last);
  return {
    provider,
    model,
    lines,
    excess,
    approvedExcess,
    exceptions: exceptions.map((e) => e.value),
    registrations: counted.length,
    manualRegistrations: counted.filter((r) => r.reg.method === 'manual').length,
    undecidedDeviations: a.s.deviations.filter((d) => d.provider === provider && d.month === month && d.status === 'reported').length,
    totalOre: sum(lines.map((l) => l.amountOre as number)) + sum(approvedExcess.map((e) => e.amountOre as number)),
  };
}

export function referenceStatements(scenario: Json, month: string): Json {
  const s = readScenario(scenario);
  const paired = pairRegistrations(s);
  const a: Analysis = { s, paired, held: holdVisits(s, paired) };
  const providers = s.providers.map((p) => p.id).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const statements: Json[] = [];
  for (const provider of providers) {
    const st = statementOf(a, provider, month);
    if (st) statements.push(st);
  }
  return { format: 'hemma-statements/1', municipality: s.municipality.id, month, statements };
}
