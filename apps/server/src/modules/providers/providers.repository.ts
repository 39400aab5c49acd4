import { PROVIDER_REQUIREMENTS, type Provider, type ProviderRequirement } from '@hemma/contract/api';
import { SERVICE_AREAS } from '@hemma/domain';
import type { Kysely, Selectable } from 'kysely';
import type { DB, ProvidersTable } from '../../db/schema.ts';

const toProvider = (p: Selectable<ProvidersTable>): Provider => ({
  id: p.provider_id,
  name: p.name,
  orgNumber: p.org_number,
  kind: p.kind,
  approvalStatus: p.approval_status,
  contractFrom: p.contract_from,
  contractTo: p.contract_to,
  serviceAreas: inAreaOrder(p.service_areas),
});

/** The areas in the canonical order, whatever order they were written in. */
export const inAreaOrder = (areas: readonly string[]): string[] => SERVICE_AREAS.filter((a) => areas.includes(a));

export async function listProviders(db: Kysely<DB>, mid: string): Promise<Provider[]> {
  const rows = await db
    .selectFrom('providers')
    .selectAll()
    .where('municipality_id', '=', mid)
    .orderBy('provider_id')
    .execute();
  return rows.map(toProvider);
}

export async function findProvider(
  db: Kysely<DB>,
  mid: string,
  id: string,
): Promise<Provider | undefined> {
  const p = await db
    .selectFrom('providers')
    .selectAll()
    .where('municipality_id', '=', mid)
    .where('provider_id', '=', id)
    .executeTakeFirst();
  return p && toProvider(p);
}

export async function insertProvider(db: Kysely<DB>, mid: string, p: Provider): Promise<void> {
  await db
    .insertInto('providers')
    .values({
      municipality_id: mid,
      provider_id: p.id,
      name: p.name,
      org_number: p.orgNumber,
      kind: p.kind,
      approval_status: p.approvalStatus,
      contract_from: p.contractFrom,
      contract_to: p.contractTo,
      service_areas: inAreaOrder(p.serviceAreas),
    })
    .execute();
}

export async function updateProvider(db: Kysely<DB>, mid: string, p: Provider): Promise<void> {
  await db
    .updateTable('providers')
    .set({
      name: p.name,
      org_number: p.orgNumber,
      kind: p.kind,
      approval_status: p.approvalStatus,
      contract_from: p.contractFrom,
      contract_to: p.contractTo,
      service_areas: inAreaOrder(p.serviceAreas),
    })
    .where('municipality_id', '=', mid)
    .where('provider_id', '=', p.id)
    .execute();
}

/** Every requirement in the checklist's order; one nobody has checked reads as not met. */
export async function listRequirements(db: Kysely<DB>, mid: string, providerId: string): Promise<ProviderRequirement[]> {
  const rows = await db
    .selectFrom('provider_requirements')
    .select(['requirement', 'fulfilled', 'checked_on', 'note'])
    .where('municipality_id', '=', mid)
    .where('provider_id', '=', providerId)
    .execute();
  const byKey = new Map(rows.map((r) => [r.requirement, r]));
  return PROVIDER_REQUIREMENTS.map((requirement) => {
    const r = byKey.get(requirement);
    return r
      ? { requirement, fulfilled: r.fulfilled, checkedOn: r.checked_on, note: r.note, checked: true }
      : { requirement, fulfilled: false, checkedOn: null, note: '', checked: false };
  });
}

export async function upsertRequirement(
  db: Kysely<DB>,
  mid: string,
  providerId: string,
  r: Pick<ProviderRequirement, 'requirement' | 'fulfilled' | 'checkedOn' | 'note'>,
): Promise<void> {
  const values = { fulfilled: r.fulfilled, checked_on: r.checkedOn, note: r.note };
  await db
    .insertInto('provider_requirements')
    .values({ municipality_id: mid, provider_id: providerId, requirement: r.requirement, ...values })
    .onConflict((oc) => oc.columns(['municipality_id', 'provider_id', 'requirement']).doUpdateSet(values))
    .execute();
}
