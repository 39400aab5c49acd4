import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Actor } from './actor.ts';
import { localToday } from './scope-relations.ts';

// The relation scope.ts narrows a client or relative account by: the one client its access row
// names, while the row is live (not ended, and a relative's consent not past its last day).

/** A condition on `clients`: this account has live access to the client. */
export function accessToClient(eb: ExpressionBuilder<DB, 'clients'>, actor: Actor, accountId: string): Expression<SqlBool> {
  return eb.exists(
    eb
      .selectFrom('client_access')
      .select('client_access.access_id')
      .whereRef('client_access.municipality_id', '=', 'clients.municipality_id')
      .whereRef('client_access.client_id', '=', 'clients.client_id')
      .where('client_access.user_id', '=', accountId)
      .where('client_access.ended_at', 'is', null)
      .where((w) => w.or([w('client_access.consent_until', 'is', null), w('client_access.consent_until', '>=', sql<string>`${localToday(actor)}`)])),
  );
}
