import type { Problem } from '../vrptw/problem.ts';
import { travelMinutes } from './travel.ts';
import { DEFAULT_WEIGHTS, type DayInput, type Location, type Visit } from './types.ts';

// Translates a day of home care into the routing problem: each visit is a customer (a
// double-staffed visit two, "twins" that must go to different staff), each shift a route from
// its start place to its end place within its hours, skills and refusals as allowed pairs, and
// continuity as a cost on each (visit, staff member) pair. Travel minutes are both the cost and
// the time.

export interface Copy {
  visit: Visit;
  /** 0 for a single visit or the first of two staff, 1 for the second. */
  half: 0 | 1;
}

export interface DayProblem {
  problem: Problem;
  /** copies[node - 1] is the visit at node (customers are nodes 1..n). */
  copies: Copy[];
  /** Visits no shift of the day may take (skills, refusals). */
  unqualified: Visit[];
}

/** Start windows to use instead of the agreed ones, by visit id (synchronised double staffing). */
export type WindowOverrides = ReadonlyMap<string, { earliest: number; latest: number }>;

export function buildDayProblem(day: DayInput, overrides: WindowOverrides = new Map()): DayProblem {
  const clients = new Map(day.clients.map((c) => [c.id, c]));
  const weights = day.weights ?? DEFAULT_WEIGHTS;
  const R = day.shifts.length;
  const qualified = (v: Visit, r: number): boolean => {
    const shift = day.shifts[r];
    const client = clients.get(v.client);
    if (!shift || !client) return false;
    if (client.refusedStaff?.includes(shift.staff)) return false;
    return (v.requiredSkills ?? []).every((s) => shift.skills?.includes(s) ?? false);
  };
  const copies: Copy[] = [];
  const unqualified: Visit[] = [];
  for (const v of day.visits) {
    if (!clients.has(v.client)) throw new Error(`visit ${v.id}: unknown client ${v.client}`);
    const staff = day.shifts.filter((_, r) => qualified(v, r)).length;
    if (staff < (v.doubleStaffing ? 2 : 1)) {
      unqualified.push(v);
      continue;
    }
    copies.push({ visit: v, half: 0 });
    if (v.doubleStaffing) copies.push({ visit: v, half: 1 });
  }
  const n = copies.length;
  const places: Location[] = [day.shifts[0]?.startAt ?? { id: '', lat: 0, lon: 0 }];
  for (const c of copies)
    places.push((clients.get(c.visit.client) as { location: Location }).location);
  for (const s of day.shifts) places.push(s.startAt, s.endAt ?? s.startAt);
  const N = places.length;
  const time = new Float64Array(N * N);
  for (let i = 0; i < N; i++) {
    for (let j = 0; j < N; j++)
      time[i * N + j] =
        i === 0 || j === 0
          ? 0
          : travelMinutes(day.travel, places[i] as Location, places[j] as Location);
  }
  const field = (f: (c: Copy) => number): Float64Array =>
    Float64Array.from([0, ...copies.map(f)].concat(new Array<number>(2 * R).fill(0)));
  const window = (c: Copy): { earliest: number; latest: number } =>
    overrides.get(c.visit.id) ?? c.visit;
  const allowed = new Uint8Array(N * R);
  const assignCost = new Float64Array(N * R);
  const twin = new Int32Array(N).fill(-1);
  copies.forEach((c, i) => {
    const node = i + 1;
    if (c.half === 1) {
      twin[node] = node - 1;
      twin[node - 1] = node;
    }
    const client = clients.get(c.visit.client);
    const met = new Set(day.metBefore?.[c.visit.client] ?? []);
    day.shifts.forEach((s, r) => {
      allowed[node * R + r] = qualified(c.visit, r) ? 1 : 0;
      const contact = client?.contactPerson;
      assignCost[node * R + r] =
        (met.has(s.staff) ? 0 : weights.newStaff) +
        (contact !== undefined && contact !== s.staff ? weights.notContactPerson : 0);
    });
  });
  const problem: Problem = {
    n,
    nodes: N,
    dist: time,
    time,
    demand: new Float64Array(N),
    ready: field((c) => window(c).earliest),
    due: field((c) => window(c).latest),
    service: field((c) => c.visit.durationMinutes),
    routes: day.shifts.map((s, r) => ({
      start: n + 1 + 2 * r,
      end: n + 2 + 2 * r,
      earliest: s.start,
      latest: s.end,
      capacity: Infinity,
    })),
    extra: { allowed, twin, assignCost },
  };
  return { problem, copies, unqualified };
}
