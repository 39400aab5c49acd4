import { travelMinutes } from './travel.ts';
import type { DayInput, DayPlan, Stop } from './types.ts';

// After a person moves a visit by hand (another staff member, another place in the round), the
// office needs the plan's new times and travel, and to see which rules the move breaks. Nothing
// is refused here: the planner proposes, the person decides.

export type Violation =
  | { kind: 'late'; visit: string; staff: string; minutes: number }
  | { kind: 'after_shift'; staff: string; minutes: number }
  | { kind: 'double_staffing_short'; visit: string }
  | { kind: 'same_staff_twice'; visit: string; staff: string }
  | { kind: 'unknown'; visit: string }
  | { kind: 'no_shift'; staff: string };

export interface Recosted extends DayPlan {
  violations: Violation[];
}

/** Times the given rounds as they stand: each visit starts when the staff member gets there, never before its window. */
export function recostDay(day: DayInput, rounds: readonly { staff: string; visits: readonly string[] }[]): Recosted {
  const visits = new Map(day.visits.map((v) => [v.id, v]));
  const clients = new Map(day.clients.map((c) => [c.id, c]));
  const shifts = new Map(day.shifts.map((s) => [s.staff, s]));
  const violations: Violation[] = [];
  const placedBy = new Map<string, string[]>();
  const routes: DayPlan['routes'] = [];

  for (const round of rounds) {
    const shift = shifts.get(round.staff);
    if (!shift) {
      violations.push({ kind: 'no_shift', staff: round.staff });
      continue;
    }
    let at = shift.startAt;
    let t = shift.start;
    let travel = 0;
    let leave = shift.start;
    const stops: Stop[] = [];
    for (const id of round.visits) {
      const visit = visits.get(id);
      const client = visit && clients.get(visit.client);
      if (!visit || !client) {
        violations.push({ kind: 'unknown', visit: id });
        continue;
      }
      const staffOnVisit = placedBy.get(id) ?? [];
      if (staffOnVisit.includes(round.staff)) violations.push({ kind: 'same_staff_twice', visit: id, staff: round.staff });
      placedBy.set(id, [...staffOnVisit, round.staff]);
      const leg = travelMinutes(day.travel, at, client.location);
      const start = Math.max(t + leg, visit.earliest);
      if (stops.length === 0) leave = Math.max(shift.start, start - leg);
      // Whole minutes: travel times are fractional, and a visit a second late is on time.
      const late = Math.round(start - visit.latest);
      if (late > 0) violations.push({ kind: 'late', visit: id, staff: round.staff, minutes: late });
      stops.push({ visit: id, client: visit.client, start, end: start + visit.durationMinutes, travelMinutes: leg });
      travel += leg;
      t = start + visit.durationMinutes;
      at = client.location;
    }
    const home = travelMinutes(day.travel, at, shift.endAt ?? shift.startAt);
    const back = t + home;
    const over = Math.round(back - shift.end);
    if (over > 0) violations.push({ kind: 'after_shift', staff: round.staff, minutes: over });
    routes.push({ staff: round.staff, stops, leave, back, travelMinutes: travel + home });
  }
  const unassigned: DayPlan['unassigned'] = [];
  for (const v of day.visits) {
    const n = placedBy.get(v.id)?.length ?? 0;
    if (n === 0) unassigned.push({ visit: v.id, reason: 'no_room' });
    else if (v.doubleStaffing && n < 2) violations.push({ kind: 'double_staffing_short', visit: v.id });
  }
  return { date: day.date, routes, unassigned, travelMinutes: routes.reduce((s, r) => s + r.travelMinutes, 0), violations };
}
