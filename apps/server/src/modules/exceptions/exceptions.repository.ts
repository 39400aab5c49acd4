import type { WindowedVisit } from '@hemma/domain/plans';
import type { Weekday } from '@hemma/domain';
import type { Kysely } from 'kysely';
import type { Actor } from '../../auth/actor.ts';
import { clientInScope } from '../../auth/scope.ts';
import type { DB } from '../../db/schema.ts';

// What resolving exceptions reads besides the month: client names through the scope, the plan
// visits a client's visit carries out, and the statement's state.

export async function clientNames(db: Kysely<DB>, actor: Actor): Promise<Map<string, string>> {
  const rows = await db.selectFrom('clients').select(['client_id', 'name']).where(clientInScope(actor)).execute();
  return new Map(rows.map((r) => [r.client_id, r.name]));
}

/** The recurring visits of the client's plans with the provider that are in force on the date. */
export async function planVisitsOn(db: Kysely<DB>, mid: string, clientId: string, providerId: string, date: string): Promise<WindowedVisit[]> {
  const rows = await db
    .selectFrom('plan_visits as pv')
    .innerJoin('plans as p', (j) => j.onRef('p.municipality_id', '=', 'pv.municipality_id').onRef('p.plan_id', '=', 'pv.plan_id'))
    .innerJoin('orders as o', (j) => j.onRef('o.municipality_id', '=', 'p.municipality_id').onRef('o.order_id', '=', 'p.order_id'))
    .select(['pv.weekdays', 'pv.window_from', 'pv.window_to', 'pv.duration_minutes'])
    .where('pv.municipality_id', '=', mid)
    .where('o.client_id', '=', clientId)
    .where('o.provider_id', '=', providerId)
    .where('o.status', 'in', ['accepted', 'ended'])
    .where('p.valid_from', '<=', date)
    .where((eb) => eb.or([eb('p.valid_to', 'is', null), eb('p.valid_to', '>=', date)]))
    .orderBy('pv.window_from')
    .orderBy('pv.plan_visit_id')
    .execute();
  return rows.map((r) => ({ weekdays: r.weekdays as Weekday[], windowFrom: r.window_from, windowTo: r.window_to, durationMinutes: r.duration_minutes }));
}

export async function municipalityTimezone(db: Kysely<DB>, mid: string): Promise<string> {
  const row = await db.selectFrom('municipalities').select('timezone').where('municipality_id', '=', mid).executeTakeFirstOrThrow();
  return row.timezone;
}

export async function statementStatus(db: Kysely<DB>, mid: string, providerId: string, month: string): Promise<string> {
  const row = await db.selectFrom('statements').select('status').where('municipality_id', '=', mid).where('provider_id', '=', providerId).where('month', '=', month)
    .executeTakeFirst();
  return row?.status ?? 'draft';
}

export async function insertCorrections(
  db: Kysely<DB>, mid: string,
  rows: readonly { id: string; kind: 'leave' | 'void'; client: string; staff: string; at: string; reason: string; corrects: string | null }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('registrations')
    .values(rows.map((r) => ({
      municipality_id: mid, registration_id: r.id, kind: r.kind, client_id: r.client, staff_id: r.staff, at: r.at, method: 'manual', reason: r.reason, corrects: r.corrects,
    })))
    .execute();
}
