import type { Deviation } from '../model/care-data.ts';
import type { ProviderStatement } from '../statements/types.ts';

export type Blocker =
  | { kind: 'excess_without_reason'; client: string; minutes: number; message: string }
  | { kind: 'undecided_deviation'; deviation: string; client: string; message: string }
  | { kind: 'unresolved_exception'; type: string; client: string; registration: string; message: string };

/** A provider submits only when each excess of the month has its reason. */
export function submitBlockers(statement: Pick<ProviderStatement, 'excess'>, excessReasons: ReadonlySet<string>): Blocker[] {
  return statement.excess
    .filter((e) => !excessReasons.has(e.client))
    .map((e) => ({
      kind: 'excess_without_reason',
      client: e.client,
      minutes: e.minutes,
      message: `client ${e.client} has ${e.minutes} minutes of excess without the provider's reason`,
    }));
}

/**
 * Finance approves only a month with nothing left to decide: no deviation still `reported`
 * and no exception still unresolved.
 */
export function approvalBlockers(statement: ProviderStatement, deviations: readonly Deviation[], month: string): Blocker[] {
  const blockers = deviationBlockers(statement.provider, deviations, month);
  for (const x of statement.exceptions) {
    blockers.push({
      kind: 'unresolved_exception',
      type: x.type,
      client: x.client,
      registration: x.registration,
      message: `${x.type} at ${x.at} (client ${x.client}, staff ${x.staff}) is not resolved by a correction`,
    });
  }
  return blockers;
}

/** The deviations of the provider's month still waiting for a decision, each blocking approval. */
export function deviationBlockers(provider: string, deviations: readonly Deviation[], month: string): Blocker[] {
  const blockers: Blocker[] = [];
  for (const d of deviations) {
    if (d.provider !== provider || d.month !== month || d.status !== 'reported') continue;
    blockers.push({
      kind: 'undecided_deviation',
      deviation: d.id,
      client: d.client,
      message: `deviation ${d.id} (client ${d.client}, ${d.minutes} min) is not yet approved or rejected`,
    });
  }
  return blockers;
}
