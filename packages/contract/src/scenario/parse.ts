import type { CareData } from '@hemma/domain';
import { formatPath, type InputIssue } from './issues.ts';
import { scenarioSchema, type Scenario } from './schema.ts';
import { checkReferences } from './references.ts';
import { checkRegistrations } from './registrations.ts';
import { checkOrders } from './orders.ts';
import { checkMunicipality } from './municipality.ts';
import { checkIdentityNumbers } from './identity.ts';
import { checkBands } from './bands.ts';

/** What a scenario carries beyond the domain's facts: addresses, units, life stories. */
export interface ScenarioExtras {
  units: { id: string; provider: string; name: string }[];
  staffUnits: Map<string, string>;
  clientDetails: Map<
    string,
    { address?: string; coordinates?: { lat: number; lon: number }; contactPerson?: string; lifeStory?: string }
  >;
}

export type ScenarioResult =
  | { ok: true; data: CareData; extras: ScenarioExtras }
  | { ok: false; issues: InputIssue[] };

/**
 * Validates a whole `hemma-scenario/1` document: shape first, then everything that needs several
 * parts of it at once. Every problem is reported, each with its JSON path.
 */
export function parseScenario(raw: unknown, options: { referenceDate: string }): ScenarioResult {
  const parsed = scenarioSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })),
    };
  }
  const s = parsed.data;
  const regs = checkRegistrations(s);
  const ids = checkIdentityNumbers(s, options.referenceDate);
  const issues = [
    ...checkMunicipality(s),
    ...checkBands(s),
    ...ids.issues,
    ...checkReferences(s),
    ...checkOrders(s),
    ...regs.issues,
  ];
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, data: toCareData(s, regs.unique, ids), extras: toExtras(s) };
}

function toCareData(
  s: Scenario,
  registrations: Scenario['registrations'],
  ids: { personalNumbers: string[]; orgNumbers: string[] },
): CareData {
  return {
    municipality: { ...s.municipality },
    districts: s.districts,
    providers: s.providers.map((p, i) => ({ id: p.id, name: p.name, orgNumber: ids.orgNumbers[i]!, kind: p.kind })),
    staff: s.staff.map((m) => ({ id: m.id, provider: m.provider, name: m.name, ...(m.unit !== undefined && { unit: m.unit }) })),
    clients: s.clients.map((c, i) => ({
      id: c.id,
      personalNumber: ids.personalNumbers[i]!,
      name: c.name,
      district: c.district,
      fee: c.fee === undefined ? undefined : { ...c.fee, household: c.fee.household ?? c.household ?? 'single' },
    })),
    orders: s.orders,
    registrations,
    deviations: s.deviations,
    excessReviews: s.excessReviews,
    shifts: s.shifts,
  };
}

function toExtras(s: Scenario): ScenarioExtras {
  const units = s.providers.flatMap((p) => (p.units ?? []).map((u) => ({ ...u, provider: p.id })));
  const staffUnits = new Map<string, string>();
  for (const m of s.staff) if (m.unit !== undefined) staffUnits.set(m.id, m.unit);
  const clientDetails: ScenarioExtras['clientDetails'] = new Map();
  for (const c of s.clients) {
    const { address, coordinates, contactPerson, lifeStory } = c;
    clientDetails.set(c.id, {
      ...(address !== undefined && { address }),
      ...(coordinates !== undefined && { coordinates }),
      ...(contactPerson !== undefined && { contactPerson }),
      ...(lifeStory !== undefined && { lifeStory }),
    });
  }
  return { units, staffUnits, clientDetails };
}
