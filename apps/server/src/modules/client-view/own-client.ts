import type { ClientAccess } from '@hemma/contract/api';
import type { Actor } from '../../auth/actor.ts';
import type { Database } from '../../db/connect.ts';
import { NotFoundError } from '../../errors.ts';
import { clientInScopeOr404, only } from '../clients/access.ts';
import { accessOfAccount } from './access.repository.ts';

/**
 * The one client a client or relative account sees: the one its live access names, and then
 * only if the scope mechanism agrees (a relative's consent still running).
 */
export async function ownClient(database: Database, actor: Actor): Promise<ClientAccess> {
  only(actor, ['client', 'relative'], 'use the client\'s own view');
  const access = await accessOfAccount(database.db, actor.municipalityId, actor.userId);
  if (!access) throw new NotFoundError('this account has no access to a client');
  await clientInScopeOr404(database.db, actor, access.clientId);
  return access;
}
