// The yardstick: the least a database must do to answer "how many minutes did each client get"
// from the same registrations the statements load. One query: pair each arrive with the next
// arrive-or-leave of the same staff member and client (`lead`), keep arrive→leave pairs of at
// most 12 h, sum minutes (seconds dropped) per client. It ignores corrections, orders,
// bands, rates and the cap: everything the statements add on top.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../apps/server/src/db/schema.ts';

export interface AggregateRow {
  client_id: string;
  visits: number;
  minutes: number;
}

export async function bareAggregate(db: Kysely<DB>, municipality: string, from: Date, to: Date): Promise<AggregateRow[]> {
  const result = await sql<AggregateRow>`
    select client_id, count(*)::int as visits, sum(minutes)::int as minutes
    from (
      select client_id, kind,
             lead(kind) over w as next_kind,
             (extract(epoch from date_trunc('minute', lead(at) over w)) - extract(epoch from date_trunc('minute', at))) / 60 as minutes
      from registrations
      where municipality_id = ${municipality} and at >= ${from} and at < ${to} and kind in ('arrive', 'leave')
      window w as (partition by staff_id, client_id order by at, registration_id)
    ) paired
    where kind = 'arrive' and next_kind = 'leave' and minutes <= 720
    group by client_id`.execute(db);
  return result.rows;
}
