import { shiftsOfDay, type DayShift, type PatternShift, type Shift } from '@hemma/domain/shifts';
import { WEEKDAYS, type Weekday } from '@hemma/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

// Weekly shift patterns, exception days and the stored shifts of single days.

export async function staffProvider(db: Kysely<DB>, mid: string, staffId: string): Promise<string | undefined> {
  const r = await db.selectFrom('staff').select('provider_id').where('municipality_id', '=', mid).where('staff_id', '=', staffId).executeTakeFirst();
  return r?.provider_id;
}

export async function patternOf(db: Kysely<DB>, mid: string, staffIds: readonly string[]): Promise<PatternShift[]> {
  if (staffIds.length === 0) return [];
  const rows = await db.selectFrom('staff_shift_patterns').selectAll().where('municipality_id', '=', mid).where('staff_id', 'in', staffIds)
    .orderBy('staff_id').orderBy('start_time').execute();
  // Monday first, as the week is read, not in the text order of the day names.
  const day = (w: string): number => WEEKDAYS.indexOf(w as Weekday);
  return rows
    .map((r) => ({ staff: r.staff_id, weekday: r.weekday as Weekday, start: r.start_time, end: r.end_time, skills: r.skills }))
    .sort((a, b) => (a.staff < b.staff ? -1 : a.staff > b.staff ? 1 : day(a.weekday) - day(b.weekday) || (a.start < b.start ? -1 : 1)));
}

export async function replacePattern(db: Kysely<DB>, mid: string, staffId: string, weekly: readonly Omit<PatternShift, 'staff'>[]): Promise<void> {
  await db.deleteFrom('staff_shift_patterns').where('municipality_id', '=', mid).where('staff_id', '=', staffId).execute();
  if (weekly.length === 0) return;
  await db.insertInto('staff_shift_patterns')
    .values(weekly.map((w) => ({ municipality_id: mid, staff_id: staffId, weekday: w.weekday, start_time: w.start, end_time: w.end, skills: [...w.skills] })))
    .execute();
}

/** Stored shifts of single days in [from, to] for these staff. */
export async function dayShifts(db: Kysely<DB>, mid: string, staffIds: readonly string[], from: string, to: string): Promise<(Shift & { date: string })[]> {
  if (staffIds.length === 0) return [];
  const rows = await db.selectFrom('staff_shifts').selectAll().where('municipality_id', '=', mid).where('staff_id', 'in', staffIds)
    .where('date', '>=', from).where('date', '<=', to).orderBy('date').orderBy('staff_id').orderBy('start_time').execute();
  return rows.map((r) => ({ staff: r.staff_id, date: r.date, start: r.start_time, end: r.end_time, skills: r.skills }));
}

export async function exceptionDays(db: Kysely<DB>, mid: string, staffIds: readonly string[], from: string, to: string): Promise<{ staff: string; date: string; note: string }[]> {
  if (staffIds.length === 0) return [];
  const rows = await db.selectFrom('staff_shift_exceptions').selectAll().where('municipality_id', '=', mid).where('staff_id', 'in', staffIds)
    .where('date', '>=', from).where('date', '<=', to).orderBy('date').orderBy('staff_id').execute();
  return rows.map((r) => ({ staff: r.staff_id, date: r.date, note: r.note }));
}

/** Makes the date an exception for the staff member, with exactly these shifts (none: a day off). */
export async function replaceException(db: Kysely<DB>, mid: string, staffId: string, date: string, shifts: readonly Omit<Shift, 'staff'>[], note: string): Promise<void> {
  await clearException(db, mid, staffId, date);
  await db.insertInto('staff_shift_exceptions').values({ municipality_id: mid, staff_id: staffId, date, note }).execute();
  if (shifts.length === 0) return;
  await db.insertInto('staff_shifts')
    .values(shifts.map((s) => ({ municipality_id: mid, staff_id: staffId, date, start_time: s.start, end_time: s.end, skills: [...s.skills] })))
    .execute();
}

/** The date goes back to the weekly pattern. */
export async function clearException(db: Kysely<DB>, mid: string, staffId: string, date: string): Promise<void> {
  await db.deleteFrom('staff_shift_exceptions').where('municipality_id', '=', mid).where('staff_id', '=', staffId).where('date', '=', date).execute();
  await db.deleteFrom('staff_shifts').where('municipality_id', '=', mid).where('staff_id', '=', staffId).where('date', '=', date).execute();
}

export async function staffOfProvider(db: Kysely<DB>, mid: string, provider: string): Promise<string[]> {
  return (await db.selectFrom('staff').select('staff_id').where('municipality_id', '=', mid).where('provider_id', '=', provider).orderBy('staff_id').execute()).map((r) => r.staff_id);
}

/** The shifts of these staff on a date: the weekly pattern unless the date is an exception. */
export async function derivedShifts(db: Kysely<DB>, mid: string, staffIds: readonly string[], date: string): Promise<DayShift[]> {
  const pattern = await patternOf(db, mid, staffIds);
  const marked = new Set((await exceptionDays(db, mid, staffIds, date, date)).map((e) => e.staff));
  return shiftsOfDay(date, pattern, marked, await dayShifts(db, mid, staffIds, date, date));
}
