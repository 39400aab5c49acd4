import { randomUUID } from 'node:crypto';
import type { Deviation, DeviationCreateBody } from '@hemma/contract/api';
import type { Actor } from '../../auth/actor.ts';
import { recordAudit, recordListRead } from '../../audit/audit.service.ts';
import type { Database } from '../../db/connect.ts';
import { InvalidError } from '../../errors.ts';
import { clientInScopeOr404, only, ownProvider } from '../clients/access.ts';
import * as repo from './deviations.repository.ts';

// Deviations from granted time: the provider reports, the case officer decides (month
// close). A report is always the reporter's own provider's; the client must be one of hers.

export async function reportDeviation(database: Database, actor: Actor, body: DeviationCreateBody): Promise<Deviation> {
  only(actor, ['provider_manager'], 'report deviations');
  const mid = actor.municipalityId;
  const providerId = ownProvider(actor)!;
  const id = randomUUID();
  await database.db.transaction().execute(async (trx) => {
    await clientInScopeOr404(trx, actor, body.clientId);
    // Granted time exists only under an accepted order; a deviation from nothing cannot be paid.
    if (!(await repo.orderActiveIn(trx, mid, body.clientId, providerId, body.month))) {
      throw new InvalidError(`no accepted order of this client with your provider in ${body.month}`, 'month');
    }
    await repo.insertDeviation(trx, mid, { id, providerId, ...body });
    await recordAudit(trx, actor, { action: 'create', clientId: body.clientId, objectType: 'deviation', objectId: id, details: { month: body.month } });
  });
  const created = (await repo.listDeviations(database.db, actor, body.month)).find((d) => d.id === id);
  return created!;
}

export async function listDeviations(database: Database, actor: Actor, month: string): Promise<Deviation[]> {
  only(actor, ['provider_manager', 'case_officer', 'admin', 'finance'], 'see deviations');
  const deviations = await repo.listDeviations(database.db, actor, month);
  await recordListRead(database.db, actor, { action: 'read', objectType: 'deviation', details: { month } }, deviations.map((d) => d.clientId));
  return deviations;
}
