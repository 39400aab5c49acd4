// Who makes each demo visit: a staff member free at the time, as a planner would see to. Drawing
// carers at random gave one carer two clients at once hundreds of times a month (overlaps no
// real rota has), so the demo month could not be closed.

import type { SeededRandom as Random } from '@hemma/domain/random';

// Travel between clients: a carer's next visit starts at least this long after the last ends.
const TRAVEL_MINUTES = 10;
// How far a visit may move from its wished time to find a free carer.
const SHIFT_STEP = 15;
const MAX_SHIFT = 180;

export class Rota {
  /** Staff → day → busy [start, end) in minutes of the day. */
  private readonly busy = new Map<string, Map<string, [number, number][]>>();

  private free(staff: string, day: string, start: number, end: number): boolean {
    const spans = this.busy.get(staff)?.get(day) ?? [];
    return spans.every(([s, e]) => end + TRAVEL_MINUTES <= s || start >= e + TRAVEL_MINUTES);
  }

  private book(staff: string, day: string, start: number, end: number): void {
    let days = this.busy.get(staff);
    if (days === undefined) {
      days = new Map<string, [number, number][]>();
      this.busy.set(staff, days);
    }
    const spans = days.get(day);
    if (spans === undefined) days.set(day, [[start, end]]);
    else spans.push([start, end]);
  }

  /**
   * A carer free for the visit at the wished minute or, failing that, the nearest later quarter:
   * of the first group (the client's own carers) if one is free, else of the next (the team),
   * in random order within a group, never one of `except`. Books and returns them; undefined
   * when nobody is free within three hours (the visit is not made that day).
   */
  assign(
    rng: Random, groups: readonly (readonly string[])[], day: string, wished: number, minutes: number, except: readonly string[] = [],
  ): { staff: string; start: number } | undefined {
    const order: string[] = [];
    for (const group of groups) {
      const mixed = [...new Set(group)].filter((s) => !except.includes(s) && !order.includes(s));
      for (let i = mixed.length - 1; i > 0; i--) {
        const j = rng.int(0, i);
        [mixed[i], mixed[j]] = [mixed[j]!, mixed[i]!];
      }
      order.push(...mixed);
    }
    for (let shift = 0; shift <= MAX_SHIFT && wished + shift + minutes < 24 * 60; shift += SHIFT_STEP) {
      const start = wished + shift;
      const staff = order.find((s) => this.free(s, day, start, start + minutes));
      if (staff !== undefined) {
        this.book(staff, day, start, start + minutes);
        return { staff, start };
      }
    }
    return undefined;
  }
}
