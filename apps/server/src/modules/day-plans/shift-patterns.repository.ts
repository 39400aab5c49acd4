import { shiftsOfDay, type DayShift, type ExceptionReason, type PatternShift, type Shift, type ShiftException } from '@hemma/domain/shifts';
import { WEEKDAYS, type Weekday } from '@hemma/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

// Weekly shift patterns (in versions by start date), exception days and the stored shifts of
// single days.

/** The start of the version in force since always, as the database keeps it. */
const ALWAYS = '-infinity';

export async function staffProvider(db: Kysely<DB>, mid: string, staffId: string): Promise<string | undefined> {
  const r = await db.selectFrom('staff').select('provider_id').where('municipality_id', '=', mid).where('staff_id', '=', staffId).executeTakeFirst();
  return r?.provider_id;
}

/** Every version of these staff members' patterns; `validFrom` null: since always. */
export async function patternOf(db: Kysely<DB>, mid: string, staffIds: readonly string[]): Promise<PatternShift[]> {
  if (staffIds.length === 0) return [];
  const rows = await db.selectFrom('staff_shift_patterns').selectAll().where('municipality_id', '=', mid).where('staff_id', 'in', staffIds)
    .orderBy('staff_id').orderBy('valid_from').orderBy('start_time').execute();
  // Monday first, as the week is read, not in the text order of the day names.
  const day = (w: string): number => WEEKDAYS.indexOf(w as Weekday);
  const from = (v: string | null | undefined): string => v ?? '';
  return rows
    .map((r) => ({
      staff: r.staff_id, validFrom: r.valid_from === ALWAYS ? null : r.valid_from, weekday: r.weekday as Weekday,
      start: r.start_time, end: r.end_time, skills: r.skills,
    }))
    .sort((a, b) => (a.staff < b.staff ? -1 : a.staff > b.staff ? 1 : 0)
      || (from(a.validFrom) < from(b.validFrom) ? -1 : from(a.validFrom) > from(b.validFrom) ? 1 : 0)
      || day(a.weekday) - day(b.weekday) || (a.start < b.start ? -1 : 1));
}

/**
 * Replaces the version starting `validFrom` (null: every version, by one since always). An empty
 * week with a date removes that version.
 */
export async function replacePattern(db: Kysely<DB>, mid: string, staffId: string, validFrom: string | null, weekly: readonly Omit<PatternShift, 'staff' | 'validFrom'>[]): Promise<void> {
  let q = db.deleteFrom('staff_shift_patterns').where('municipality_id', '=', mid).where('staff_id', '=', staffId);
  if (validFrom !== null) q = q.where('valid_from', '=', validFrom);
  await q.execute();
  if (weekly.length === 0) return;
  await db.insertInto('staff_shift_patterns')
    .values(weekly.map((w) => ({
      municipality_id: mid, staff_id: staffId, valid_from: validFrom ?? ALWAYS, weekday: w.weekday, start_time: w.start, end_time: w.end, skills: [...w.skills],
    })))
    .execute();
}

/** Stored shifts of single days in [from, to] for these staff. */
export async function dayShifts(db: Kysely<DB>, mid: string, staffIds: readonly string[], from: string, to: string): Promise<(Shift & { date: string })[]> {
  if (staffIds.length === 0) return [];
  const rows = await db.selectFrom('staff_shifts').selectAll().where('municipality_id', '=', mid).where('staff_id', 'in', staffIds)
    .where('date', '>=', from).where('date', '<=', to).orderBy('date').orderBy('staff_id').orderBy('start_time').execute();
  return rows.map((r) => ({ staff: r.staff_id, date: r.date, start: r.start_time, end: r.end_time, skills: r.skills }));
}

export async function exceptionDays(db: Kysely<DB>, mid: string, staffIds: readonly string[], from: string, to: string): Promise<ShiftException[]> {
  if (staffIds.length === 0) return [];
  const rows = await db.selectFrom('staff_shift_exceptions').selectAll().where('municipality_id', '=', mid).where('staff_id', 'in', staffIds)
    .where('date', '>=', from).where('date', '<=', to).orderBy('date').orderBy('staff_id').execute();
  return rows.map((r) => ({ staff: r.staff_id, date: r.date, reason: r.reason, note: r.note }));
}

/** Makes each date an exception for the staff member, with exactly these shifts (none: a day off). */
export async function replaceExceptions(
  db: Kysely<DB>, mid: string, staffId: string, dates: readonly string[], shifts: readonly Omit<Shift, 'staff'>[], reason: ExceptionReason, note: string,
): Promise<void> {
  if (dates.length === 0) return;
  await clearExceptions(db, mid, staffId, dates);
  await db.insertInto('staff_shift_exceptions').values(dates.map((date) => ({ municipality_id: mid, staff_id: staffId, date, reason, note }))).execute();
  if (shifts.length === 0) return;
  await db.insertInto('staff_shifts')
    .values(dates.flatMap((date) => shifts.map((s) => ({ municipality_id: mid, staff_id: staffId, date, start_time: s.start, end_time: s.end, skills: [...s.skills] }))))
    .execute();
}

/** The dates go back to the weekly pattern; how many of them were exceptions or had shifts of their own. */
export async function clearExceptions(db: Kysely<DB>, mid: string, staffId: string, dates: readonly string[]): Promise<number> {
  if (dates.length === 0) return 0;
  const marked = await db.deleteFrom('staff_shift_exceptions').where('municipality_id', '=', mid).where('staff_id', '=', staffId).where('date', 'in', dates)
    .returning('date').execute();
  const own = await db.deleteFrom('staff_shifts').where('municipality_id', '=', mid).where('staff_id', '=', staffId).where('date', 'in', dates)
    .returning('date').execute();
  return new Set([...marked, ...own].map((r) => r.date)).size;
}

/** The provider's active staff: the ones the planner gives shifts. */
export async function staffOfProvider(db: Kysely<DB>, mid: string, provider: string): Promise<string[]> {
  return (await db.selectFrom('staff').select('staff_id').where('municipality_id', '=', mid).where('provider_id', '=', provider).where('active', '=', true)
    .orderBy('staff_id').execute()).map((r) => r.staff_id);
}

/** The shifts of these staff on a date: the weekly pattern unless the date is an exception. */
export async function derivedShifts(db: Kysely<DB>, mid: string, staffIds: readonly string[], date: string): Promise<DayShift[]> {
  const pattern = await patternOf(db, mid, staffIds);
  const marked = new Set((await exceptionDays(db, mid, staffIds, date, date)).map((e) => e.staff));
  return shiftsOfDay(date, pattern, marked, await dayShifts(db, mid, staffIds, date, date));
}
