import type { District, DistrictBody } from '@hemma/contract/api';
import type { Actor } from '../../auth/actor.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import type { Database } from '../../db/connect.ts';
import { ConflictError, NotFoundError } from '../../errors.ts';
import { insertOnce, only } from '../municipality/guards.ts';
import * as repo from './districts.repository.ts';

// Districts (stadsdelar, beställarenheter). Every role may list them: they name the case
// officers' areas in reports both sides read. Only the admin creates or renames one; a district
// is never deleted here, because clients and case officers point to it.

export async function listDistricts(database: Database, actor: Actor): Promise<District[]> {
  return repo.listDistricts(database.db, actor.municipalityId);
}

export async function createDistrict(
  database: Database,
  actor: Actor,
  body: DistrictBody,
): Promise<District> {
  only(actor, ['admin'], 'create districts');
  const mid = actor.municipalityId;
  return database.db.transaction().execute(async (trx) => {
    if (await repo.findDistrict(trx, mid, body.id))
      throw new ConflictError(`district "${body.id}" already exists`);
    await insertOnce(`district "${body.id}"`, () => repo.insertDistrict(trx, mid, body));
    await recordAudit(trx, actor, { action: 'create', objectType: 'district', objectId: body.id });
    return { id: body.id, name: body.name };
  });
}

export async function renameDistrict(
  database: Database,
  actor: Actor,
  id: string,
  name: string,
): Promise<District> {
  only(actor, ['admin'], 'rename districts');
  return database.db.transaction().execute(async (trx) => {
    if (!(await repo.renameDistrict(trx, actor.municipalityId, id, name)))
      throw new NotFoundError(`no district "${id}"`);
    await recordAudit(trx, actor, {
      action: 'update',
      objectType: 'district',
      objectId: id,
      details: { fields: ['name'] },
    });
    return { id, name };
  });
}
