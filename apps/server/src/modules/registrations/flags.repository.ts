import type { TagFlag } from '@hemma/contract/api';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Actor } from '../../auth/actor.ts';
import type { DB, TagFlagsTable } from '../../db/schema.ts';
import { plannedVisitOn } from '../plans/planned-visits.ts';

// Moved-tag flags (DOMAIN.md §6: in a known fraud case tags were taped up and moved). One staff
// member reading two different clients' tags within a minute cannot have walked between the
// doors; the provider is told and follows it up.

/** Reads closer than this (either way) at two clients are flagged. */
export const MOVED_TAG_WINDOW_SECONDS = 60;

type FlagRow = Selectable<TagFlagsTable>;

export function toTagFlag(r: FlagRow): TagFlag {
  return {
    id: r.flag_id,
    reason: r.reason,
    staff: r.staff_id,
    registration: r.first_registration_id,
    client: r.first_client_id,
    at: r.first_at.toISOString(),
    otherRegistration: r.second_registration_id,
    otherClient: r.second_client_id,
    otherAt: r.second_at?.toISOString() ?? null,
    raisedAt: r.raised_at.toISOString(),
  };
}

/**
 * Flags every pair of one new tag read and any stored tag read (new ones included) by the same
 * staff member at another client within the window. The pair is stored earlier-first, so the
 * flag is the same whichever of the two arrived first, and the unique key keeps replays from
 * raising it twice. Returns the flags raised now.
 */
export interface TagRead {
  id: string;
  staff: string;
  client: string;
  at: string;
}

export async function raiseMovedTagFlags(db: Kysely<DB>, municipalityId: string, providerId: string, reads: readonly TagRead[]): Promise<TagFlag[]> {
  if (reads.length === 0) return [];
  const window = `${MOVED_TAG_WINDOW_SECONDS} seconds`;
  // The new reads come as arrays rather than being read back: one index probe each
  // (registrations_staff_at) finds the other reads near them, this batch's included.
  const result = await sql<FlagRow>`
    insert into tag_flags (municipality_id, reason, provider_id, staff_id, first_registration_id, second_registration_id,
                           first_client_id, second_client_id, first_at, second_at)
    select ${municipalityId}, 'two_clients_within_minute', ${providerId}, n.staff_id,
           case when x.n_first then n.id else o.registration_id end,
           case when x.n_first then o.registration_id else n.id end,
           case when x.n_first then n.client_id else o.client_id end,
           case when x.n_first then o.client_id else n.client_id end,
           case when x.n_first then n.at else o.at end,
           case when x.n_first then o.at else n.at end
    from unnest(${reads.map((r) => r.id)}::uuid[], ${reads.map((r) => r.staff)}::text[], ${reads.map((r) => r.client)}::text[],
                ${reads.map((r) => r.at)}::timestamptz[]) as n(id, staff_id, client_id, at)
    join registrations o
      on o.municipality_id = ${municipalityId} and o.staff_id = n.staff_id
     and o.at between n.at - ${window}::interval and n.at + ${window}::interval
     and o.client_id <> n.client_id and o.tag_uid is not null
    cross join lateral (select (n.at, n.id) < (o.at, o.registration_id) as n_first) x
    on conflict do nothing
    returning *`.execute(db);
  return result.rows.map(toTagFlag);
}

/**
 * Flags each new tag read made on a local date on which its client has no visit of the
 * provider planned (modules/plans/planned-visits.ts): a tag that is read where nobody was sent
 * may have been moved. One flag per read (the unique key), so a replay raises nothing.
 */
export async function raiseNoPlannedVisitFlags(db: Kysely<DB>, municipalityId: string, providerId: string, reads: readonly TagRead[]): Promise<TagFlag[]> {
  if (reads.length === 0) return [];
  const result = await sql<FlagRow>`
    insert into tag_flags (municipality_id, reason, provider_id, staff_id, first_registration_id, first_client_id, first_at)
    select ${municipalityId}, 'no_planned_visit', ${providerId}, n.staff_id, n.id, n.client_id, n.at
    from unnest(${reads.map((r) => r.id)}::uuid[], ${reads.map((r) => r.staff)}::text[], ${reads.map((r) => r.client)}::text[],
                ${reads.map((r) => r.at)}::timestamptz[]) as n(id, staff_id, client_id, at)
    cross join lateral (
      select (n.at at time zone (select m.timezone from municipalities m where m.municipality_id = ${municipalityId}))::date as day) d
    where not ${plannedVisitOn({ municipalityId, clientId: sql.ref('n.client_id'), day: sql.ref('d.day'), providerId })}
    on conflict do nothing
    returning *`.execute(db);
  return result.rows.map(toTagFlag);
}

/** Flags of the actor's provider (provider managers) or of the municipality (admins), newest first. */
export async function listFlags(
  db: Kysely<DB>,
  actor: Actor,
  filter: { staff?: string | undefined; client?: string | undefined; limit: number; offset: number },
): Promise<TagFlag[]> {
  let q = db.selectFrom('tag_flags').selectAll().where('municipality_id', '=', actor.municipalityId);
  if (actor.role !== 'admin') {
    if (actor.providerId === null) return [];
    q = q.where('provider_id', '=', actor.providerId);
  }
  if (filter.staff !== undefined) q = q.where('staff_id', '=', filter.staff);
  const client = filter.client;
  if (client !== undefined) q = q.where((eb) => eb.or([eb('first_client_id', '=', client), eb('second_client_id', '=', client)]));
  const rows = await q.orderBy('raised_at', 'desc').orderBy('flag_id', 'desc').limit(filter.limit).offset(filter.offset).execute();
  return rows.map(toTagFlag);
}
