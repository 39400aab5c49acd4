import type { Expression, ExpressionBuilder, Kysely, SqlBool } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Actor } from './actor.ts';

// The one place that says which rows an actor may see (DOMAIN.md §1: "scope is enforced
// centrally, not route by route"). Every repository query that reads client or provider data
// filters through one of these; nobody ever sees another municipality.
//
//   admin, finance          the whole municipality
//   case_officer            the clients of her district
//   provider_manager, staff the clients with an order (not cancelled or declined) from their provider
//                           (staff will later be narrowed to the day's visits)

/** The scope as data: what a query must match. Absent fields do not narrow. */
export interface ClientScope {
  municipalityId: string;
  districtId?: string;
  providerId?: string;
}

export interface ProviderScope {
  municipalityId: string;
  providerId?: string;
}

// The database refuses these accounts (check constraints on users); a missing id here is a bug,
// and failing loudly is safer than a scope that silently widens.
function required(id: string | null, actor: Actor, what: string): string {
  if (id === null) throw new Error(`${actor.role} ${actor.username} has no ${what}`);
  return id;
}

export function clientScope(actor: Actor): ClientScope {
  const municipalityId = actor.municipalityId;
  switch (actor.role) {
    case 'admin':
    case 'finance':
      return { municipalityId };
    case 'case_officer':
      return { municipalityId, districtId: required(actor.districtId, actor, 'district') };
    case 'provider_manager':
    case 'staff':
      return { municipalityId, providerId: required(actor.providerId, actor, 'provider') };
  }
}

/** Providers an actor may see: the municipality's, or only her own for provider roles. */
export function providerScope(actor: Actor): ProviderScope {
  const { municipalityId, providerId } = clientScope(actor);
  return providerId === undefined ? { municipalityId } : { municipalityId, providerId };
}

/** A where-clause on `clients`: `db.selectFrom('clients').where(clientInScope(actor))`. */
export function clientInScope(actor: Actor) {
  const s = clientScope(actor);
  return (eb: ExpressionBuilder<DB, 'clients'>): Expression<SqlBool> => {
    const conditions: Expression<SqlBool>[] = [
      eb('clients.municipality_id', '=', s.municipalityId),
    ];
    if (s.districtId !== undefined) conditions.push(eb('clients.district_id', '=', s.districtId));
    if (s.providerId !== undefined) {
      conditions.push(
        eb.exists(
          eb
            .selectFrom('orders')
            .select('orders.order_id')
            .whereRef('orders.municipality_id', '=', 'clients.municipality_id')
            .whereRef('orders.client_id', '=', 'clients.client_id')
            .where('orders.provider_id', '=', s.providerId)
            .where('orders.status', 'not in', ['cancelled', 'declined']),
        ),
      );
    }
    return eb.and(conditions);
  };
}

/**
 * The ids of the clients in scope, as a subquery for tables keyed by client:
 * `.where('orders.municipality_id', '=', actor.municipalityId)
 *  .where('orders.client_id', 'in', clientIdsInScope(db, actor))`.
 */
export function clientIdsInScope(db: Kysely<DB>, actor: Actor) {
  return db.selectFrom('clients').select('clients.client_id').where(clientInScope(actor));
}

/** A where-clause on `providers`. */
export function providerInScope(actor: Actor) {
  const s = providerScope(actor);
  return (eb: ExpressionBuilder<DB, 'providers'>): Expression<SqlBool> =>
    s.providerId === undefined
      ? eb('providers.municipality_id', '=', s.municipalityId)
      : eb.and([
          eb('providers.municipality_id', '=', s.municipalityId),
          eb('providers.provider_id', '=', s.providerId),
        ]);
}

/** May the actor see this client? Out of scope and nonexistent answer alike: false. */
export async function canSeeClient(
  db: Kysely<DB>,
  actor: Actor,
  clientId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('clients')
    .select('clients.client_id')
    .where('clients.client_id', '=', clientId)
    .where(clientInScope(actor))
    .executeTakeFirst();
  return row !== undefined;
}
