import type { ShiftExceptionBody, ShiftExceptionRangeBody, ShiftPatternBody, ShiftPatternReply, StaffShiftsReply } from '@hemma/contract/api';
import { formatDayNumber, parseDate } from '@hemma/domain/time';
import { datesBetween, patternInForce, shiftProblem, staffDays, type DayShift } from '@hemma/domain/shifts';
import type { Kysely } from 'kysely';
import type { Actor } from '../../auth/actor.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import type { Database } from '../../db/connect.ts';
import type { DB } from '../../db/schema.ts';
import { ForbiddenError, InvalidError, NotFoundError } from '../../errors.ts';
import { swedishToday } from '../clients/access.ts';
import { deriveAgain } from '../work-shifts/derive.ts';
import * as repo from './shift-patterns.repository.ts';

// Shifts as a weekly pattern per staff member (in versions by start date) with exceptions per
// date (a day off, or other shifts, with a reason). The planner's shifts of a day are derived
// from them (`shiftsOfDay`).

/** Exceptions shown by default: from today this many days on. */
export const EXCEPTION_WINDOW_DAYS = 90;
/** Longest window of days asked for at once. */
export const STAFF_DAYS_WINDOW = 62;

/** A manager keeps her own provider's staff, an admin anyone's; another provider's staff member reads as absent. */
async function staffOr404(db: Kysely<DB>, actor: Actor, staffId: string): Promise<void> {
  if (actor.role !== 'admin' && actor.role !== 'provider_manager') throw new ForbiddenError(`${actor.role} does not keep shifts`);
  const provider = await repo.staffProvider(db, actor.municipalityId, staffId);
  if (provider === undefined || (actor.role === 'provider_manager' && provider !== actor.providerId)) throw new NotFoundError(`no staff member "${staffId}"`);
}

function checkShifts(shifts: readonly { start: string; end: string; weekday?: string }[], path: string): void {
  const problem = shiftProblem(shifts);
  if (problem === undefined) return;
  const s = shifts[problem.index]!;
  const message = problem.kind === 'ends_before_start' ? `the shift ends (${s.end}) before it starts (${s.start})` : 'two shifts of one day overlap';
  throw new InvalidError(message, `${path}[${problem.index}].${problem.field}`);
}

/** The dates of a period, or bad input naming the field. */
function period(from: string, to: string, max?: number): string[] {
  try {
    return datesBetween(from, to, max);
  } catch (err) {
    if (err instanceof RangeError) throw new InvalidError(err.message, 'to');
    throw err;
  }
}

export async function getShiftPattern(database: Database, actor: Actor, staffId: string, window: { from?: string | undefined; to?: string | undefined }): Promise<ShiftPatternReply> {
  await staffOr404(database.db, actor, staffId);
  const from = window.from ?? swedishToday();
  const to = window.to ?? formatDayNumber(parseDate(from) + EXCEPTION_WINDOW_DAYS);
  if (to < from) throw new InvalidError(`ends (${to}) before it starts (${from})`, 'to');
  return patternReply(database.db, actor.municipalityId, staffId, from, to);
}

async function patternReply(db: Kysely<DB>, mid: string, staffId: string, from: string, to: string): Promise<ShiftPatternReply> {
  const pattern = await repo.patternOf(db, mid, [staffId]);
  const out = (p: (typeof pattern)[number]) => ({ weekday: p.weekday, start: p.start, end: p.end, skills: [...p.skills] });
  const starts = [...new Set(pattern.map((p) => p.validFrom ?? null))];
  const days = await repo.dayShifts(db, mid, [staffId], from, to);
  const exceptions = (await repo.exceptionDays(db, mid, [staffId], from, to)).map((e) => ({
    date: e.date, reason: e.reason, note: e.note,
    shifts: days.filter((d) => d.date === e.date).map((d) => ({ start: d.start, end: d.end, skills: [...d.skills] })),
  }));
  return {
    staffId,
    weekly: patternInForce(pattern, from).map(out),
    versions: starts.map((validFrom) => ({ validFrom, weekly: pattern.filter((p) => (p.validFrom ?? null) === validFrom).map(out) })),
    exceptions,
  };
}

export async function putShiftPattern(database: Database, actor: Actor, staffId: string, body: ShiftPatternBody): Promise<ShiftPatternReply> {
  checkShifts(body.weekly, 'weekly');
  return database.db.transaction().execute(async (trx) => {
    await staffOr404(trx, actor, staffId);
    await repo.replacePattern(trx, actor.municipalityId, staffId, body.validFrom ?? null, body.weekly);
    await recordAudit(trx, actor, {
      action: 'update', objectType: 'shift_pattern', objectId: staffId, details: { shifts: body.weekly.length, validFrom: body.validFrom ?? null },
    });
    const from = body.validFrom ?? swedishToday();
    return patternReply(trx, actor.municipalityId, staffId, from, formatDayNumber(parseDate(from) + EXCEPTION_WINDOW_DAYS));
  });
}

export async function putShiftException(database: Database, actor: Actor, staffId: string, date: string, body: ShiftExceptionBody): Promise<ShiftPatternReply> {
  return putShiftExceptions(database, actor, staffId, { ...body, from: date, to: date }, 'shifts');
}

/** Every date of the period an exception alike (the same shifts, reason and note). */
export async function putShiftExceptions(
  database: Database, actor: Actor, staffId: string, body: ShiftExceptionRangeBody, shiftsPath = 'shifts',
): Promise<ShiftPatternReply> {
  checkShifts(body.shifts, shiftsPath);
  const dates = period(body.from, body.to);
  return database.db.transaction().execute(async (trx) => {
    await staffOr404(trx, actor, staffId);
    await repo.replaceExceptions(trx, actor.municipalityId, staffId, dates, body.shifts, body.reason, body.note);
    // A sick day recorded late changes the hours already derived for it (docs/shifts.md).
    await deriveAgain(trx, actor.municipalityId, [staffId], dates);
    await recordAudit(trx, actor, {
      action: 'update', objectType: 'shift_exception', objectId: staffId,
      details: { from: body.from, to: body.to, reason: body.reason, shifts: body.shifts.length },
    });
    return patternReply(trx, actor.municipalityId, staffId, body.from, body.to);
  });
}

export async function deleteShiftException(database: Database, actor: Actor, staffId: string, date: string): Promise<void> {
  await deleteShiftExceptions(database, actor, staffId, date, date);
}

/** The period's dates go back to the weekly pattern. */
export async function deleteShiftExceptions(database: Database, actor: Actor, staffId: string, from: string, to: string): Promise<void> {
  const dates = period(from, to);
  await database.db.transaction().execute(async (trx) => {
    await staffOr404(trx, actor, staffId);
    await repo.clearExceptions(trx, actor.municipalityId, staffId, dates);
    await deriveAgain(trx, actor.municipalityId, [staffId], dates);
    await recordAudit(trx, actor, { action: 'delete', objectType: 'shift_exception', objectId: staffId, details: { from, to } });
  });
}

/** A staff member's days over a period, as the planner takes them, with the exception behind each. */
export async function staffShifts(database: Database, actor: Actor, staffId: string, from: string, to: string): Promise<StaffShiftsReply> {
  const dates = period(from, to, STAFF_DAYS_WINDOW);
  const db = database.db;
  const mid = actor.municipalityId;
  await staffOr404(db, actor, staffId);
  const days = staffDays([staffId], dates, await repo.patternOf(db, mid, [staffId]), await repo.exceptionDays(db, mid, [staffId], from, to),
    await repo.dayShifts(db, mid, [staffId], from, to));
  return {
    staffId,
    days: days.map((d) => ({ date: d.date, exception: d.exception, shifts: d.shifts.map((s) => ({ start: s.start, end: s.end, skills: [...s.skills], source: s.source })) })),
  };
}

/** The day's shifts of a provider's staff (a manager: her own provider), as the planner takes them. */
export async function shiftsOfProviderDay(database: Database, actor: Actor, date: string, provider: string): Promise<DayShift[]> {
  if (actor.role !== 'admin' && actor.role !== 'provider_manager') throw new ForbiddenError(`${actor.role} does not keep shifts`);
  if (actor.role === 'provider_manager' && actor.providerId !== provider) throw new NotFoundError(`no provider "${provider}"`);
  const staff = await repo.staffOfProvider(database.db, actor.municipalityId, provider);
  return repo.derivedShifts(database.db, actor.municipalityId, staff, date);
}
