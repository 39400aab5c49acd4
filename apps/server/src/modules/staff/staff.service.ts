import type { StaffBody, StaffListQuery, StaffMember, StaffPatchBody } from '@hemma/contract/api';
import type { Kysely } from 'kysely';
import type { Actor } from '../../auth/actor.ts';
import { providerScope } from '../../auth/scope.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import type { Database } from '../../db/connect.ts';
import type { DB } from '../../db/schema.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../errors.ts';
import { insertOnce, only } from '../municipality/guards.ts';
import { assertManages } from '../providers/provider-reach.ts';
import { findUnit } from '../units/units.repository.ts';
import * as repo from './staff.repository.ts';

// Staff (hemtjänstpersonal) are kept by their provider's manager, or by the admin. A staff
// member never moves to another provider: her registrations are paid to the provider she works
// for (spec: "a registration's provider is its staff member's"), so a move would re-attribute
// history. Someone who changes employer is a new staff record at the new provider. Someone who
// leaves is marked inactive rather than deleted, for the same reason; the planner gives her no
// shifts from then on.

const MANAGERS = ['admin', 'provider_manager'] as const;

export async function listStaff(
  database: Database,
  actor: Actor,
  query: StaffListQuery,
): Promise<StaffMember[]> {
  only(actor, MANAGERS, 'list staff');
  const own = providerScope(actor).providerId;
  const providerId = query.provider ?? own;
  if (providerId !== undefined) await assertManages(database.db, actor, providerId, 'list staff');
  return repo.listStaff(database.db, actor.municipalityId, { providerId, unitId: query.unit });
}

/** A body's reference to a provider: unknown and out of scope read alike, as bad input. */
async function bodyProvider(
  db: Kysely<DB>,
  actor: Actor,
  wanted: string | undefined,
): Promise<string> {
  const providerId = wanted ?? providerScope(actor).providerId;
  if (providerId === undefined)
    throw new InvalidError('name the provider the staff member works for', 'provider');
  try {
    await assertManages(db, actor, providerId, 'add staff');
  } catch (err) {
    if (err instanceof NotFoundError)
      throw new InvalidError(`no provider "${providerId}" that you manage`, 'provider');
    throw err;
  }
  return providerId;
}

async function checkUnit(
  db: Kysely<DB>,
  mid: string,
  providerId: string,
  unitId: string | null,
): Promise<void> {
  if (unitId === null) return;
  const unit = await findUnit(db, mid, unitId);
  if (unit?.provider !== providerId)
    throw new InvalidError(`no unit "${unitId}" at provider "${providerId}"`, 'unit');
}

export async function createStaff(
  database: Database,
  actor: Actor,
  body: StaffBody,
): Promise<StaffMember> {
  only(actor, MANAGERS, 'add staff');
  const mid = actor.municipalityId;
  return database.db.transaction().execute(async (trx) => {
    const provider = await bodyProvider(trx, actor, body.provider);
    const member: StaffMember = {
      id: body.id, provider, unit: body.unit ?? null, name: body.name, employmentPercent: body.employmentPercent ?? null, active: true,
    };
    await checkUnit(trx, mid, provider, member.unit);
    if (await repo.findStaff(trx, mid, body.id))
      throw new ConflictError(`the staff id "${body.id}" is taken`);
    await insertOnce(`staff member "${body.id}"`, () => repo.insertStaff(trx, mid, member));
    await recordAudit(trx, actor, {
      action: 'create',
      objectType: 'staff',
      objectId: body.id,
      details: { provider },
    });
    return member;
  });
}

export async function patchStaff(
  database: Database,
  actor: Actor,
  staffId: string,
  patch: StaffPatchBody,
): Promise<StaffMember> {
  only(actor, MANAGERS, 'change staff');
  const mid = actor.municipalityId;
  const own = providerScope(actor).providerId;
  return database.db.transaction().execute(async (trx) => {
    const old = await repo.findStaff(trx, mid, staffId);
    if (!old || (own !== undefined && old.provider !== own))
      throw new NotFoundError(`no staff member "${staffId}"`);
    const next: StaffMember = {
      ...old,
      name: patch.name ?? old.name,
      unit: patch.unit === undefined ? old.unit : patch.unit,
      employmentPercent: patch.employmentPercent === undefined ? old.employmentPercent : patch.employmentPercent,
      active: patch.active ?? old.active,
    };
    if (patch.unit !== undefined) await checkUnit(trx, mid, old.provider, next.unit);
    const fields = (['name', 'unit', 'employmentPercent', 'active'] as const).filter((f) => next[f] !== old[f]);
    if (fields.length === 0) return old;
    await repo.updateStaff(trx, mid, next);
    await recordAudit(trx, actor, {
      action: 'update',
      objectType: 'staff',
      objectId: staffId,
      details: { fields: [...fields] },
    });
    return next;
  });
}
