// One day of the month at a time: each client's planned visits happen (or are declined), staff
// are assigned per provider in time order (the client's regulars first, as continuity asks),
// and each attendance becomes an arrive and a leave with the exceptions real months carry:
// forgotten taps, manual registrations, corrections and voids, overlaps, double staffing.
import { RegistrationColumns } from './batch.ts';
import type { VisitDays } from './orders.ts';
import type { Prng } from './prng.ts';
import type { ClientPlan, Registry } from './registry.ts';
import { daysIn, stockholmToUtcMs, weekdayOf } from './zone.ts';

/** Rates of the exceptions, per attendance (or per planned visit for declines). */
const P = {
  declinedAtDoor: 0.012,
  declinedInAdvance: 0.008,
  missingLeave: 0.005,
  missingArrive: 0.005,
  correction: 0.002,
  void: 0.0005,
  manual: 0.02,
  overlap: 0.002,
  unorderedDouble: 0.003,
} as const;

const GAP_MINUTES = 5; // travel between clients
const MINUTE_MS = 60_000;

export interface GeneratedCounts {
  attendances: number;
  registrations: number;
  declinedAtDoor: number;
  declinedInAdvance: number;
  missingLeave: number;
  missingArrive: number;
  corrections: number;
  voids: number;
  forcedOverlaps: number;
  doubleStaffed: number;
  unorderedDouble: number;
}

interface Planned {
  client: ClientPlan;
  start: number;
  end: number;
  category: 'care' | 'service';
}

export class MonthSimulator {
  readonly counts: GeneratedCounts = {
    attendances: 0, registrations: 0, declinedAtDoor: 0, declinedInAdvance: 0, missingLeave: 0, missingArrive: 0,
    corrections: 0, voids: 0, forcedOverlaps: 0, doubleStaffed: 0, unorderedDouble: 0,
  };
  private rng: Prng;
  private out = new RegistrationColumns();
  private day = 1;

  constructor(
    private readonly seedRng: Prng,
    private readonly registry: Registry,
    private readonly visitDays: Map<string, VisitDays>,
    private readonly year: number,
    private readonly month: number,
  ) {
    this.rng = seedRng;
  }

  get days(): number {
    return daysIn(this.year, this.month);
  }

  /** The registrations of the visits planned on local day `day` (1-based). */
  simulateDay(day: number): RegistrationColumns {
    this.rng = this.seedRng.fork(day);
    this.out = new RegistrationColumns();
    this.day = day;
    const weekday = weekdayOf(this.year, this.month, day);
    const byProvider = new Map<string, Planned[]>();
    for (const client of this.registry.clients) {
      const days = this.visitDays.get(client.id);
      if (days === undefined || day < days.first || day > days.last) continue;
      for (const slot of client.slots) {
        if (!slot.days.includes(weekday)) continue;
        if (this.declined(client, slot.start, slot.minutes, slot.category)) continue;
        const jitter = slot.start < 420 || slot.start >= 1320 ? 10 : 20;
        const start = slot.start + this.rng.int(-jitter, jitter);
        const minutes = Math.max(5, Math.round(slot.minutes * (0.8 + this.rng.next() * 0.35)));
        const list = byProvider.get(client.provider) ?? [];
        list.push({ client, start, end: start + minutes, category: slot.category });
        byProvider.set(client.provider, list);
      }
    }
    for (const [provider, planned] of byProvider) this.staffProvider(provider, planned);
    this.counts.registrations += this.out.length;
    return this.out;
  }

  private utc(minuteOfDay: number): number {
    // Phones stamp seconds too; they only order registrations.
    return stockholmToUtcMs(this.year, this.month, this.day, minuteOfDay) + this.rng.int(0, 59) * 1000;
  }

  private declined(client: ClientPlan, start: number, minutes: number, category: 'care' | 'service'): boolean {
    const r = this.rng.next();
    const staff = client.regulars[0];
    if (staff === undefined || r >= P.declinedAtDoor + P.declinedInAdvance) return false;
    if (r < P.declinedAtDoor) {
      this.out.push(this.rng.uuid(), 'declined_at_door', client.id, staff, this.utc(start), null, null, minutes, category);
      this.counts.declinedAtDoor += 1;
    } else {
      // The client phoned the day before or in the morning.
      this.out.push(this.rng.uuid(), 'declined_in_advance', client.id, staff, this.utc(start - this.rng.int(60, 900)), null, null, minutes, category);
      this.counts.declinedInAdvance += 1;
    }
    return true;
  }

  /** Assigns the provider's staff to its visits of the day in time order and registers them. */
  private staffProvider(provider: string, planned: Planned[]): void {
    const pool = this.registry.staff.get(provider) ?? [];
    const busy = new Map<string, number>();
    planned.sort((a, b) => a.start - b.start || (a.client.id < b.client.id ? -1 : 1));
    for (const v of planned) {
      const forced = this.rng.chance(P.overlap);
      const first = forced ? this.busyRegular(v, busy) ?? this.freeStaff(v, pool, busy, '') : this.freeStaff(v, pool, busy, '');
      if (forced) this.counts.forcedOverlaps += 1;
      this.attend(first, v.client.id, v.start, v.end, v.category);
      busy.set(first, Math.max(busy.get(first) ?? 0, v.end));
      const twoOrdered = v.client.doubleStaffing && v.category === 'care';
      if (twoOrdered || this.rng.chance(P.unorderedDouble)) {
        const second = this.freeStaff(v, pool, busy, first);
        // An ordered second carer comes with the first; an unordered one drops in for a while.
        const start = twoOrdered ? v.start + this.rng.int(0, 3) : v.start + this.rng.int(5, 15);
        const end = twoOrdered ? v.end + this.rng.int(-2, 2) : Math.max(start + 5, v.end - this.rng.int(0, 5));
        this.attend(second, v.client.id, start, end, v.category);
        busy.set(second, Math.max(busy.get(second) ?? 0, end));
        if (twoOrdered) this.counts.doubleStaffed += 1;
        else this.counts.unorderedDouble += 1;
      }
    }
  }

  private busyRegular(v: Planned, busy: Map<string, number>): string | undefined {
    return v.client.regulars.find((s) => (busy.get(s) ?? -1) > v.start);
  }

  /** A regular who is free, else anyone of the provider who is free, else the one free soonest. */
  private freeStaff(v: Planned, pool: readonly string[], busy: Map<string, number>, not: string): string {
    const free = (s: string): boolean => s !== not && (busy.get(s) ?? -Infinity) + GAP_MINUTES <= v.start;
    const regulars = v.client.regulars;
    const offset = this.rng.int(0, Math.max(0, regulars.length - 1));
    for (let k = 0; k < regulars.length; k++) {
      const s = regulars[(offset + k) % regulars.length]!;
      if (free(s)) return s;
    }
    const from = this.rng.int(0, pool.length - 1);
    let soonest = pool[from]!;
    for (let k = 0; k < pool.length; k++) {
      const s = pool[(from + k) % pool.length]!;
      if (free(s)) return s;
      if (s !== not && (busy.get(s) ?? 0) < (busy.get(soonest) ?? 0)) soonest = s;
    }
    return soonest;
  }

  private reason(): string | null {
    return this.rng.chance(P.manual) ? 'NFC-taggen saknas' : null;
  }

  /** One staff member's arrive and leave at a client, with the month's share of mishaps. */
  private attend(staff: string, client: string, start: number, end: number, category: 'care' | 'service'): void {
    this.counts.attendances += 1;
    const r = this.rng.next();
    const arriveAt = this.utc(start);
    const leaveAt = Math.max(arriveAt + MINUTE_MS, this.utc(end));
    if (r < P.void) {
      // Tapped at the wrong door first; the staff member voids that arrive.
      const wrong = this.rng.uuid();
      this.out.push(wrong, 'arrive', client, staff, arriveAt - 2 * MINUTE_MS, null, null, null, category);
      this.out.push(this.rng.uuid(), 'void', client, staff, arriveAt + MINUTE_MS, 'fel brukare', wrong);
      this.counts.voids += 1;
    }
    if (r >= P.void + P.missingArrive || r < P.void) {
      this.out.push(this.rng.uuid(), 'arrive', client, staff, arriveAt, this.reason(), null, null, category);
    } else {
      this.counts.missingArrive += 1;
    }
    const l = this.rng.next();
    if (l < P.missingLeave) {
      this.counts.missingLeave += 1;
    } else if (l < P.missingLeave + P.correction) {
      // Left without tapping; the GICK came hours later and is corrected by hand.
      const late = this.rng.uuid();
      this.out.push(late, 'leave', client, staff, leaveAt + this.rng.int(120, 240) * MINUTE_MS);
      this.out.push(this.rng.uuid(), 'leave', client, staff, leaveAt, 'glömde registrera GICK', late);
      this.counts.corrections += 1;
    } else {
      this.out.push(this.rng.uuid(), 'leave', client, staff, leaveAt, this.reason());
    }
  }
}
