// Registrations for generated scenarios: visits around the month's edges (midnight at month
// ends, DST Sundays, nights), colleagues overlapping at one client, one staff member at two
// clients at once, unpaired and over-long pairs, declined visits, corrections and duplicates.

import type { JsonRegistration } from './scenario-json.ts';
import { pad, type Rng } from './random.ts';

export interface RegContext {
  rng: Rng;
  month: string; // the month under test
  clients: string[];
  staff: { id: string; provider: string }[];
  hotSpots: number[];
  visits: number;
  /** Providers with an order for each client, so that most visits are not held. */
  ordered: Map<string, string[]>;
  regs: JsonRegistration[];
}

function staffFor(ctx: RegContext, client: string): { id: string; provider: string } {
  const providers = ctx.ordered.get(client) ?? [];
  const fitting = ctx.staff.filter((s) => providers.includes(s.provider));
  return fitting.length > 0 && ctx.rng.chance(0.8) ? ctx.rng.pick(fitting) : ctx.rng.pick(ctx.staff);
}

/** An instant written with one of a few offsets; the offset never changes the instant. */
function instant(rng: Rng, epochMs: number): string {
  const offsetMin = rng.pick([0, 60, 120, 120, 60, -300, 330]);
  const local = new Date(epochMs + offsetMin * 60_000).toISOString().slice(0, 19);
  if (offsetMin === 0 && rng.chance(0.5)) return `${local}Z`;
  const sign = offsetMin < 0 ? '-' : '+';
  return `${local}${sign}${pad(Math.floor(Math.abs(offsetMin) / 60))}:${pad(Math.abs(offsetMin) % 60)}`;
}

function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/** A start instant (ms) near an interesting spot of the month under test. */
function startMs(ctx: RegContext): number {
  const { rng } = ctx;
  // Crowded scenarios pile visits onto a few spots: chains of overlaps and double staffing.
  if (ctx.hotSpots.length > 0 && rng.chance(0.6)) return rng.pick(ctx.hotSpots) + rng.int(-90, 90) * 60_000 + rng.int(0, 59_999);
  return spotMs(ctx);
}

function spotMs(ctx: RegContext): number {
  const { rng } = ctx;
  const [y, m] = ctx.month.split('-').map(Number) as [number, number];
  const at = (mon: number, day: number, h: number, min: number): number => Date.UTC(y, mon - 1, day, h, min, rng.int(0, 59)) - 3_600_000;
  const r = rng.next();
  if (r < 0.15) return at(m + 1, 0, rng.int(20, 23), rng.int(0, 59)); // last evening of M
  if (r < 0.25) return at(m, 0, rng.int(20, 23), rng.int(0, 59)); // last evening of M-1
  if (r < 0.3) return at(m, 1, rng.int(0, 1), rng.int(0, 59)); // around local midnight
  if (r < 0.38) return at(3, lastSunday(y, 3), rng.int(0, 3), rng.int(0, 59)); // spring DST
  if (r < 0.46) return at(10, lastSunday(y, 10), rng.int(0, 3), rng.int(0, 59)); // autumn DST
  if (r < 0.55) return at(m, rng.int(1, 28), rng.pick([21, 22, 23, 2, 5, 6]), rng.int(0, 59)); // nights
  return at(m, rng.int(1, 28), rng.int(7, 20), rng.pick([0, 15, 30, 45, rng.int(0, 59)]));
}

function push(ctx: RegContext, r: Omit<JsonRegistration, 'id' | 'method'>): JsonRegistration {
  const reg: JsonRegistration = { id: ctx.rng.uuid(), ...r, method: 'nfc' };
  ctx.regs.push(reg);
  return reg;
}

function visit(ctx: RegContext, client: string, staff: string, start: number, minutes: number): JsonRegistration {
  const a = push(ctx, { kind: 'arrive', client, staff, at: instant(ctx.rng, start) });
  push(ctx, { kind: 'leave', client, staff, at: instant(ctx.rng, start + minutes * 60_000 + ctx.rng.int(0, 59) * 1000) });
  return a;
}

function duration(rng: Rng): number {
  if (rng.chance(0.05)) return rng.pick([0, 720, 721, 800]);
  // Whole quarters often, so a month's union lands exactly on a level's upToHours × 60.
  return rng.chance(0.5) ? rng.pick([15, 30, 60, 90, 120]) : rng.int(5, 150);
}

export function addRegistrations(ctx: RegContext): void {
  const { rng } = ctx;
  if (rng.chance(0.3)) ctx.hotSpots = Array.from({ length: rng.int(1, 3) }, () => spotMs(ctx));
  for (let i = 0; i < ctx.visits; i++) {
    const client = rng.pick(ctx.clients), staff = staffFor(ctx, client);
    const start = startMs(ctx), minutes = duration(rng);
    const arrive = visit(ctx, client, staff.id, start, minutes);
    const r = rng.next();
    if (r < 0.2) {
      // A colleague (maybe of another provider) at the same client, overlapping.
      const other = staffFor(ctx, client);
      visit(ctx, client, other.id, start + rng.int(-60, 60) * 60_000, duration(rng));
    } else if (r < 0.27) {
      // The same staff member somewhere else at the same time: both visits held for overlap.
      visit(ctx, rng.pick(ctx.clients), staff.id, start + rng.int(-30, 30) * 60_000, duration(rng));
    } else if (r < 0.3) {
      visit(ctx, client, rng.pick(ctx.staff).id, start, minutes); // same instant: ids decide
    } else if (r < 0.34) {
      push(ctx, { kind: 'void', client, staff: staff.id, at: instant(rng, start + 3_600_000), corrects: arrive.id });
    } else if (r < 0.38) {
      ctx.regs.push({ ...arrive }); // a duplicate: same id, same content
    } else if (r < 0.44) {
      // A manual leave correcting the visit's leave: the original leave no longer counts.
      const leave = ctx.regs[ctx.regs.length - 1];
      if (!leave) continue;
      const fix = push(ctx, { kind: 'leave', client, staff: staff.id, at: instant(rng, start + rng.int(1, 200) * 60_000).replace(/(:\d\d)([Z+-])/, '$1.250$2'), corrects: leave.id, reason: 'forgot' });
      // A voided correction does not bring back what it corrected.
      if (rng.chance(0.3)) push(ctx, { kind: 'void', client, staff: staff.id, at: fix.at, corrects: fix.id });
    } else if (r < 0.47) {
      // A correction of another kind still supersedes: this arrive no longer makes a visit.
      push(ctx, { kind: 'declined_at_door', client, staff: staff.id, at: arrive.at, plannedMinutes: 30, corrects: arrive.id });
    }
  }
  for (let i = rng.int(0, 4); i > 0; i--) {
    const client = rng.pick(ctx.clients), staff = rng.pick(ctx.staff).id;
    push(ctx, { kind: rng.pick(['arrive', 'leave', 'declined_in_advance'] as const), client, staff, at: instant(rng, startMs(ctx)) });
  }
  for (let i = rng.int(0, 5); i > 0; i--) {
    const client = rng.pick(ctx.clients), staff = rng.pick(ctx.staff).id;
    const d = push(ctx, { kind: 'declined_at_door', client, staff, at: instant(rng, startMs(ctx)), plannedMinutes: rng.int(10, 60), category: rng.pick(['care', 'service'] as const) });
    if (rng.chance(0.15)) push(ctx, { kind: 'void', client, staff, at: instant(rng, startMs(ctx)), corrects: d.id });
  }
  shuffle(rng, ctx.regs);
}

function shuffle<T>(rng: Rng, items: T[]): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
}
