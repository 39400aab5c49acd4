import { sql, type RawBuilder, type SqlBool } from 'kysely';

// What is planned for a day: the recurring visits of the plans in force, of orders not
// cancelled, on the day's weekday. Day plans are computed from these on request and not kept,
// so this is the one definition of "a planned visit" that scope (staff see the clients of their
// planned visits) and the tag checks (a read on a day with no planned visit) both use.

export interface PlannedVisitQuery {
  /** SQL for the municipality, the client and the local date, from the caller's query. */
  municipalityId: RawBuilder<string> | string;
  clientId: RawBuilder<string>;
  day: RawBuilder<string>;
  providerId: string;
  /** Only visits the plan names this staff member for. */
  staffId?: string;
}

/** A condition: the client has a visit of the provider planned on the day. */
export function plannedVisitOn(q: PlannedVisitQuery): RawBuilder<SqlBool> {
  const forStaff = q.staffId === undefined ? sql`` : sql`and pv.preferred_staff_id = ${q.staffId}`;
  return sql<SqlBool>`exists (
    select 1
    from plan_visits pv
    join plans p on p.municipality_id = pv.municipality_id and p.plan_id = pv.plan_id
    join orders o on o.municipality_id = p.municipality_id and o.order_id = p.order_id
    where pv.municipality_id = ${q.municipalityId} and o.client_id = ${q.clientId} and o.provider_id = ${q.providerId}
      and o.status <> 'cancelled' ${forStaff}
      and to_char((${q.day})::timestamp, 'dy') = any(pv.weekdays)
      and (${q.day}) between p.valid_from and coalesce(p.valid_to, 'infinity'::date)
      and (${q.day}) between o.valid_from and coalesce(o.valid_to, 'infinity'::date))`;
}
