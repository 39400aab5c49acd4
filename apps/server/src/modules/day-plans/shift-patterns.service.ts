import type { ShiftExceptionBody, ShiftPatternBody, ShiftPatternReply } from '@hemma/contract/api';
import { formatDayNumber, parseDate } from '@hemma/domain/time';
import { overlappingShifts, type DayShift } from '@hemma/domain/shifts';
import type { Kysely } from 'kysely';
import type { Actor } from '../../auth/actor.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import type { Database } from '../../db/connect.ts';
import type { DB } from '../../db/schema.ts';
import { ForbiddenError, InvalidError, NotFoundError } from '../../errors.ts';
import { swedishToday } from '../clients/access.ts';
import * as repo from './shift-patterns.repository.ts';

// Shifts as a weekly pattern per staff member with exceptions per date (a day off, or other
// shifts). The planner's shifts of a day are derived from them (`shiftsOfDay`).

/** Exceptions shown by default: from today this many days on. */
export const EXCEPTION_WINDOW_DAYS = 90;

/** A manager keeps her own provider's staff, an admin anyone's; another provider's staff member reads as absent. */
async function staffOr404(db: Kysely<DB>, actor: Actor, staffId: string): Promise<void> {
  if (actor.role !== 'admin' && actor.role !== 'provider_manager') throw new ForbiddenError(`${actor.role} does not keep shifts`);
  const provider = await repo.staffProvider(db, actor.municipalityId, staffId);
  if (provider === undefined || (actor.role === 'provider_manager' && provider !== actor.providerId)) throw new NotFoundError(`no staff member "${staffId}"`);
}

function checkShifts(shifts: readonly { start: string; end: string; weekday?: string }[], path: string): void {
  shifts.forEach((s, i) => {
    if (s.end <= s.start) throw new InvalidError(`the shift ends (${s.end}) before it starts (${s.start})`, `${path}[${i}].end`);
  });
  const days = new Set(shifts.map((s) => s.weekday));
  for (const day of days) {
    const indexes = shifts.flatMap((s, i) => (s.weekday === day ? [i] : []));
    const clash = overlappingShifts(indexes.map((i) => shifts[i]!));
    if (clash !== undefined) throw new InvalidError('two shifts of one day overlap', `${path}[${indexes[clash[1]]}].start`);
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
  const weekly = (await repo.patternOf(db, mid, [staffId])).map(({ staff: _s, ...w }) => ({ ...w, skills: [...w.skills] }));
  const days = await repo.dayShifts(db, mid, [staffId], from, to);
  const exceptions = (await repo.exceptionDays(db, mid, [staffId], from, to)).map((e) => ({
    date: e.date, note: e.note, shifts: days.filter((d) => d.date === e.date).map((d) => ({ start: d.start, end: d.end, skills: [...d.skills] })),
  }));
  return { staffId, weekly, exceptions };
}

export async function putShiftPattern(database: Database, actor: Actor, staffId: string, body: ShiftPatternBody): Promise<ShiftPatternReply> {
  checkShifts(body.weekly, 'weekly');
  return database.db.transaction().execute(async (trx) => {
    await staffOr404(trx, actor, staffId);
    await repo.replacePattern(trx, actor.municipalityId, staffId, body.weekly);
    await recordAudit(trx, actor, { action: 'update', objectType: 'shift_pattern', objectId: staffId, details: { shifts: body.weekly.length } });
    const today = swedishToday();
    return patternReply(trx, actor.municipalityId, staffId, today, formatDayNumber(parseDate(today) + EXCEPTION_WINDOW_DAYS));
  });
}

export async function putShiftException(database: Database, actor: Actor, staffId: string, date: string, body: ShiftExceptionBody): Promise<ShiftPatternReply> {
  checkShifts(body.shifts, 'shifts');
  return database.db.transaction().execute(async (trx) => {
    await staffOr404(trx, actor, staffId);
    await repo.replaceException(trx, actor.municipalityId, staffId, date, body.shifts, body.note);
    await recordAudit(trx, actor, { action: 'update', objectType: 'shift_exception', objectId: staffId, details: { date, shifts: body.shifts.length } });
    return patternReply(trx, actor.municipalityId, staffId, date, date);
  });
}

export async function deleteShiftException(database: Database, actor: Actor, staffId: string, date: string): Promise<void> {
  await database.db.transaction().execute(async (trx) => {
    await staffOr404(trx, actor, staffId);
    await repo.clearException(trx, actor.municipalityId, staffId, date);
    await recordAudit(trx, actor, { action: 'delete', objectType: 'shift_exception', objectId: staffId, details: { date } });
  });
}

/** The day's shifts of a provider's staff (a manager: her own provider), as the planner takes them. */
export async function shiftsOfProviderDay(database: Database, actor: Actor, date: string, provider: string): Promise<DayShift[]> {
  if (actor.role !== 'admin' && actor.role !== 'provider_manager') throw new ForbiddenError(`${actor.role} does not keep shifts`);
  if (actor.role === 'provider_manager' && actor.providerId !== provider) throw new NotFoundError(`no provider "${provider}"`);
  const staff = await repo.staffOfProvider(database.db, actor.municipalityId, provider);
  return repo.derivedShifts(database.db, actor.municipalityId, staff, date);
}
