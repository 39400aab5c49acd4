import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Actor } from './actor.ts';
import { accessToClient } from './client-account-scope.ts';
import { orderStillServed, staffKnowsClient } from './scope-relations.ts';

// The one place that says which rows an actor may see (DOMAIN.md §1: "scope is enforced
// centrally, not route by route"). Every repository query that reads client or provider data
// filters through one of these, and so does every reference a request body makes to another
// object; nobody ever sees another municipality. docs/security.md explains the choices.
//
//   admin, finance    the whole municipality
//   case_officer      the clients of her district
//   provider_manager  the clients with an order (not cancelled or declined) from her provider that is not
//                     over, or whose months the provider has still to close
//   staff             of those, the clients she is planned to visit from yesterday to a week
//                     ahead, those she is contact person for, and those she registered at in
//                     the last 30 days (DOMAIN.md §6)
//   client, relative  exactly one client: the one the account's live access row names
//                     (client_access; a relative's only while the client's consent lasts)

/** The scope as data: what a query must match. Absent fields do not narrow. */
export interface ClientScope {
  municipalityId: string;
  districtId?: string;
  providerId?: string;
  /** Staff: narrowed further to the clients this staff member has to do with. */
  staffId?: string;
  /** Client and relative accounts: narrowed to the one client this account has live access to. */
  accountId?: string;
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
      return { municipalityId, providerId: required(actor.providerId, actor, 'provider') };
    case 'staff':
      return {
        municipalityId,
        providerId: required(actor.providerId, actor, 'provider'),
        staffId: required(actor.staffId, actor, 'staff member'),
      };
    case 'client':
    case 'relative':
      return { municipalityId, accountId: actor.userId };
  }
}

/** Providers an actor may see: the municipality's, or only her own for provider roles. */
export function providerScope(actor: Actor): ProviderScope {
  const { municipalityId, providerId } = clientScope(actor);
  return providerId === undefined ? { municipalityId } : { municipalityId, providerId };
}

/** The client has an order from the provider that is not cancelled or declined; `live`: and still served. */
function orderFrom(eb: ExpressionBuilder<DB, 'clients'>, actor: Actor, providerId: string, live: boolean): Expression<SqlBool> {
  let orders = eb
    .selectFrom('orders')
    .select('orders.order_id')
    .whereRef('orders.municipality_id', '=', 'clients.municipality_id')
    .whereRef('orders.client_id', '=', 'clients.client_id')
    .where('orders.provider_id', '=', providerId)
    .where('orders.status', 'not in', ['cancelled', 'declined']);
  if (live) orders = orders.where(orderStillServed(actor));
  return eb.exists(orders);
}

/** A where-clause on `clients`: `db.selectFrom('clients').where(clientInScope(actor))`. */
export function clientInScope(actor: Actor) {
  const s = clientScope(actor);
  return (eb: ExpressionBuilder<DB, 'clients'>): Expression<SqlBool> => {
    const conditions: Expression<SqlBool>[] = [
      eb('clients.municipality_id', '=', s.municipalityId),
    ];
    if (s.districtId !== undefined) conditions.push(eb('clients.district_id', '=', s.districtId));
    if (s.providerId !== undefined) conditions.push(orderFrom(eb, actor, s.providerId, true));
    if (s.providerId !== undefined && s.staffId !== undefined) conditions.push(staffKnowsClient(actor, { providerId: s.providerId, staffId: s.staffId }));
    if (s.accountId !== undefined) conditions.push(accessToClient(eb, actor, s.accountId));
    return eb.and(conditions);
  };
}

/**
 * A where-clause on `clients` for registering a visit: a provider's staff register at
 * any client their provider has an order for, even one they may not read yet, because a
 * substitute stands at the door of a client she was not planned for, and a phone that was
 * offline sends visits of an order that has ended since. Only registrations use it; the
 * registration then brings the client into the staff member's reading scope.
 */
export function clientServedByActor(actor: Actor) {
  const s = clientScope(actor);
  return (eb: ExpressionBuilder<DB, 'clients'>): Expression<SqlBool> => {
    const conditions: Expression<SqlBool>[] = [eb('clients.municipality_id', '=', s.municipalityId)];
    if (s.districtId !== undefined) conditions.push(eb('clients.district_id', '=', s.districtId));
    if (s.providerId !== undefined) conditions.push(orderFrom(eb, actor, s.providerId, false));
    if (s.accountId !== undefined) conditions.push(accessToClient(eb, actor, s.accountId));
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

/**
 * A where-clause on `registrations`: those the actor may correct. Staff their own, a
 * provider manager those of her provider's staff, an admin any of the municipality's; case
 * officers and finance register nothing and correct nothing.
 */
export function registrationInReach(actor: Actor) {
  return (eb: ExpressionBuilder<DB, 'registrations'>): Expression<SqlBool> => {
    const here = eb('registrations.municipality_id', '=', actor.municipalityId);
    switch (actor.role) {
      case 'admin':
        return here;
      case 'staff':
        return eb.and([here, eb('registrations.staff_id', '=', required(actor.staffId, actor, 'staff member'))]);
      case 'provider_manager':
        return eb.and([
          here,
          eb('registrations.staff_id', 'in', eb
            .selectFrom('staff')
            .select('staff.staff_id')
            .where('staff.municipality_id', '=', actor.municipalityId)
            .where('staff.provider_id', '=', required(actor.providerId, actor, 'provider'))),
        ]);
      case 'case_officer':
      case 'finance':
      case 'client':
      case 'relative':
        return sql<SqlBool>`false`;
    }
  };
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
