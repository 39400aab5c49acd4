// Who makes each demo visit: a staff member on shift and free at the time, as a planner would see
// to. Drawing carers at random gave one carer two clients at once hundreds of times a month
// (overlaps no real rota has), so the demo month could not be closed; giving visits regardless
// of shifts filled the week plan with visits outside working hours.

import { clockMinutes, type StaffDay } from '@hemma/domain/shifts';
import type { SeededRandom as Random } from '@hemma/domain/random';

// Travel between clients: a carer's next visit starts at least this long after the last ends.
const TRAVEL_MINUTES = 10;
// How far a visit may move from its wished time to find a free carer on shift: up to two hours
// earlier or three later, nearest first.
const SHIFT_STEP = 5;
const MAX_EARLIER = 120;
const MAX_SHIFT = 180;
// How long a visit may wait for one of the client's own carers before the team's is asked.
const OWN_WAIT = 60;

type Spans = Map<string, Map<string, [number, number][]>>;

function add(spans: Spans, staff: string, day: string, span: [number, number]): void {
  let days = spans.get(staff);
  if (days === undefined) {
    days = new Map<string, [number, number][]>();
    spans.set(staff, days);
  }
  const list = days.get(day);
  if (list === undefined) days.set(day, [span]);
  else list.push(span);
}

/** Minutes a visit may move, nearest first, later before earlier. */
function moves(earlier: number, later: number): number[] {
  const out = [0];
  for (let m = SHIFT_STEP; m <= Math.max(earlier, later); m += SHIFT_STEP) {
    if (m <= later) out.push(m);
    if (m <= earlier) out.push(-m);
  }
  return out;
}

export class Rota {
  /** Staff → day → busy [start, end) in minutes of the day. */
  private readonly busy: Spans = new Map();
  /** Staff → day → shifts [start, end) in minutes of the day. */
  private readonly shifts: Spans = new Map();

  /** `days`: every staff member's days as the planner takes them (`staffDays`). */
  constructor(days: readonly StaffDay[]) {
    for (const d of days) for (const s of d.shifts) add(this.shifts, d.staff, d.date, [clockMinutes(s.start), clockMinutes(s.end)]);
  }

  private free(staff: string, day: string, start: number, end: number): boolean {
    const spans = this.busy.get(staff)?.get(day) ?? [];
    return spans.every(([s, e]) => end + TRAVEL_MINUTES <= s || start >= e + TRAVEL_MINUTES);
  }

  private onShift(staff: string, day: string, start: number, end: number): boolean {
    return (this.shifts.get(staff)?.get(day) ?? []).some(([s, e]) => s <= start && end <= e);
  }

  /**
   * A carer on shift and free for the visit at the wished minute or, failing that, the nearest
   * later quarter: of the first group (the client's own carers) if one is within an hour, else of
   * all groups (the team) within three, in random order within a group, never one of `except`.
   * When nobody on shift is free, someone free works overtime, as happens; undefined when nobody
   * is free at all (the visit is not made that day). Books and returns them.
   */
  assign(
    rng: Random, groups: readonly (readonly string[])[], day: string, wished: number, minutes: number, except: readonly string[] = [],
  ): { staff: string; start: number } | undefined {
    const order: string[] = [];
    let own = 0;
    for (const group of groups) {
      const mixed = [...new Set(group)].filter((s) => !except.includes(s) && !order.includes(s));
      for (let i = mixed.length - 1; i > 0; i--) {
        const j = rng.int(0, i);
        [mixed[i], mixed[j]] = [mixed[j]!, mixed[i]!];
      }
      order.push(...mixed);
      if (own === 0) own = order.length;
    }
    const tries = [
      { among: order.slice(0, own), moves: moves(OWN_WAIT, OWN_WAIT), onShift: true },
      { among: order, moves: moves(MAX_EARLIER, MAX_SHIFT), onShift: true },
      { among: order, moves: moves(0, MAX_SHIFT), onShift: false },
    ];
    for (const { among, moves, onShift } of tries) {
      for (const move of moves) {
        const start = wished + move;
        if (start < 0 || start + minutes >= 24 * 60) continue;
        const staff = among.find((s) => this.free(s, day, start, start + minutes) && (!onShift || this.onShift(s, day, start, start + minutes)));
        if (staff !== undefined) {
          add(this.busy, staff, day, [start, start + minutes]);
          return { staff, start };
        }
      }
    }
    return undefined;
  }
}
