import { randomUUID } from 'node:crypto';
import type { Decision, DecisionCreateBody } from '@hemma/contract/api';
import type { Actor } from '../../auth/actor.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import type { Database } from '../../db/connect.ts';
import { InvalidError } from '../../errors.ts';
import { clientInScopeOr404, only } from '../clients/access.ts';
import * as repo from './decisions.repository.ts';

// Needs-assessment decisions are the municipality's: the case officer of the client's district
// makes them; admin and finance read them. Providers work from the order, not the decision.

export async function listDecisions(database: Database, actor: Actor, clientId: string): Promise<Decision[]> {
  only(actor, ['case_officer', 'admin', 'finance'], 'see decisions');
  await clientInScopeOr404(database.db, actor, clientId);
  const decisions = await repo.listDecisions(database.db, actor.municipalityId, clientId);
  await recordAudit(database.db, actor, { action: 'read', clientId, objectType: 'decision', details: { count: decisions.length } });
  return decisions;
}

/** A form's empty field is no text at all. */
const blankAsNull = (v: string | null): string | null => (v === null || v.trim() === '' ? null : v.trim());

export async function createDecision(database: Database, actor: Actor, clientId: string, body: DecisionCreateBody): Promise<Decision> {
  only(actor, ['case_officer'], 'make decisions');
  if (body.validTo !== null && body.validTo < body.validFrom) throw new InvalidError(`ends (${body.validTo}) before it starts (${body.validFrom})`, 'validTo');
  const id = randomUUID();
  const hoursPerMonth: Record<string, number> = { ...body.hoursPerMonth };
  return database.db.transaction().execute(async (trx) => {
    await clientInScopeOr404(trx, actor, clientId);
    await repo.insertDecision(trx, actor.municipalityId, { id, clientId, validFrom: body.validFrom, validTo: body.validTo, hoursPerMonth, doubleStaffing: body.doubleStaffing, text: blankAsNull(body.text), goals: blankAsNull(body.goals) });
    await recordAudit(trx, actor, { action: 'create', clientId, objectType: 'decision', objectId: id });
    const created = await repo.findDecision(trx, actor.municipalityId, id);
    return created!;
  });
}
