// Step 2 of the month computation: what is held back before anything is priced.
// - overlap: one staff member's visits sharing a minute, at any clients, in any months;
// - no_active_order: no order of the client and provider on the visit's date;
// - unordered double staffing: where the active order has no double staffing, the minutes of
//   a visit that overlap earlier-arrived visits of the same provider at the same client
//   (those not held for the first two reasons).

/** The fields of a visit the hold rules read and write. */
export interface HoldableVisit {
  seq: number;
  staff: string;
  client: string;
  provider: string;
  start: number;
  end: number;
  overlap: boolean;
  noActiveOrder: boolean;
  doubleStaffingAllowed: boolean;
  /** Minutes at the start of the visit held for unordered double staffing. */
  doubleStaffingMinutes: number;
}

/**
 * Marks every visit that shares at least one minute with another visit of the same staff
 * member. A sweep by start time: a visit overlaps an earlier one exactly when it starts before
 * the latest end seen so far, and then the visit holding that end overlaps it too. Visits of
 * zero minutes share no minute with anything. `visits` must be in step-1 order, which is
 * also order of start minute, so no sort is needed.
 */
export function markOverlaps(visits: readonly HoldableVisit[]): void {
  const byStaff = new Map<string, HoldableVisit[]>();
  for (const v of visits) {
    if (v.end <= v.start) continue;
    const list = byStaff.get(v.staff);
    if (list === undefined) byStaff.set(v.staff, [v]);
    else list.push(v);
  }
  for (const list of byStaff.values()) {
    let holder: HoldableVisit | undefined;
    for (const v of list) {
      if (holder !== undefined && v.start < holder.end) {
        v.overlap = true;
        holder.overlap = true;
      }
      if (holder === undefined || v.end > holder.end) holder = v;
    }
  }
}

/**
 * Sets `doubleStaffingMinutes`. Visits that arrived earlier all start no later than this one
 * (step-1 order is by instant), so their union seen from this visit's start is one stretch
 * [start, latest end): the held minutes are this visit's first minutes up to that end.
 * Expects `overlap` and `noActiveOrder` to be set already, and `visits` in step-1 order.
 */
export function markDoubleStaffing(visits: readonly HoldableVisit[]): void {
  // Provider → client → latest end so far (nested maps: no key string per visit).
  const latestEnd = new Map<string, Map<string, number>>();
  for (const v of visits) {
    if (v.overlap || v.noActiveOrder) continue;
    let ofProvider = latestEnd.get(v.provider);
    if (ofProvider === undefined) {
      ofProvider = new Map();
      latestEnd.set(v.provider, ofProvider);
    }
    const end = ofProvider.get(v.client);
    if (!v.doubleStaffingAllowed && end !== undefined) {
      v.doubleStaffingMinutes = Math.max(0, Math.min(v.end, end) - v.start);
    }
    if (end === undefined || v.end > end) ofProvider.set(v.client, v.end);
  }
}
