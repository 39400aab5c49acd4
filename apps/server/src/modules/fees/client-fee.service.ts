import type { ClientFeeReply } from '@hemma/contract/api';
import type { Actor } from '../../auth/actor.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import type { Database } from '../../db/connect.ts';
import { NotFoundError } from '../../errors.ts';
import { clientInScopeOr404, only } from '../clients/access.ts';
import { clientFeeOfMonth } from './fees.service.ts';

// The fee on the case officer's client page: the same engine and the same fee decision as
// finance's month list and the client's own view, read-only. The income behind it stays
// finance's (fee data is not part of the reply); the fee decision, which the client also
// receives, may be opened, and every read and export is logged.

const ROLES = ['case_officer', 'admin', 'finance'] as const;

export async function clientFee(database: Database, actor: Actor, clientId: string, month: string): Promise<ClientFeeReply> {
  only(actor, ROLES, 'see a client\'s fee');
  await clientInScopeOr404(database.db, actor, clientId);
  const found = await clientFeeOfMonth(database, actor.municipalityId, clientId, month);
  await recordAudit(database.db, actor, { action: 'read', clientId, objectType: 'fee', objectId: month });
  const fee = found && { feeOre: found.fee.feeOre, basisMinutes: found.fee.basisMinutes, binding: found.fee.binding };
  return { client: clientId, month, fee };
}

/** The month's fee decision of one client as a PDF, the document finance prints and the client receives. */
export async function clientFeeDecision(database: Database, actor: Actor, clientId: string, month: string): Promise<Buffer> {
  only(actor, ROLES, 'open a client\'s fee decision');
  await clientInScopeOr404(database.db, actor, clientId);
  const found = await clientFeeOfMonth(database, actor.municipalityId, clientId, month);
  if (!found) throw new NotFoundError(`no fee decision for ${month}`);
  await recordAudit(database.db, actor, { action: 'export', clientId, objectType: 'fee', objectId: month });
  return found.pdf();
}
