// Seeded random `hemma-scenario/1` objects for the differential test. They stress what is easy
// to get wrong: DST nights, holidays and eves, band edges and midnight, orders starting and
// ending mid-month, several providers per client, double staffing, one staff member at two
// clients, corrections and voids (chains too), unpaired registrations, declined visits,
// effective-dated rules and rates, per_month areas, excess reviews and deviations.

import { Temporal } from 'temporal-polyfill';
import { SeededRandom as Random } from '../../random/seeded-random.ts';
import { bandIds, randomBands, randomRates, randomRules } from './random-setup.ts';
import { randomRegistrations } from './random-registrations.ts';

type Json = Record<string, unknown>;

/** Months worth testing: DST (Mar, Oct), Easter, midsummer, All Saints, Christmas, New Year. */
// Ids whose code-unit order differs from numeric and locale order (c10 < c2, C3 < b-7 < c1).
const PROVIDER_IDS = ['p1', 'p10', 'P2'];
const CLIENT_IDS = ['c1', 'c10', 'c2', 'C3', 'b-7'];

const ZONES = ['UTC', 'Europe/London', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Europe/Helsinki', 'America/Santiago', 'America/Havana', 'Asia/Tehran'];

const MONTHS = ['2017-03', '2017-04', '2017-06', '2017-10', '2017-11', '2016-12', '2017-01', '2018-03', '2019-04', '2020-10', '2021-06', '2024-02', '2019-02'];

export interface RandomCase {
  seed: number;
  scenario: Json;
  months: string[];
}

function shiftMonth(month: string, delta: number): string {
  const d = Temporal.PlainYearMonth.from(month).add({ months: delta });
  return d.toString();
}

function dayIn(r: Random, month: string): string {
  const ym = Temporal.PlainYearMonth.from(month);
  return ym.toPlainDate({ day: r.int(1, ym.daysInMonth) }).toString();
}

export function randomScenario(seed: number): RandomCase {
  const r = new Random(seed);
  const month = r.pick(MONTHS);
  const before = shiftMonth(month, -1);
  const months = [before, month];
  const dates = [`${before}-01`, dayIn(r, before), `${month}-01`, dayIn(r, month), dayIn(r, month), `${shiftMonth(month, -3)}-15`];

  const bands = randomBands(r);
  const municipality: Json = { id: 'rand', name: 'Slumpby kommun' };
  // Mostly Stockholm (default or spelled out); sometimes zones with other offsets, a half-hour
  // offset and a half-hour DST shift, so that nothing assumes +01:00/+02:00.
  const zone = r.chance(0.75) ? 'Europe/Stockholm' : r.pick(ZONES);
  if (zone !== 'Europe/Stockholm' || r.chance(0.5)) municipality.timezone = zone;
  municipality.model = r.chance(0.8) ? 'performed_time' : 'granted_time';
  if (bands !== undefined) municipality.bands = bands;
  // The default band is any per_hour band (declined and granted time are priced there).
  const perHour = bandIds(bands).filter((b) => b.price === 'per_hour');
  if (r.chance(0.3)) municipality.defaultBand = r.pick(perHour).id;
  else if (r.chance(0.5)) municipality.defaultBand = 'day';
  if (r.chance(0.5)) municipality.holidayEves = r.subset(['midsummer_eve', 'christmas_eve', 'new_years_eve'], 0.5);
  municipality.rules = randomRules(r, dates);
  municipality.rates = randomRates(r, bandIds(bands), dates);

  const providers = Array.from({ length: r.int(1, 3) }, (_, i) => ({
    id: PROVIDER_IDS[i] ?? `p${i + 1}`,
    name: `Utförare ${i + 1}`,
    orgNumber: '556677-8899',
    kind: r.pick(['municipal', 'private']),
  }));
  const staff: Json[] = [];
  // Now and then a larger municipality: the engine's indexes and sweeps see more at once.
  const large = r.chance(0.04);
  for (const p of providers) for (let i = 0, n = r.int(1, large ? 6 : 3); i < n; i++) staff.push({ id: `s${staff.length + 1}`, provider: p.id, name: `Personal ${staff.length + 1}` });
  const clients = Array.from({ length: large ? r.int(6, 20) : r.int(1, 5) }, (_, i) => ({ id: CLIENT_IDS[i] ?? `k${i + 1}`, personalNumber: '19400101-0018', name: `Brukare ${i + 1}`, district: 'd1' }));

  const orders: Json[] = [];
  for (const c of clients) {
    for (const p of providers) {
      if (!r.chance(0.6)) continue;
      // One or two non-overlapping orders of this client and provider.
      const from1 = r.chance(0.5) ? `${shiftMonth(month, -3)}-01` : dayIn(r, r.pick(months));
      const split = r.chance(0.3) ? dayIn(r, month) : undefined;
      const ends: (string | null)[] = [];
      if (split !== undefined && split > from1) {
        const end1 = Temporal.PlainDate.from(split).subtract({ days: r.int(1, 5) }).toString();
        if (end1 >= from1) ends.push(end1);
      }
      const makeOrder = (from: string, to: string | null) => {
        const hours: Json = {};
        for (const area of r.subset(['personal_care', 'service', 'meals', 'social', 'alarm', 'other'], 0.35)) {
          hours[area] = r.pick([0, 0.5, 1, 2.5, 4, 8, 10, 12.25, 20, 0.1, 0.3, 0.6, 0.7, 1 / 3, 2 / 3, 0.1234567]);
        }
        if (Object.keys(hours).length === 0) hours.personal_care = r.pick([2, 6, 10]);
        orders.push({ id: `o${orders.length + 1}`, client: c.id, provider: p.id, from, to, hoursPerMonth: hours, doubleStaffing: r.chance(0.25) });
      };
      if (ends.length > 0 && split !== undefined) {
        makeOrder(from1, ends[0] ?? null);
        makeOrder(split, r.chance(0.5) ? null : dayIn(r, shiftMonth(month, 1)));
      } else {
        const to = r.chance(0.6) ? null : dayIn(r, r.pick([month, shiftMonth(month, 1)]));
        makeOrder(from1, to !== null && to < from1 ? from1 : to);
      }
    }
  }

  const registrations = randomRegistrations(r, {
    month,
    before,
    zone,
    staff: staff.map((s) => ({ id: s.id as string, provider: s.provider as string })),
    clients: clients.map((c) => c.id),
    visits: large ? r.int(60, 200) : r.int(2, 40),
    ...(r.chance(0.25) ? { denseDays: [dayIn(r, month), dayIn(r, before), `${month}-01`].slice(0, r.int(1, 3)) } : {}),
    ordered: orders.map((o) => ({ client: o.client as string, provider: o.provider as string })),
  });

  const deviations: Json[] = [];
  for (let i = 0, n = r.int(0, 4); i < n; i++) {
    const d: Json = {
      id: `dv${i + 1}`,
      client: r.pick(clients).id,
      provider: r.pick(providers).id,
      month: r.pick(months),
      minutes: r.pick([-600, -240, -30, 45, 60, 120, -100000]),
      reason: r.pick(['hospital', 'declined', 'provider_missed', 'extra_need', 'other']),
      comment: 'slump',
    };
    if (r.chance(0.5)) d.category = r.pick(['care', 'service']);
    d.status = r.pick(['reported', 'approved', 'approved', 'rejected']);
    deviations.push(d);
  }

  const excessReviews: Json[] = [];
  for (let i = 0, n = r.int(0, 8); i < n; i++) {
    excessReviews.push({ client: r.pick(clients).id, provider: r.pick(providers).id, month: r.pick([before, before, before, month, shiftMonth(month, -2)]), decision: r.pick(['approved', 'approved', 'rejected']), reason: 'slump' });
  }

  const scenario: Json = {
    format: 'hemma-scenario/1',
    municipality,
    districts: [{ id: 'd1', name: 'Norra' }],
    providers,
    staff,
    clients,
    orders,
    registrations,
    deviations,
    excessReviews,
  };
  return { seed, scenario, months: r.chance(0.3) ? [month, shiftMonth(month, 1)] : months };
}
