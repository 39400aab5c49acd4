// Seeded random scenarios that stress the fee rules: dated fee entries switching basis
// and tariff, level edges at exactly upToHours × 60, the 2016 maxtaxa change, prisbasbelopp
// overrides and missing years, clients with and without fee data, the 65 boundary, and
// visits/orders shaped to hit every hold that decides which minutes count.

import { addRegistrations } from './random-registrations.ts';
import { personalNumberFor, randomBirthDate } from './random-people.ts';
import { isoDate, pad, Rng } from './random.ts';
import type { JsonFeeEntry, JsonOrder, JsonScenario, JsonTariff } from './scenario-json.ts';

export interface RandomFeeCase {
  scenario: JsonScenario;
  /** The months to compute: the month under test and its neighbours. */
  months: string[];
}

function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return isoDate(y, m + by, 1).slice(0, 7);
}

function randomMonth(rng: Rng): string {
  const r = rng.next();
  if (r < 0.1) return rng.pick(['2016-06', '2016-07', '2015-12', '2027-01']);
  // The 2022 minimibelopp raises on 1 January and 1 August, with their neighbours.
  if (r < 0.2) return rng.pick(['2022-01', '2022-07', '2022-08']);
  const y = rng.int(2016, 2026);
  return `${y}-${pad(rng.chance(0.4) ? rng.pick([1, 3, 10, 12]) : rng.int(1, 12))}`;
}

/** Tariff amounts: whole kronor mostly, odd öre now and then (the import allows any öre). */
function amount(rng: Rng): number {
  return rng.chance(0.1) ? rng.int(0, 300_000) : rng.int(0, 3000) * 100;
}

function tariff(rng: Rng): JsonTariff {
  const r = rng.next();
  if (r < 0.4) return { kind: 'hourly', orePerHour: rng.chance(0.5) ? rng.int(100, 400) * 100 : rng.int(1, 40000) };
  if (r < 0.55) return { kind: 'fixed', ore: amount(rng) };
  const levels: { upToHours: number | null; ore: number }[] = [];
  let hours = 0;
  for (let i = rng.int(0, 3); i > 0; i--) {
    // Seven decimals too (1/3 h): the import takes any decimals, so the engine must as well.
    hours += rng.pick([0.5, 1, 1.5, 2, 4, 0.25, 0.1, 0.3333333]);
    levels.push({ upToHours: Math.round(hours * 1e7) / 1e7, ore: amount(rng) });
  }
  // Levels out of order now and then: the first level that fits wins, not the smallest.
  if (rng.chance(0.15)) levels.reverse();
  levels.push({ upToHours: null, ore: amount(rng) });
  return { kind: 'levels', levels };
}

function feeEntries(rng: Rng, month: string): JsonFeeEntry[] {
  const entries: JsonFeeEntry[] = [];
  for (let i = rng.int(1, 3); i > 0; i--) {
    const m = shiftMonth(month, rng.int(-2, 1));
    const entry: JsonFeeEntry = {
      from: `${m}-${rng.chance(0.7) ? '01' : pad(rng.int(2, 28))}`,
      basis: rng.pick(['performed', 'granted'] as const),
      tariff: tariff(rng),
    };
    if (rng.chance(0.8)) entry.under65MinimibeloppPercent = rng.pick([100, 110, 110, 115, 112.5, 90, 0, 110.0000001, 112.4999999]);
    if (rng.chance(0.8)) entry.declinedAtDoorFeeOre = rng.pick([0, 15000, rng.int(0, 50000)]);
    // The municipality's own settings: a higher minimibelopp (near the national amounts, so it
    // binds now and then) and its own age limit for the uplift.
    if (rng.chance(0.25)) entry.ownMinimibelopp = { singleOre: rng.int(5000, 7500) * 100, cohabitingOre: rng.int(4000, 6000) * 100 };
    if (rng.chance(0.25)) entry.upliftUnderAge = rng.pick([61, 62, 65, 67]);
    entries.push(entry);
  }
  // Two entries with the same `from`: the one listed last is in force (as for rates).
  const first = entries[0];
  if (first && rng.chance(0.1)) entries.push({ ...first, tariff: tariff(rng), basis: rng.pick(['performed', 'granted'] as const) });
  return entries;
}

function orders(rng: Rng, month: string, clients: string[], providers: string[]): JsonOrder[] {
  const out: JsonOrder[] = [];
  const [y, m] = month.split('-').map(Number) as [number, number];
  for (const client of clients) {
    for (const provider of providers) {
      if (!rng.chance(0.6)) continue;
      // One or two orders of this pair, one after the other (they must not overlap).
      let from = rng.chance(0.6) ? isoDate(y, m - rng.int(1, 3), rng.int(1, 28)) : isoDate(y, m, rng.int(0, 31));
      for (let i = rng.int(1, 2); i > 0; i--) {
        const to = rng.chance(0.5) ? null : isoDate(y, m, rng.int(0, 40));
        const hours: Record<string, number> = {};
        for (const area of ['personal_care', 'service', 'alarm', 'meals']) {
          if (rng.chance(0.45)) hours[area] = rng.pick([0, rng.int(1, 40), rng.int(1, 4000) / 100, rng.int(1, 80) / 4, rng.int(1, 30) / 3]);
        }
        // The import refuses an order without any service area.
        if (Object.keys(hours).length === 0) hours.personal_care = rng.int(0, 30);
        out.push({ id: `o${out.length + 1}`, client, provider, from, to: to !== null && to < from ? from : to, hoursPerMonth: hours, doubleStaffing: rng.chance(0.3) });
        const end = out[out.length - 1]?.to;
        if (end === null || end === undefined) break;
        from = isoDate(Number(end.slice(0, 4)), Number(end.slice(5, 7)), Number(end.slice(8)) + rng.int(1, 5));
      }
    }
  }
  return out;
}

export function randomFeeScenario(seed: number): RandomFeeCase {
  const rng = new Rng(seed);
  const month = randomMonth(rng);
  const providers = Array.from({ length: rng.int(1, 3) }, (_, i) => ({ id: `p${i + 1}`, name: `P${i + 1}`, orgNumber: '212000-0985', kind: rng.pick(['municipal', 'private'] as const) }));
  // Now and then a bigger scenario, where many visits of one client and staff interact.
  const big = rng.chance(0.1);
  const staff = Array.from({ length: big ? rng.int(6, 12) : rng.int(2, 6) }, (_, i) => ({ id: `s${i + 1}`, provider: rng.pick(providers).id, name: `S${i + 1}` }));
  // Ids that sort differently by code unit than by locale: `c10` < `c2`, `C3` < `c1`, `å1` last.
  const clientIds = Array.from({ length: big ? rng.int(8, 20) : rng.int(1, 7) }, (_, i) => `${rng.pick(['c', 'c', 'c', 'C', 'å'])}${rng.chance(0.2) ? i + 10 : i + 1}`);
  const clients = [...new Set(clientIds)].map((id) => {
    const client: JsonScenario['clients'][number] = { id, personalNumber: personalNumberFor(rng, randomBirthDate(rng, month)), name: id, district: 'd1' };
    if (rng.chance(0.75)) {
      const kr = (lo: number, hi: number): number => rng.int(lo, hi) * (rng.chance(0.8) ? 100 : 1);
      client.fee = { netIncomeOre: kr(5000, 30000), housingCostOre: kr(2000, 15000) };
      if (rng.chance(0.6)) client.fee.housingSupplementOre = kr(0, 5000);
      if (rng.chance(0.7)) client.fee.household = rng.pick(['single', 'cohabiting'] as const);
      if (rng.chance(0.4)) client.fee.adjustmentsOre = kr(-3000, 3000);
    }
    return client;
  });
  const fees = feeEntries(rng, month);
  const prisbasbelopp: Record<string, number> = {};
  if (rng.chance(0.25)) prisbasbelopp[month.slice(0, 4)] = rng.int(40000, 65000);
  if (rng.chance(0.1)) prisbasbelopp['2027'] = 60000;
  const eves = rng.chance(0.8) ? undefined : rng.pick([[], ['christmas_eve']]);
  const scenario: JsonScenario = {
    format: 'hemma-scenario/1',
    municipality: {
      id: 'difftown', name: 'Difftown', model: rng.chance(0.9) ? 'performed_time' : 'granted_time',
      ...(rng.chance(0.15) ? { timezone: rng.pick(['UTC', 'Europe/Helsinki', 'America/New_York', 'Asia/Kolkata']) } : {}),
      ...(rng.chance(0.15) ? { bands: holidayBands() } : {}),
      ...(eves ? { holidayEves: eves } : {}),
      fees,
      // Rates and a cap make excess and priced minutes, which count for fees like any other;
      // without rates every visit is unpriced (missing_rate), which counts too.
      ...(rng.chance(0.8) ? { rates: rates(rng, month) } : {}),
      ...(rng.chance(0.7) ? { rules: [{ from: '2015-01-01', capPercent: rng.pick([0, 50, 110, 200]), declinedAtDoorPercent: { care: 100, service: 50 } }] } : {}),
      ...(Object.keys(prisbasbelopp).length > 0 ? { prisbasbelopp } : {}),
    },
    districts: [{ id: 'd1', name: 'D1' }],
    providers, staff, clients,
    orders: orders(rng, month, clients.map((c) => c.id), providers.map((p) => p.id)),
    registrations: [], deviations: [], excessReviews: [],
  };
  const ordered = new Map<string, string[]>();
  for (const o of scenario.orders) ordered.set(o.client, [...(ordered.get(o.client) ?? []), o.provider]);
  addRegistrations({ rng, month, clients: clients.map((c) => c.id), staff, ordered, hotSpots: [], visits: big ? rng.int(100, 250) : rng.int(4, 30), regs: scenario.registrations });
  return { scenario, months: [shiftMonth(month, -1), month, shiftMonth(month, 1)] };
}

function rates(rng: Rng, month: string): unknown[] {
  const from = rng.chance(0.8) ? '2015-01-01' : `${month}-${pad(rng.int(2, 28))}`;
  return [
    { from, band: 'day', price: 'per_hour', ore: 45000 },
    ...(rng.chance(0.8) ? [{ from, band: 'night', price: 'per_visit', ore: 22000 }] : []),
    { from, price: 'per_month', area: 'alarm', ore: 15000 },
  ];
}

/** Holidays are per-visit all day, Friday and Saturday from 21:00, Sunday noon to Monday noon. */
function holidayBands(): NonNullable<JsonScenario['municipality']['bands']> {
  const all = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  return [
    { id: 'day', from: '07:00', to: '22:00', days: all, price: 'per_hour', precedence: 1 },
    { id: 'night', from: '22:00', to: '07:00', days: all, price: 'per_visit', precedence: 1 },
    { id: 'holiday', from: '00:00', to: '00:00', days: ['holiday'], price: 'per_visit', precedence: 2 },
    { id: 'evening', from: '21:00', to: '22:00', days: ['fri', 'sat'], price: 'per_visit', precedence: 2 },
    { id: 'sunday', from: '12:00', to: '12:00', days: ['sun'], price: 'per_visit', precedence: 3 },
  ];
}
