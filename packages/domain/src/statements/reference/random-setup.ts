// Random municipality setup for the differential test: band sets (all covering every weekday
// minute without `holiday`-only bands, as the importer demands), rules and rates that change
// within the tested months and narrow on several fields.

import type { SeededRandom as Random } from '../../random/seeded-random.ts';

type Json = Record<string, unknown>;
const ALL = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'];

function band(id: string, from: string, to: string, days: string[], price: string, precedence?: number): Json {
  const b: Json = { id, from, to, days, price };
  if (precedence !== undefined) b.precedence = precedence;
  return b;
}

/** Band sets; `undefined` means "use the spec default" (key left out). */
export function randomBands(r: Random): Json[] | undefined {
  switch (r.int(0, 7)) {
    case 0:
      return undefined;
    case 1:
      return [band('day', '07:00', '22:00', ALL, 'per_hour'), band('night', '22:00', '07:00', ALL, 'per_visit'), band('holiday', '00:00', '00:00', ['holiday'], 'per_hour', r.pick([1, 2]))];
    case 2:
      return [
        band('day', '07:00', '19:00', ALL, 'per_hour'),
        band('evening', '19:00', '22:00', ALL, 'per_hour'),
        band('night', '22:00', '07:00', ALL, r.pick(['per_hour', 'per_visit']), 2),
        band('weekend', '19:00', '07:00', ['fri'], 'per_hour', 3),
        band('weekend_day', '07:00', '07:00', ['sat', 'sun'], 'per_hour', 3),
        band('holiday', '00:00', '00:00', ['holiday'], 'per_hour', r.pick([3, 4])),
      ];
    case 3:
      return [
        band('day', '06:30', '21:30', ALL, 'per_hour', 1),
        band('night', '21:30', '06:30', ALL, 'per_visit', 1),
        band('hday', '08:00', '20:00', ['holiday', 'sun'], 'per_hour', r.pick([1, 2])),
        band('hnight', '20:00', '08:00', ['holiday'], 'per_visit', 2),
      ];
    case 4:
      // Overlapping bands of equal precedence: the earlier listed wins.
      return [
        band('day', '00:00', '00:00', WEEKDAYS, 'per_hour'),
        band('weekend', '00:00', '00:00', ['sat', 'sun'], 'per_hour'),
        band('night', '23:00', '05:00', ALL, 'per_visit', r.pick([1, 2])),
        band('late', '20:00', '01:00', [...WEEKDAYS, 'holiday'], 'per_hour', 1),
      ];
    case 6:
      // Edges inside the DST gap (02:00–03:00 does not exist in spring) and the repeated hour.
      return [
        band('day', '07:00', '22:00', ALL, 'per_hour', 1),
        band('night', '22:00', '07:00', ALL, r.pick(['per_visit', 'per_hour']), 1),
        band('early', '02:30', '04:00', ['sun', 'holiday'], 'per_hour', 5),
        band('small', '01:15', '02:15', ['sun'], r.pick(['per_hour', 'per_visit']), 6),
        band('wrap', '02:45', '02:40', ['sat'], 'per_hour', r.pick([1, 3])),
      ];
    case 7:
      // Edges at midnight written both ways: a range "to 00:00" ends at the day's end.
      return [
        band('day', '07:00', '19:00', ALL, 'per_hour'),
        band('evening', '19:00', '00:00', ALL, 'per_hour'),
        band('night', '00:00', '07:00', ALL, r.pick(['per_visit', 'per_hour'])),
        band('holiday_morning', '00:00', '12:00', ['holiday'], 'per_hour', 2),
        band('eve_night', '23:00', '00:00', ['holiday', 'fri'], 'per_visit', 3),
      ];
    default:
      return [
        band('night', '22:00', '07:00', ALL, 'per_visit', 1),
        band('day', '07:00', '22:00', ALL, 'per_hour', 1),
        band('dst', '01:00', '04:00', ['sun'], 'per_hour', 5),
        band('eve', '12:00', '12:00', ['holiday'], 'per_hour', 2),
      ];
  }
}

export function bandIds(bands: Json[] | undefined): { id: string; price: string }[] {
  const list = bands ?? [band('day', '07:00', '22:00', ALL, 'per_hour'), band('night', '22:00', '07:00', ALL, 'per_visit')];
  return list.map((b) => ({ id: b.id as string, price: b.price as string }));
}

export function randomRules(r: Random, dates: string[]): Json[] {
  const rules: Json[] = [];
  const n = r.int(0, 3);
  for (let i = 0; i < n; i++) {
    const percent = () => r.pick([0, 0, 50, 75, 100, 33, 12.5, 100 / 3]);
    rules.push({ from: r.pick(dates), capPercent: r.pick([110, 110, 100, 120, 105.5, 50, 110 / 3]), declinedAtDoorPercent: { care: percent(), service: percent() } });
  }
  return rules;
}

/** Rates of 4, 5 and 6 digits: parts sort by rate as numbers, not as text. */
function randomOre(r: Random): number {
  return r.pick([r.int(10, 99), r.int(100, 900), r.int(1000, 2000)]) * 100;
}

export function randomRates(r: Random, bands: { id: string; price: string }[], dates: string[]): Json[] {
  const rates: Json[] = [];
  const early = dates[0] ?? '2016-01-01';
  for (const b of bands) {
    // Usually a base entry from before the tested range; sometimes none (missing_rate).
    if (r.chance(0.9)) rates.push({ from: early, band: b.id, price: b.price, ore: randomOre(r) + r.pick([0, 0, 1, 33, 50]) });
    // An entry of the other price for this band: it must never price this band's items.
    if (r.chance(0.1)) rates.push({ from: early, band: b.id, price: b.price === 'per_hour' ? 'per_visit' : 'per_hour', ore: randomOre(r) });
    const extra = r.int(0, 3);
    for (let i = 0; i < extra; i++) {
      const entry: Json = { from: r.pick(dates) };
      if (r.chance(0.8)) entry.band = b.id;
      entry.price = b.price;
      if (r.chance(0.4)) entry.category = r.pick(['care', 'service']);
      if (r.chance(0.4)) entry.providerKind = r.pick(['municipal', 'private']);
      if (r.chance(0.05)) entry.area = 'alarm'; // never matches a visit
      entry.ore = randomOre(r) + r.pick([0, 7, 50]);
      rates.push(entry);
    }
  }
  for (const area of ['alarm', 'meals', 'personal_care']) {
    const n = r.int(0, 2);
    for (let i = 0; i < n; i++) {
      const entry: Json = { from: i === 0 ? early : r.pick(dates), price: 'per_month', area };
      if (r.chance(0.3)) entry.providerKind = r.pick(['municipal', 'private']);
      if (r.chance(0.05)) entry.category = 'care'; // a per_month item has no category: never matches
      entry.ore = r.int(50, 300) * 100 + r.pick([0, 1, 99]);
      rates.push(entry);
    }
  }
  if (r.chance(0.2)) rates.push({ from: early, price: 'per_month', ore: 10000 }); // any area
  return r.chance(0.5) ? rates : rates.reverse();
}
