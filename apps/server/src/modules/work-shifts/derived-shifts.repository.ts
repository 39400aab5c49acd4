import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

// The SQL of derived shifts (docs/shifts.md): what the derivation reads beside the patterns and
// exceptions (shift-patterns.repository.ts), and what it writes.

/**
 * The municipality's derivation lock, held to the end of the transaction. The background pass
 * tries it (another server deriving skips); a write that derives a past day again, and an import
 * of shifts, wait for it, so neither reads a watermark or a staff-day the other is moving.
 */
export async function lockDerivation(db: Kysely<DB>, mid: string, wait: boolean): Promise<boolean> {
  // The kept statements' writer lock first (shared), as every write of shifts takes it through the
  // table's triggers: taken in one order by all, the two locks cannot wait on each other in a circle.
  await sql`select kept_writer(${mid})`.execute(db);
  const key = `hemma-work-shifts:${mid}`;
  if (wait) {
    await sql`select pg_advisory_xact_lock(hashtext(${key}))`.execute(db);
    return true;
  }
  const r = await sql<{ locked: boolean }>`select pg_try_advisory_xact_lock(hashtext(${key})) as locked`.execute(db);
  return r.rows[0]?.locked === true;
}

/** Municipalities with a weekly pattern for anyone, or days derived, with their time zones. */
export async function municipalitiesToDerive(db: Kysely<DB>): Promise<{ mid: string; timeZone: string }[]> {
  const rows = await db.selectFrom('municipalities as m').select(['m.municipality_id', 'm.timezone'])
    .where((eb) => eb.or([
      eb.exists(eb.selectFrom('staff_shift_patterns as p').select(sql`1`.as('one')).whereRef('p.municipality_id', '=', 'm.municipality_id')),
      eb.exists(eb.selectFrom('work_shift_derivations as d').select(sql`1`.as('one')).whereRef('d.municipality_id', '=', 'm.municipality_id')),
    ]))
    .orderBy('m.municipality_id').execute();
  return rows.map((r) => ({ mid: r.municipality_id, timeZone: r.timezone }));
}

export async function timeZoneOf(db: Kysely<DB>, mid: string): Promise<string | undefined> {
  return (await db.selectFrom('municipalities').select('timezone').where('municipality_id', '=', mid).executeTakeFirst())?.timezone;
}

export interface DerivationState {
  staff: string;
  active: boolean;
  /** The last date derived; null: never derived. */
  through: string | null;
  /** The start of her earliest dated pattern version; null when one is in force since always (or none is). */
  firstVersion: string | null;
  /** The local date of her first registration (read only while never derived); null: none. */
  firstRegistration: string | null;
}

/**
 * Every staff member whose days are derived: the active ones with a weekly pattern, and whoever
 * has days derived already (her pattern since removed, or she no longer active), so that the
 * days in between are passed as they were, not filled later by a pattern entered afterwards.
 */
export async function derivationStates(db: Kysely<DB>, mid: string): Promise<DerivationState[]> {
  const rows = await sql<{ staff_id: string; active: boolean; through: string | null; first_version: string | null; first_registration: string | null }>`
    with candidates as (
      select staff_id from staff_shift_patterns where municipality_id = ${mid}
      union
      select staff_id from work_shift_derivations where municipality_id = ${mid}
    )
    select c.staff_id, s.active, d.through::text as through,
      (select min(p.valid_from)::text from staff_shift_patterns p where p.municipality_id = ${mid} and p.staff_id = c.staff_id) as first_version,
      case when d.through is null then
        (select (min(r.at) at time zone m.timezone)::date::text from registrations r
          where r.municipality_id = ${mid} and r.staff_id = c.staff_id)
      end as first_registration
    from candidates c
    join staff s on s.municipality_id = ${mid} and s.staff_id = c.staff_id
    join municipalities m on m.municipality_id = ${mid}
    left join work_shift_derivations d on d.municipality_id = ${mid} and d.staff_id = c.staff_id
    where s.active or d.through is not null
    order by c.staff_id`.execute(db);
  return rows.rows.map((r) => ({
    staff: r.staff_id, active: r.active, through: r.through,
    firstVersion: r.first_version === null || r.first_version === '-infinity' ? null : r.first_version, firstRegistration: r.first_registration,
  }));
}

/** How far one staff member's days are derived, or null. */
export async function derivedThrough(db: Kysely<DB>, mid: string, staffId: string): Promise<string | null> {
  const r = await db.selectFrom('work_shift_derivations').select(sql<string>`through::text`.as('through'))
    .where('municipality_id', '=', mid).where('staff_id', '=', staffId).executeTakeFirst();
  return r?.through ?? null;
}

export async function setDerivedThrough(db: Kysely<DB>, mid: string, staffIds: readonly string[], through: string): Promise<void> {
  if (staffIds.length === 0) return;
  await db.insertInto('work_shift_derivations').values(staffIds.map((staff_id) => ({ municipality_id: mid, staff_id, through })))
    .onConflict((oc) => oc.columns(['municipality_id', 'staff_id']).doUpdateSet({ through }))
    .execute();
}

/** The staff-days (`staff|date`, local dates) among these staff and dates that have an imported shift. */
export async function importedStaffDays(db: Kysely<DB>, mid: string, timeZone: string, staffIds: readonly string[], from: string, to: string): Promise<Set<string>> {
  if (staffIds.length === 0) return new Set();
  // A day either side of the dates bounds the instants whatever the offset.
  const rows = await sql<{ day: string }>`
    select distinct staff_id || '|' || (starts_at at time zone ${timeZone})::date::text as day
    from work_shifts
    where municipality_id = ${mid} and source = 'imported' and staff_id = any(${[...staffIds]}::text[])
      and starts_at >= (${from}::date - 1)::timestamp at time zone 'UTC' and starts_at < (${to}::date + 2)::timestamp at time zone 'UTC'
      and (starts_at at time zone ${timeZone})::date between ${from}::date and ${to}::date`.execute(db);
  return new Set(rows.rows.map((r) => r.day));
}

export interface StoredShift {
  staff: string;
  startsAt: Date;
  ordinal: number;
  endsAt: Date;
}

/** Derived shifts of these staff starting in [from, to). */
export async function derivedShiftsBetween(db: Kysely<DB>, mid: string, staffIds: readonly string[], from: Date, to: Date): Promise<StoredShift[]> {
  if (staffIds.length === 0) return [];
  const rows = await db.selectFrom('work_shifts').select(['staff_id', 'starts_at', 'ordinal', 'ends_at'])
    .where('municipality_id', '=', mid).where('source', '=', 'derived').where('staff_id', '=', sql<string>`any(${[...staffIds]}::text[])`)
    .where('starts_at', '>=', from).where('starts_at', '<', to)
    .orderBy('staff_id').orderBy('starts_at').orderBy('ordinal').execute();
  return rows.map((r) => ({ staff: r.staff_id, startsAt: r.starts_at, ordinal: r.ordinal, endsAt: r.ends_at }));
}

/** Removes derived shifts by key; the work_shifts triggers mark the kept months they start in. */
export async function deleteDerived(db: Kysely<DB>, mid: string, shifts: readonly StoredShift[]): Promise<void> {
  for (let i = 0; i < shifts.length; i += 500) {
    const chunk = shifts.slice(i, i + 500);
    await db.deleteFrom('work_shifts').where('municipality_id', '=', mid).where('source', '=', 'derived')
      .where((eb) => eb.or(chunk.map((s) => eb.and([eb('staff_id', '=', s.staff), eb('starts_at', '=', s.startsAt), eb('ordinal', '=', s.ordinal)]))))
      .execute();
  }
}

export async function insertDerived(db: Kysely<DB>, mid: string, shifts: readonly StoredShift[]): Promise<void> {
  for (let i = 0; i < shifts.length; i += 500) {
    await db.insertInto('work_shifts').values(shifts.slice(i, i + 500).map((s) => ({
      municipality_id: mid, staff_id: s.staff, starts_at: s.startsAt, ordinal: s.ordinal, ends_at: s.endsAt, source: 'derived' as const,
    }))).execute();
  }
}

/**
 * Imported shifts stand: derived shifts of a staff-day that now has an imported one go (these
 * staff's, starting in [from, to)). How many went.
 */
export async function dropDerivedUnderImported(db: Kysely<DB>, mid: string, timeZone: string, staffIds: readonly string[], from: Date, to: Date): Promise<number> {
  if (staffIds.length === 0) return 0;
  const r = await sql`
    delete from work_shifts d
    where d.municipality_id = ${mid} and d.source = 'derived' and d.staff_id = any(${[...staffIds]}::text[])
      and d.starts_at >= ${from} and d.starts_at < ${to}
      and exists (select 1 from work_shifts i
        where i.municipality_id = d.municipality_id and i.staff_id = d.staff_id and i.source = 'imported'
          and i.starts_at > d.starts_at - interval '1 day' and i.starts_at < d.starts_at + interval '1 day'
          and (i.starts_at at time zone ${timeZone})::date = (d.starts_at at time zone ${timeZone})::date)`.execute(db);
  return Number(r.numAffectedRows ?? 0);
}
