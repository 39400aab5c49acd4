// The visits of a scenario with the holds that matter to fees, done the plain way: steps 1–2
// of "How a month is computed (model performed_time)", over the whole file at once.

import { bandAt } from './bands.ts';
import { DEFAULT_BANDS_JSON } from './defaults.ts';
import { epochMinuteOf, localMinute } from './local-time.ts';
import type { JsonRegistration, JsonScenario } from './scenario-json.ts';

export interface RefVisit {
  id: string;
  client: string;
  staff: string;
  provider: string;
  start: number; // epoch minute, truncated
  end: number;
  date: string; // local date of the arrival
  orderKey: [number, string]; // exact instant (ms), then id: step 1's order
  perVisit: boolean;
  heldOverlap: boolean;
  heldNoOrder: boolean;
  heldWholeDouble: boolean; // a per-visit visit held whole for unordered double staffing
}

/** Registrations that count: not void, not named by any `corrects`, each id once. */
export function effectiveRegistrations(s: JsonScenario): JsonRegistration[] {
  const superseded = new Set(s.registrations.flatMap((r) => (r.corrects === undefined ? [] : [r.corrects])));
  const seen = new Set<string>();
  return s.registrations.filter((r) => {
    if (seen.has(r.id)) return false;
    seen.add(r.id);
    return r.kind !== 'void' && !superseded.has(r.id);
  });
}

function before(a: [number, string], b: [number, string]): boolean {
  return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
}

function sharesMinute(a: RefVisit, b: RefVisit): boolean {
  return Math.max(a.start, b.start) < Math.min(a.end, b.end);
}

/** The active order of a client with a provider on a date (orders of one pair never overlap). */
export function activeOrder(s: JsonScenario, client: string, provider: string, date: string) {
  return s.orders.find((o) => o.client === client && o.provider === provider && o.from <= date && (o.to === null || date <= o.to));
}

export function analyseVisits(s: JsonScenario): RefVisit[] {
  const tz = s.municipality.timezone ?? 'Europe/Stockholm';
  const bands = s.municipality.bands ?? DEFAULT_BANDS_JSON;
  const eves = s.municipality.holidayEves ?? ['midsummer_eve', 'christmas_eve', 'new_years_eve'];
  const providerOf = new Map(s.staff.map((st) => [st.id, st.provider]));
  const key = (r: JsonRegistration): [number, string] => [Date.parse(r.at), r.id];
  const regs = effectiveRegistrations(s)
    .filter((r) => r.kind === 'arrive' || r.kind === 'leave')
    .sort((a, b) => (before(key(a), key(b)) ? -1 : before(key(b), key(a)) ? 1 : 0));

  const visits: RefVisit[] = [];
  const streams = new Map<string, JsonRegistration[]>();
  for (const r of regs) {
    const k = `${r.staff}\u0000${r.client}`;
    streams.set(k, [...(streams.get(k) ?? []), r]);
  }
  for (const stream of streams.values()) {
    for (let i = 0; i < stream.length; i++) {
      const arrive = stream[i], leave = stream[i + 1];
      if (arrive?.kind !== 'arrive' || leave?.kind !== 'leave') continue;
      const start = epochMinuteOf(arrive.at), end = epochMinuteOf(leave.at);
      if (end - start > 720) continue;
      i++;
      const local = localMinute(start, tz);
      const band = bandAt(bands, eves, local.date, local.minuteOfDay);
      visits.push({
        id: arrive.id, client: arrive.client, staff: arrive.staff, provider: providerOf.get(arrive.staff) ?? '',
        start, end, date: local.date, orderKey: key(arrive), perVisit: band?.price === 'per_visit',
        heldOverlap: false, heldNoOrder: false, heldWholeDouble: false,
      });
    }
  }
  for (const v of visits) {
    v.heldNoOrder = activeOrder(s, v.client, v.provider, v.date) === undefined;
    v.heldOverlap = visits.some((w) => w !== v && w.staff === v.staff && sharesMinute(v, w));
  }
  for (const v of visits) {
    if (!v.perVisit || v.heldOverlap || v.heldNoOrder) continue;
    if (activeOrder(s, v.client, v.provider, v.date)?.doubleStaffing === true) continue;
    v.heldWholeDouble = visits.some((w) => w.staff !== v.staff && w.provider === v.provider && w.client === v.client
      && before(w.orderKey, v.orderKey) && !w.heldOverlap && !w.heldNoOrder && sharesMinute(v, w));
  }
  return visits;
}
