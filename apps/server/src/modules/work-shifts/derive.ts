// Scheduled shifts of passed days derived from the weekly patterns and exceptions, so time at
// clients has its shift minutes without a rota import (docs/shifts.md). The rule is the
// planner's own, `scheduledShifts`; this only chooses which staff-days and writes the difference.
// Every write to `work_shifts` marks the kept months its shifts start in (the table's triggers),
// in the same transaction.

import { addDays, datesBetween, scheduledShifts } from '@hemma/domain/shifts';
import { LocalClock, localInstant } from '@hemma/domain/time';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { dayShifts, exceptionDays, patternOf } from '../day-plans/shift-patterns.repository.ts';
import * as repo from './derived-shifts.repository.ts';

/** Most dates one transaction derives: a month's, so a first pass over a long past stays small. */
const MAX_DATES = 31;

export interface DerivedChange {
  added: number;
  removed: number;
}

const key = (staff: string, startsAt: number, ordinal: number): string => `${staff}|${startsAt}|${ordinal}`;

/**
 * Derives each staff member's dates named (`wanted`: staff → dates, at most a few months apart)
 * and writes what differs from the derived shifts stored for them. A staff-day with an imported
 * shift derives none. The caller holds the transaction and the derivation lock.
 */
export async function deriveStaffDays(db: Kysely<DB>, mid: string, timeZone: string, wanted: ReadonlyMap<string, readonly string[]>): Promise<DerivedChange> {
  const staff = [...wanted.keys()].filter((s) => wanted.get(s)!.length > 0);
  if (staff.length === 0) return { added: 0, removed: 0 };
  const all = [...new Set(staff.flatMap((s) => wanted.get(s)!))].sort();
  const from = all[0]!;
  const to = all.at(-1)!;
  const pattern = await patternOf(db, mid, staff);
  const exceptions = await exceptionDays(db, mid, staff, from, to);
  const own = await dayShifts(db, mid, staff, from, to);
  const imported = await repo.importedStaffDays(db, mid, timeZone, staff, from, to);
  const wantedDays = new Set(staff.flatMap((s) => wanted.get(s)!.map((d) => `${s}|${d}`)));

  const expected = new Map<string, number>();
  const ordinals = new Map<string, number>();
  for (const date of all) {
    const who = staff.filter((s) => wantedDays.has(`${s}|${date}`) && !imported.has(`${s}|${date}`));
    if (who.length === 0) continue;
    const shifts = scheduledShifts(who, [date], pattern, exceptions.filter((e) => e.date === date), own.filter((d) => d.date === date), timeZone);
    for (const s of shifts) {
      const startsAt = Date.parse(s.from);
      const n = ordinals.get(`${s.staff}|${startsAt}`) ?? 0;
      ordinals.set(`${s.staff}|${startsAt}`, n + 1);
      expected.set(key(s.staff, startsAt, n), Date.parse(s.to));
    }
  }

  // Stored derived shifts of the staff-days asked for, found by the local date they start on.
  const clock = new LocalClock(timeZone);
  const stored = (await repo.derivedShiftsBetween(db, mid, staff, new Date(localInstant(from, '00:00', timeZone)), new Date(localInstant(addDays(to, 1), '00:00', timeZone))))
    .filter((s) => wantedDays.has(`${s.staff}|${clock.localDate(Math.floor(s.startsAt.getTime() / 60_000))}`));
  const gone = stored.filter((s) => expected.get(key(s.staff, s.startsAt.getTime(), s.ordinal)) !== s.endsAt.getTime());
  const goneSet = new Set(gone);
  const kept = new Set(stored.filter((s) => !goneSet.has(s)).map((s) => key(s.staff, s.startsAt.getTime(), s.ordinal)));
  const added = [...expected].filter(([k]) => !kept.has(k)).map(([k, endsAt]) => {
    const [s, startsAt, ordinal] = k.split('|') as [string, string, string];
    return { staff: s, startsAt: new Date(Number(startsAt)), ordinal: Number(ordinal), endsAt: new Date(endsAt) };
  });
  await repo.deleteDerived(db, mid, gone);
  await repo.insertDerived(db, mid, added);
  return { added: added.length, removed: gone.length };
}

/**
 * The first date of a staff member never derived before: the month of her first registration
 * (the reports' months that have her visits), not before her first dated pattern version; without
 * registrations, that version's date; with neither, `yesterday` (her days from now on).
 */
export function firstDateToDerive(state: repo.DerivationState, yesterday: string): string {
  if (state.through !== null) return addDays(state.through, 1);
  const candidates = [state.firstRegistration === null ? null : `${state.firstRegistration.slice(0, 7)}-01`, state.firstVersion]
    .filter((d): d is string => d !== null);
  return candidates.length === 0 ? yesterday : candidates.reduce((a, b) => (a > b ? a : b));
}

/** The municipality's local date at `now`. */
export function localToday(now: Date, timeZone: string): string {
  return new LocalClock(timeZone).localDate(Math.floor(now.getTime() / 60_000));
}

/**
 * Derives the municipality's passed days not yet derived, up to yesterday in its time zone, a
 * month of dates per transaction. `busy` when another process holds the derivation.
 */
export async function derivePassedDays(db: Kysely<DB>, mid: string, timeZone: string, now: Date): Promise<DerivedChange | 'busy'> {
  const yesterday = addDays(localToday(now, timeZone), -1);
  const total = { added: 0, removed: 0 };
  for (;;) {
    const step = await db.transaction().execute(async (trx): Promise<DerivedChange | 'busy' | 'done'> => {
      if (!(await repo.lockDerivation(trx, mid, false))) return 'busy';
      const pending = (await repo.derivationStates(trx, mid))
        .map((s) => ({ staff: s.staff, active: s.active, from: firstDateToDerive(s, yesterday) }))
        .filter((p) => p.from <= yesterday);
      if (pending.length === 0) return 'done';
      const start = pending.reduce((a, p) => (p.from < a ? p.from : a), yesterday);
      const end = [addDays(start, MAX_DATES - 1), yesterday].reduce((a, b) => (a < b ? a : b));
      const batch = pending.filter((p) => p.from <= end);
      // Days passed while she is no longer active have no shifts; they are passed all the same.
      const wanted = new Map(batch.filter((p) => p.active).map((p) => [p.staff, datesBetween(p.from, end)]));
      const change = await deriveStaffDays(trx, mid, timeZone, wanted);
      await repo.setDerivedThrough(trx, mid, batch.map((p) => p.staff), end);
      return change;
    });
    if (step === 'done') return total;
    if (step === 'busy') return total.added + total.removed > 0 ? total : 'busy';
    total.added += step.added;
    total.removed += step.removed;
  }
}

/**
 * After an exception (or a day's own shifts) was written for these dates: the ones already
 * derived, and so frozen, are derived again, in the writer's transaction. Dates not yet derived
 * are left to the background pass, which will see the exception.
 */
export async function deriveAgain(db: Kysely<DB>, mid: string, staffIds: readonly string[], dates: readonly string[]): Promise<DerivedChange> {
  if (staffIds.length === 0 || dates.length === 0) return { added: 0, removed: 0 };
  await repo.lockDerivation(db, mid, true);
  const wanted = new Map<string, string[]>();
  for (const staff of staffIds) {
    const through = await repo.derivedThrough(db, mid, staff);
    if (through !== null) wanted.set(staff, dates.filter((d) => d <= through));
  }
  const timeZone = await repo.timeZoneOf(db, mid);
  if (timeZone === undefined) return { added: 0, removed: 0 };
  return deriveStaffDays(db, mid, timeZone, wanted);
}
