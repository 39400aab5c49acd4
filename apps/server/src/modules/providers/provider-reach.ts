import type { Kysely } from 'kysely';
import type { Actor } from '../../auth/actor.ts';
import { providerScope } from '../../auth/scope.ts';
import type { DB } from '../../db/schema.ts';
import { NotFoundError } from '../../errors.ts';
import { only } from '../municipality/guards.ts';
import { findProvider } from './providers.repository.ts';

/**
 * A provider's own organisation (units, staff) is managed by the admin or by that provider's
 * manager. Other roles are refused outright (403); a manager asking about another provider is
 * told it does not exist (404), exactly as for an unknown id, so scope cannot be probed.
 */
export async function assertManages(
  db: Kysely<DB>,
  actor: Actor,
  providerId: string,
  what: string,
): Promise<void> {
  only(actor, ['admin', 'provider_manager'], what);
  const scope = providerScope(actor);
  const inScope = scope.providerId === undefined || scope.providerId === providerId;
  if (!inScope || !(await findProvider(db, scope.municipalityId, providerId)))
    throw new NotFoundError(`no provider "${providerId}"`);
}
