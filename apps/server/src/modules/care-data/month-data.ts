import type { CareData } from '@hemma/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { NotFoundError } from '../../errors.ts';
import { listMunicipalities, loadCareData, municipalitiesActiveIn } from './care-data.repository.ts';

const DAY_MS = 86_400_000;

/**
 * The registrations a month's statements and fees can depend on: the month itself, the month
 * before (its excess is paid now), and two days either side for visits that cross a boundary.
 */
export function monthWindow(month: string): { from: Date; to: Date } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const previous = Date.UTC(y, m - 2, 1);
  const next = Date.UTC(y, m, 1);
  return { from: new Date(previous - 2 * DAY_MS), to: new Date(next + 2 * DAY_MS) };
}

/**
 * Picks the municipality: the one named, or the only one the database holds. Given a month, a
 * database holding several (the demo beside an imported scenario, in the default `./data`)
 * picks the only one with orders, registrations or deviations in that month.
 */
export async function resolveMunicipality(db: Kysely<DB>, requested?: string, month?: string): Promise<string> {
  const all = await listMunicipalities(db);
  if (requested !== undefined) {
    if (!all.includes(requested)) throw new NotFoundError(`no municipality "${requested}" (the database holds: ${all.join(', ') || 'none'})`);
    return requested;
  }
  if (all.length === 1) return all[0]!;
  if (all.length === 0) throw new NotFoundError('the database holds no municipality yet: import a scenario first');
  const active = month === undefined ? [] : await municipalitiesActiveIn(db, month);
  if (active.length === 1) return active[0]!;
  const which = month === undefined || active.length === 0 ? '' : ` (${active.join(', ')} have data in ${month})`;
  throw new NotFoundError(`the database holds several municipalities (${all.join(', ')})${which}: choose one with --municipality`);
}

/** The facts of `days` local days from `firstDate` (YYYY-MM-DD), with two days either side. */
export async function loadPeriodData(db: Kysely<DB>, municipality: string, firstDate: string, days: number): Promise<CareData> {
  const start = Date.parse(`${firstDate}T00:00:00Z`);
  const data = await loadCareData(db, municipality, { from: new Date(start - 2 * DAY_MS), to: new Date(start + (days + 2) * DAY_MS) });
  if (!data) throw new NotFoundError(`no municipality "${municipality}"`);
  return data;
}

export async function loadMonthData(db: Kysely<DB>, municipality: string, month: string): Promise<CareData> {
  const data = await loadCareData(db, municipality, monthWindow(month));
  if (!data) throw new NotFoundError(`no municipality "${municipality}"`);
  return data;
}
