import { recostDay, type DayPlan, type Violation } from '@hemma/planner/homecare';
import type { Actor } from '../../auth/actor.ts';
import type { Database } from '../../db/connect.ts';
import { ForbiddenError, InvalidError, NotFoundError } from '../../errors.ts';
import { loadDay, metEarlierInWeek, type DayScope } from './day-plans.repository.ts';
import type { DayPlanner } from './planner.ts';

/** Driving speed in town, door to door, that turns straight-line distance into travel minutes. */
export const TRAVEL_SPEED_KMH = 30;

export interface Continuity {
  /** Distinct staff each client meets over the week so far, this day's plan included. */
  perClient: { client: string; staff: number }[];
  mean: number;
  max: number;
  /** Visits made by the client's contact person, of the visits whose client has one. */
  contactPersonShare: number;
}

export interface DayPlanReply {
  plan: DayPlan & { violations?: Violation[] };
  continuity: Continuity;
  /** Plan visits left out because their client has no coordinates. */
  withoutLocation: string[];
}

/** The provider (and unit) a plan is asked for, if the actor plans for it. */
export async function scopeFor(database: Database, actor: Actor, provider: string, unit: string | undefined, date: string): Promise<DayScope> {
  if (actor.role !== 'admin' && actor.role !== 'provider_manager') throw new ForbiddenError(`${actor.role} does not plan routes`);
  if (actor.role === 'provider_manager' && actor.providerId !== provider) throw new NotFoundError(`no provider "${provider}"`);
  const p = await database.db.selectFrom('providers').select('provider_id').where('municipality_id', '=', actor.municipalityId).where('provider_id', '=', provider).executeTakeFirst();
  if (!p) throw new NotFoundError(`no provider "${provider}"`);
  if (unit !== undefined) {
    const u = await database.db.selectFrom('units').select('unit_id').where('municipality_id', '=', actor.municipalityId).where('provider_id', '=', provider).where('unit_id', '=', unit).executeTakeFirst();
    if (!u) throw new NotFoundError(`no unit "${unit}" of provider "${provider}"`);
  }
  return { mid: actor.municipalityId, provider, unit, date };
}

function continuityOf(plan: DayPlan, met: Record<string, string[]>, contactPersons: Map<string, string>): Continuity {
  const week = new Map<string, Set<string>>();
  for (const [client, staff] of Object.entries(met)) week.set(client, new Set(staff));
  let withContact = 0;
  let byContact = 0;
  for (const route of plan.routes) {
    for (const stop of route.stops) {
      week.set(stop.client, (week.get(stop.client) ?? new Set()).add(route.staff));
      const cp = contactPersons.get(stop.client);
      if (cp !== undefined) {
        withContact++;
        if (cp === route.staff) byContact++;
      }
    }
  }
  const perClient = [...week].map(([client, staff]) => ({ client, staff: staff.size })).sort((a, b) => (a.client < b.client ? -1 : 1));
  const counts = perClient.map((c) => c.staff);
  return {
    perClient,
    mean: counts.length === 0 ? 0 : Math.round((counts.reduce((s, n) => s + n, 0) / counts.length) * 100) / 100,
    max: Math.max(0, ...counts),
    contactPersonShare: withContact === 0 ? 0 : Math.round((byContact / withContact) * 1000) / 1000,
  };
}

/**
 * A day plan for a provider or unit: routes that keep the agreed windows, travel and continuity.
 * The search runs where `planner` says (a worker thread in the server), within its ceilings.
 */
export async function makeDayPlan(
  database: Database, actor: Actor, q: { date: string; provider: string; unit?: string | undefined; seed?: number | undefined; iterations?: number | undefined },
  planner: DayPlanner,
): Promise<DayPlanReply> {
  if (q.iterations !== undefined && q.iterations > planner.maxIterations) {
    throw new InvalidError(`at most ${planner.maxIterations} iterations on this server (HEMMA_PLAN_MAX_ITERATIONS)`, 'iterations');
  }
  const scope = await scopeFor(database, actor, q.provider, q.unit, q.date);
  const { input, skipped } = await loadDay(database.db, scope, TRAVEL_SPEED_KMH);
  const met = await metEarlierInWeek(database.db, scope.mid, q.date, input.clients.map((c) => c.id));
  const options = { seed: q.seed ?? 1, iterations: q.iterations ?? 300, timeLimitMs: planner.timeLimitMs };
  const plan = await planner.plan(scope.mid, { ...input, metBefore: met }, options);
  const contacts = new Map(input.clients.flatMap((c) => (c.contactPerson === undefined ? [] : [[c.id, c.contactPerson] as const])));
  return { plan, continuity: continuityOf(plan, met, contacts), withoutLocation: skipped };
}

/** The plan's times, travel and broken rules after a person moved visits by hand. */
export async function recostDayPlan(
  database: Database, actor: Actor, q: { date: string; provider: string; unit?: string | undefined; rounds: { staff: string; visits: string[] }[] },
): Promise<DayPlanReply> {
  const scope = await scopeFor(database, actor, q.provider, q.unit, q.date);
  const { input, skipped } = await loadDay(database.db, scope, TRAVEL_SPEED_KMH);
  const known = new Set(input.shifts.map((s) => s.staff));
  q.rounds.forEach((r, i) => {
    if (!known.has(r.staff)) throw new InvalidError(`staff "${r.staff}" has no shift on ${q.date}`, `rounds[${i}].staff`);
  });
  const met = await metEarlierInWeek(database.db, scope.mid, q.date, input.clients.map((c) => c.id));
  const plan = recostDay(input, q.rounds);
  const contacts = new Map(input.clients.flatMap((c) => (c.contactPerson === undefined ? [] : [[c.id, c.contactPerson] as const])));
  return { plan, continuity: continuityOf(plan, met, contacts), withoutLocation: skipped };
}
