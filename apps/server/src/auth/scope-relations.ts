import { sql, type Expression, type ExpressionBuilder, type RawBuilder, type SqlBool } from 'kysely';
import type { DB } from '../db/schema.ts';
import { plannedVisitOn } from '../modules/plans/planned-visits.ts';
import type { Actor } from './actor.ts';

// The time-bound relations scope.ts narrows by: whether a provider still serves an order, and
// whether a staff member has to do with a client. Both depend on the municipality's local date
// at the actor's instant (`actor.at`), never on the server's zone or clock.

/** Days before and after today on which a planned visit brings its client into a staff member's scope. */
export const PLANNED_DAYS_BEFORE = 1;
export const PLANNED_DAYS_AFTER = 7;
/** Days back over which a staff member's own registrations at a client keep it in her scope. */
export const REGISTERED_DAYS = 30;

/** The municipality's time zone, as a scalar subquery (evaluated once per statement). */
function zoneOf(actor: Actor): RawBuilder<string> {
  return sql<string>`(select m.timezone from municipalities m where m.municipality_id = ${actor.municipalityId})`;
}

/** Today's local date in the municipality, at the actor's instant. */
export function localToday(actor: Actor): RawBuilder<string> {
  return sql<string>`(${actor.at.toISOString()}::timestamptz at time zone ${zoneOf(actor)})::date`;
}

/**
 * A where-clause on `orders`: the provider still has the client to serve. The order has not
 * ended (no end, or an end today or later), or it has ended but some month in which it was
 * active is not yet approved: the provider must still see whom it reports for (excess reasons,
 * deviations, corrections) until that month is closed, and no longer.
 */
export function orderStillServed(actor: Actor) {
  const today = localToday(actor);
  return (eb: ExpressionBuilder<DB, 'orders'>): Expression<SqlBool> =>
    eb.or([
      eb('orders.valid_to', 'is', null),
      eb('orders.valid_to', '>=', today),
      sql<SqlBool>`exists (
        select 1
        from generate_series(date_trunc('month', orders.valid_from::timestamp), orders.valid_to::timestamp, interval '1 month') as m(first)
        where not exists (
          select 1 from statements s
          where s.municipality_id = orders.municipality_id and s.provider_id = orders.provider_id
            and s.month = to_char(m.first, 'YYYY-MM') and s.status in ('approved', 'exported')))`,
    ]);
}

/**
 * A where-clause on `clients` (DOMAIN.md §6): the staff member is the client's contact person,
 * or registered at the client in the last 30 days (counted in local dates, today included), or a
 * plan in force names her for a visit on a day from yesterday to a week ahead (day plans are
 * computed on request from the plans and not kept, so the staff member a plan visit names is
 * the one planned to go).
 */
export function staffKnowsClient(actor: Actor, s: { providerId: string; staffId: string }): Expression<SqlBool> {
  const today = localToday(actor);
  return sql<SqlBool>`(
    clients.contact_person_staff_id = ${s.staffId}
    or exists (
      select 1 from registrations r
      where r.municipality_id = clients.municipality_id and r.staff_id = ${s.staffId} and r.client_id = clients.client_id
        and r.at >= (${today} - ${REGISTERED_DAYS}::int)::timestamp at time zone ${zoneOf(actor)})
    or exists (
      select 1 from generate_series((${today} - ${PLANNED_DAYS_BEFORE}::int)::timestamp, (${today} + ${PLANNED_DAYS_AFTER}::int)::timestamp, interval '1 day') as d(day)
      where ${plannedVisitOn({
        municipalityId: sql.ref('clients.municipality_id'),
        clientId: sql.ref('clients.client_id'),
        day: sql`d.day::date`,
        providerId: s.providerId,
        staffId: s.staffId,
      })}))`;
}
