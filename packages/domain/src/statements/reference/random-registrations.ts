// Random registrations for the differential test: visits near band edges, midnight and the DST
// night, long visits (over 12 h), double staffing, one staff member at two clients at once,
// unpaired registrations, corrections, voids and chains of them, declined visits, manual
// registrations, seconds and fractions in instants, equal instants, repeated copies.

import { Temporal } from 'temporal-polyfill';
import type { SeededRandom as Random } from '../../random/seeded-random.ts';

type Json = Record<string, unknown>;

export interface RegistrationSetup {
  month: string;
  before: string;
  zone: string;
  staff: { id: string; provider: string }[];
  clients: string[];
  visits: number;
  /** Dense scenarios put every visit on these few days: overlaps and double staffing pile up. */
  denseDays?: string[];
  /** Client and provider pairs that have orders: most visits go there, so that they are paid. */
  ordered: { client: string; provider: string }[];
}

/** Local start minutes that sit on edges: band borders, midnight, the DST hour. */
const EDGES = [6 * 60 + 50, 7 * 60, 18 * 60 + 55, 21 * 60 + 30, 21 * 60 + 50, 22 * 60, 23 * 60 + 40, 0, 60 + 30, 2 * 60 + 10, 19 * 60 + 55, 11 * 60 + 59];
const DURATIONS = [0, 1, 15, 30, 45, 60, 90, 120, 200, 400, 719, 720, 721, 800];

function lastSunday(year: number, month: number): Temporal.PlainDate {
  let d = Temporal.PlainDate.from({ year, month, day: 1 }).add({ months: 1 }).subtract({ days: 1 });
  while (d.dayOfWeek !== 7) d = d.subtract({ days: 1 });
  return d;
}

/** Local days on which the zone changes its offset, from a month before `from` for a quarter. */
function zoneTransitionDays(zone: string, from: Temporal.PlainDate): Temporal.PlainDate[] {
  const days: Temporal.PlainDate[] = [];
  let at: Temporal.ZonedDateTime | null = from.subtract({ days: 31 }).toZonedDateTime(zone);
  const end = from.add({ days: 92 }).toZonedDateTime(zone);
  for (let i = 0; i < 4 && at !== null; i++) {
    at = at.getTimeZoneTransition('next');
    if (at === null || Temporal.ZonedDateTime.compare(at, end) > 0) break;
    days.push(at.toPlainDate(), at.subtract({ hours: 1 }).toPlainDate());
  }
  return days;
}

function randomDay(r: Random, setup: RegistrationSetup): Temporal.PlainDate {
  if (setup.denseDays !== undefined && setup.denseDays.length > 0) return Temporal.PlainDate.from(r.pick(setup.denseDays));
  const first = Temporal.PlainYearMonth.from(setup.before).toPlainDate({ day: 1 });
  const ym = Temporal.PlainYearMonth.from(setup.month);
  const last = ym.toPlainDate({ day: ym.daysInMonth });
  const special = [
    lastSunday(ym.year, 3),
    lastSunday(ym.year, 10),
    last,
    last.add({ days: 1 }),
    first.subtract({ days: 1 }),
    Temporal.PlainDate.from({ year: ym.year, month: 12, day: 24 }),
    Temporal.PlainDate.from({ year: ym.year, month: 6, day: 1 }).add({ days: 18 + ((12 - Temporal.PlainDate.from({ year: ym.year, month: 6, day: 19 }).dayOfWeek) % 7) }),
    ym.toPlainDate({ day: 1 }),
    ...zoneTransitionDays(setup.zone, first),
  ].filter((d) => Temporal.PlainDate.compare(d, first.subtract({ days: 1 })) >= 0 && Temporal.PlainDate.compare(d, last.add({ days: 1 })) <= 0);
  if (special.length > 0 && r.chance(0.35)) return r.pick(special);
  // Now and then a day years away: the engine's zone and day caches must not care.
  if (r.chance(0.02)) return first.add({ days: r.pick([-1500, -400, 400, 2000]) + r.int(0, 60) });
  const span = last.since(first).days + 3;
  return first.subtract({ days: 1 }).add({ days: r.int(0, span - 1) });
}

export function randomRegistrations(r: Random, setup: RegistrationSetup): Json[] {
  const regs: Json[] = [];

  const instant = (day: Temporal.PlainDate, minuteOfDay: number): number => {
    const plainTime = Temporal.PlainTime.from({ hour: Math.floor(minuteOfDay / 60), minute: minuteOfDay % 60 });
    return day.toZonedDateTime({ timeZone: setup.zone, plainTime }).epochMilliseconds;
  };
  const text = (ms: number): string => {
    const zdt = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(setup.zone);
    const style = r.int(0, 19);
    if (style === 0) return zdt.toInstant().toString(); // "Z"
    if (style === 1) return zdt.withTimeZone('+00:00').toString({ timeZoneName: 'never' });
    if (style === 2 && zdt.second === 0 && zdt.millisecond === 0) return zdt.toString({ timeZoneName: 'never', smallestUnit: 'minute' });
    if (style === 3) return zdt.withTimeZone('-03:30').toString({ timeZoneName: 'never' });
    return zdt.toString({ timeZoneName: 'never' });
  };
  const seconds = (): number => (r.chance(0.25) ? r.int(0, 59) * 1000 + (r.chance(0.2) ? r.int(1, 999) : 0) : 0);
  // Nanoseconds before a minute ends (e.g. 08:59:59.999999999): truncation must keep 08:59.
  const lastNanosecond = (ms: number): string =>
    Temporal.Instant.fromEpochNanoseconds(BigInt(Math.floor(ms / 60_000) * 60_000 + 59_999) * 1_000_000n + BigInt(r.pick([999_999, 999_900])))
      .toZonedDateTimeISO(setup.zone)
      .toString({ timeZoneName: 'never' });
  const push = (kind: string, client: string, staff: string, ms: number, extra: Json = {}): Json => {
    const reg: Json = { id: r.uuid(), kind, client, staff, at: text(ms) };
    const manual = r.chance(0.12) || extra.corrects !== undefined;
    reg.method = manual ? 'manual' : 'nfc';
    if (manual) reg.reason = 'slump';
    Object.assign(reg, extra);
    regs.push(reg);
    return reg;
  };
  const colleague = (staffId: string): string | undefined => {
    const provider = setup.staff.find((s) => s.id === staffId)?.provider;
    const others = setup.staff.filter((s) => s.provider === provider && s.id !== staffId);
    return others.length > 0 ? r.pick(others).id : undefined;
  };

  const visit = (client: string, staff: string, startMs: number, minutes: number): { arrive?: Json; leave?: Json } => {
    const out: { arrive?: Json; leave?: Json } = {};
    const category = r.chance(0.25) ? { category: r.pick(['care', 'service']) } : {};
    if (!r.chance(0.05)) out.arrive = push('arrive', client, staff, startMs, category);
    const leaveMs = startMs + minutes * 60_000 + seconds();
    const leaveExtra = r.chance(0.05) ? { at: lastNanosecond(leaveMs) } : {};
    if (!r.chance(0.05)) out.leave = push('leave', client, staff, leaveMs, { ...(r.chance(0.1) ? category : {}), ...leaveExtra });
    return out;
  };

  const visits = setup.visits;
  for (let i = 0; i < visits; i++) {
    let client = r.pick(setup.clients);
    let staff = r.pick(setup.staff).id;
    if (setup.ordered.length > 0 && r.chance(0.75)) {
      const pair = r.pick(setup.ordered);
      const team = setup.staff.filter((s) => s.provider === pair.provider);
      if (team.length > 0) [client, staff] = [pair.client, r.pick(team).id];
    }
    const day = randomDay(r, setup);
    const start = r.chance(0.5) ? r.pick(EDGES) + r.int(0, 15) : r.int(0, 1439);
    const startMs = instant(day, Math.min(start, 1439)) + seconds();
    const minutes = r.pick(DURATIONS);
    const v = visit(client, staff, startMs, minutes);

    if (r.chance(0.25)) {
      // A colleague at the same client, overlapping or just touching.
      const other = colleague(staff);
      if (other) visit(client, other, startMs + r.int(-20, 60) * 60_000 + seconds(), r.pick([10, 30, 60, 120]));
    }
    if (r.chance(0.06)) {
      // A colleague arriving nanoseconds apart: only the exact instant orders the two.
      const other = colleague(staff);
      const ns = BigInt(startMs) * 1_000_000n + BigInt(r.int(0, 3));
      const at = Temporal.Instant.fromEpochNanoseconds(ns).toZonedDateTimeISO(setup.zone).toString({ timeZoneName: 'never' });
      if (other) {
        push('arrive', client, other, startMs, { at });
        push('leave', client, other, startMs + r.pick([10, 30, 60]) * 60_000);
      }
    }
    if (r.chance(0.05)) {
      // Staff of another provider at the same client at the same time: never double staffing.
      const provider = setup.staff.find((x) => x.id === staff)?.provider;
      const stranger = setup.staff.filter((x) => x.provider !== provider);
      if (stranger.length > 0) visit(client, r.pick(stranger).id, startMs + r.int(0, 20) * 60_000, r.pick([30, 60]));
    }
    if (r.chance(0.1)) visit(r.pick(setup.clients), staff, startMs + r.int(-30, 60) * 60_000, r.pick([15, 45, 90]));
    if (r.chance(0.08) && v.arrive) regs.push({ ...v.arrive }); // the same registration twice
    if (r.chance(0.06) && v.arrive) push('arrive', client, staff, startMs, { at: v.arrive.at }); // equal instant, other id

    // Corrections and voids, sometimes in chains.
    if (v.leave && r.chance(0.15)) {
      const fix = push('leave', client, staff, startMs + r.pick([5, 40, 100]) * 60_000, { corrects: v.leave.id });
      const chain = r.int(0, 9);
      if (chain < 3) push('leave', client, staff, startMs + 25 * 60_000, { corrects: fix.id });
      else if (chain < 5) push('void', client, staff, startMs + 26 * 60_000, { corrects: fix.id });
    }
    if (v.arrive && r.chance(0.06)) push('void', client, staff, startMs + 60_000, { corrects: v.arrive.id });
    if (v.arrive && r.chance(0.05)) push('arrive', client, staff, startMs - 10 * 60_000, { corrects: v.arrive.id, category: 'service' });
  }

  for (let i = 0, n = r.int(0, 5); i < n; i++) {
    const kind = r.chance(0.7) ? 'declined_at_door' : 'declined_in_advance';
    const extra: Json = {};
    if (kind === 'declined_at_door' || r.chance(0.5)) extra.plannedMinutes = r.pick([0, 4, 7, 15, 20, 30, 45, 61]);
    if (r.chance(0.5)) extra.category = r.pick(['care', 'service']);
    const day = randomDay(r, setup);
    const reg = push(kind, r.pick(setup.clients), r.pick(setup.staff).id, instant(day, r.int(0, 1439)) + seconds(), extra);
    if (r.chance(0.1)) push('void', reg.client as string, reg.staff as string, instant(day, 1439), { corrects: reg.id });
  }
  return r.chance(0.5) ? regs : regs.reverse();
}
