import type { Unit, UnitBody } from '@hemma/contract/api';
import type { Actor } from '../../auth/actor.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import type { Database } from '../../db/connect.ts';
import { ConflictError, NotFoundError } from '../../errors.ts';
import { insertOnce } from '../municipality/guards.ts';
import { assertManages } from '../providers/provider-reach.ts';
import * as repo from './units.repository.ts';

// A provider's units (e.g. one per area or team), which staff belong to. The provider organises
// itself: its manager keeps the units, and the admin may too.

export async function listUnits(
  database: Database,
  actor: Actor,
  providerId: string,
): Promise<Unit[]> {
  await assertManages(database.db, actor, providerId, "see a provider's units");
  return repo.listUnits(database.db, actor.municipalityId, providerId);
}

export async function createUnit(
  database: Database,
  actor: Actor,
  providerId: string,
  body: UnitBody,
): Promise<Unit> {
  const mid = actor.municipalityId;
  const unit: Unit = { id: body.id, provider: providerId, name: body.name };
  return database.db.transaction().execute(async (trx) => {
    await assertManages(trx, actor, providerId, 'create units');
    // Says "taken" rather than naming the owner: the unit may be another provider's.
    if (await repo.findUnit(trx, mid, body.id))
      throw new ConflictError(`the unit id "${body.id}" is taken`);
    await insertOnce(`unit "${body.id}"`, () => repo.insertUnit(trx, mid, unit));
    await recordAudit(trx, actor, {
      action: 'create',
      objectType: 'unit',
      objectId: body.id,
      details: { provider: providerId },
    });
    return unit;
  });
}

export async function renameUnit(
  database: Database,
  actor: Actor,
  providerId: string,
  unitId: string,
  name: string,
): Promise<Unit> {
  const mid = actor.municipalityId;
  return database.db.transaction().execute(async (trx) => {
    await assertManages(trx, actor, providerId, 'rename units');
    const unit = await repo.findUnit(trx, mid, unitId);
    if (unit?.provider !== providerId)
      throw new NotFoundError(`no unit "${unitId}" at provider "${providerId}"`);
    await repo.renameUnit(trx, mid, unitId, name);
    await recordAudit(trx, actor, {
      action: 'update',
      objectType: 'unit',
      objectId: unitId,
      details: { fields: ['name'] },
    });
    return { ...unit, name };
  });
}
