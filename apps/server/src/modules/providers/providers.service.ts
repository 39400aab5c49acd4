import type {
  Provider,
  ProviderBody,
  ProviderPatchBody,
  ProviderRequirement,
  ProviderRequirementBody,
} from '@hemma/contract/api';
import { SERVICE_AREAS } from '@hemma/domain';
import { parseOrgNumber } from '@hemma/domain/ids';
import type { Actor } from '../../auth/actor.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import type { Database } from '../../db/connect.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../errors.ts';
import { insertOnce, only } from '../municipality/guards.ts';
import * as repo from './providers.repository.ts';

// The LOV register (valfrihetssystem): the providers a client may choose among. The register is
// public within the municipality, so every role lists it; only the admin changes it. A provider
// is never deleted: its orders, staff and statements stay.

/**
 * A legal person's organisation number, or a sole trader's personal number (LOV providers
 * include sole traders); a 10-digit personal number takes its century from today in Sweden.
 */
function orgNumber(input: string): string {
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
  const parsed = parseOrgNumber(input, today);
  if (!parsed.ok)
    throw new InvalidError(`organisation number "${input}": ${parsed.message}`, 'orgNumber');
  return parsed.value.normalized;
}

function contractPeriod(p: Pick<Provider, 'contractFrom' | 'contractTo'>): void {
  if (p.contractFrom !== null && p.contractTo !== null && p.contractTo < p.contractFrom)
    throw new InvalidError('the contract ends before it begins', 'contractTo');
}

export async function listProviders(database: Database, actor: Actor): Promise<Provider[]> {
  return repo.listProviders(database.db, actor.municipalityId);
}

export async function getProvider(database: Database, actor: Actor, id: string): Promise<Provider> {
  const p = await repo.findProvider(database.db, actor.municipalityId, id);
  if (!p) throw new NotFoundError(`no provider "${id}"`);
  return p;
}

export async function createProvider(
  database: Database,
  actor: Actor,
  body: ProviderBody,
): Promise<Provider> {
  only(actor, ['admin'], 'add providers to the register');
  const provider: Provider = {
    id: body.id,
    name: body.name,
    kind: body.kind,
    orgNumber: orgNumber(body.orgNumber),
    approvalStatus: body.approvalStatus ?? 'applied',
    contractFrom: body.contractFrom ?? null,
    contractTo: body.contractTo ?? null,
    serviceAreas: repo.inAreaOrder(body.serviceAreas ?? SERVICE_AREAS),
  };
  contractPeriod(provider);
  const mid = actor.municipalityId;
  return database.db.transaction().execute(async (trx) => {
    if (await repo.findProvider(trx, mid, body.id))
      throw new ConflictError(`provider "${body.id}" already exists`);
    await insertOnce(`provider "${body.id}"`, () => repo.insertProvider(trx, mid, provider));
    await recordAudit(trx, actor, { action: 'create', objectType: 'provider', objectId: body.id });
    return provider;
  });
}

/**
 * Changing `kind` re-prices the provider's open months (rates may depend on it); approved
 * months stay locked and any difference shows as an adjustment (docs/decisions.md).
 */
export async function patchProvider(
  database: Database,
  actor: Actor,
  id: string,
  patch: ProviderPatchBody,
): Promise<Provider> {
  only(actor, ['admin'], 'change the register');
  const newOrgNumber = patch.orgNumber === undefined ? undefined : orgNumber(patch.orgNumber);
  const mid = actor.municipalityId;
  return database.db.transaction().execute(async (trx) => {
    const old = await repo.findProvider(trx, mid, id);
    if (!old) throw new NotFoundError(`no provider "${id}"`);
    const next: Provider = {
      id,
      name: patch.name ?? old.name,
      orgNumber: newOrgNumber ?? old.orgNumber,
      kind: patch.kind ?? old.kind,
      approvalStatus: patch.approvalStatus ?? old.approvalStatus,
      contractFrom: patch.contractFrom === undefined ? old.contractFrom : patch.contractFrom,
      contractTo: patch.contractTo === undefined ? old.contractTo : patch.contractTo,
      serviceAreas: patch.serviceAreas === undefined ? old.serviceAreas : repo.inAreaOrder(patch.serviceAreas),
    };
    contractPeriod(next);
    const fields: string[] = (['name', 'orgNumber', 'kind', 'approvalStatus', 'contractFrom', 'contractTo'] as const).filter(
      (f) => next[f] !== old[f],
    );
    if (next.serviceAreas.join() !== old.serviceAreas.join()) fields.push('serviceAreas');
    if (fields.length === 0) return old;
    await repo.updateProvider(trx, mid, next);
    await recordAudit(trx, actor, {
      action: 'update',
      objectType: 'provider',
      objectId: id,
      details: { fields: [...fields] },
    });
    return next;
  });
}

/** The förfrågningsunderlag's checklist of one provider (admin). */
export async function providerRequirements(database: Database, actor: Actor, id: string): Promise<ProviderRequirement[]> {
  only(actor, ['admin'], 'read the checklist of requirements');
  await getProvider(database, actor, id);
  return repo.listRequirements(database.db, actor.municipalityId, id);
}

/** Records one requirement as checked: met or not, the day, a note. */
export async function setProviderRequirement(
  database: Database,
  actor: Actor,
  id: string,
  requirement: ProviderRequirement['requirement'],
  body: ProviderRequirementBody,
): Promise<ProviderRequirement[]> {
  only(actor, ['admin'], 'check requirements');
  const mid = actor.municipalityId;
  return database.db.transaction().execute(async (trx) => {
    if (!(await repo.findProvider(trx, mid, id))) throw new NotFoundError(`no provider "${id}"`);
    await repo.upsertRequirement(trx, mid, id, { requirement, ...body });
    await recordAudit(trx, actor, {
      action: 'update',
      objectType: 'provider_requirement',
      objectId: `${id}/${requirement}`,
      details: { fulfilled: body.fulfilled },
    });
    return repo.listRequirements(trx, mid, id);
  });
}
