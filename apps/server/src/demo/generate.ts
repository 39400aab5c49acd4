import type { ScenarioInput } from '@hemma/contract/scenario';
import { Temporal } from 'temporal-polyfill';
import { GIVEN_NAMES, LIFE_STORIES, STREETS, SURNAMES } from './names.ts';
import { orgNumber, personalNumber } from './people.ts';
import { SeededRandom as Random } from '@hemma/domain/random';
import { Rota } from './rota.ts';
import { demoShifts } from './shift-pattern.ts';

type Registration = NonNullable<ScenarioInput['registrations']>[number];
type Order = NonNullable<ScenarioInput['orders']>[number];

const TZ = 'Europe/Stockholm';
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

const PROVIDERS = [
  { id: 'hemtjanst-kommunen', name: 'Demoby kommuns hemtjänst', org: ['212000', '014'], kind: 'municipal', staff: 16, units: ['Centrum', 'Väster'] },
  { id: 'omsorgshuset', name: 'Omsorgshuset AB', org: ['556712', '345'], kind: 'private', staff: 10, units: ['Norr'] },
  { id: 'trygg-hemma', name: 'Trygg Hemma i Demoby AB', org: ['559034', '120'], kind: 'private', staff: 8, units: ['Öst'] },
  { id: 'vardnadsgruppen', name: 'Vårdnära Omsorg AB', org: ['556890', '777'], kind: 'private', staff: 6, units: ['Syd'] },
] as const;

const DISTRICTS = [
  { id: 'norr', name: 'Norra stadsdelen' },
  { id: 'centrum', name: 'Centrum' },
  { id: 'soder', name: 'Södra stadsdelen' },
];

export interface DemoOptions {
  /** The first of the two months with registrations, `YYYY-MM`. */
  firstMonth: string;
  clients?: number;
  seed?: number;
}

/** A realistic, deterministic demo municipality as a `hemma-scenario/1` document. */
export function generateDemo(options: DemoOptions): ScenarioInput {
  const rng = new Random(options.seed ?? 20161);
  const start = Temporal.PlainYearMonth.from(options.firstMonth).toPlainDate({ day: 1 });
  const end = start.add({ months: 2 });
  const orderStart = start.subtract({ months: 6 });

  const staff = PROVIDERS.flatMap((p) =>
    Array.from({ length: p.staff }, (_, i) => ({
      id: `${p.id}-s${i + 1}`,
      provider: p.id,
      name: `${rng.pick(GIVEN_NAMES)} ${rng.pick(SURNAMES)}`,
      unit: `${p.id}-${p.units[i % p.units.length]!.toLowerCase()}`,
    })),
  );
  const clientCount = options.clients ?? 150;
  const clients: NonNullable<ScenarioInput['clients']> = [];
  const orders: Order[] = [];
  const registrations: Registration[] = [];
  const rota = new Rota();

  for (let c = 0; c < clientCount; c++) {
    const provider = PROVIDERS[c % 10 < 4 ? 0 : c % 10 < 7 ? 1 : c % 10 < 9 ? 2 : 3];
    const team = staff.filter((s) => s.provider === provider.id);
    // Each client meets a small team; continuity is the point of the report.
    const own = Array.from({ length: rng.int(3, 6) }, () => rng.pick(team));
    const ownIds = own.map((s) => s.id);
    const teamIds = team.map((s) => s.id);
    const id = `k${String(c + 1).padStart(3, '0')}`;
    clients.push({
      id,
      personalNumber: personalNumber(rng, rng.int(1925, 1962)),
      name: `${rng.pick(GIVEN_NAMES)} ${rng.pick(SURNAMES)}`,
      district: DISTRICTS[c % 3]!.id,
      address: `${rng.pick(STREETS)} ${rng.int(1, 80)}`,
      coordinates: { lat: 59.3 + rng.next() * 0.08, lon: 18.0 + rng.next() * 0.14 },
      contactPerson: own[0]!.id,
      lifeStory: rng.pick(LIFE_STORIES),
      ...(rng.chance(0.8) && {
        fee: {
          netIncomeOre: rng.int(12_000, 32_000) * 100,
          housingSupplementOre: rng.chance(0.4) ? rng.int(1_000, 5_000) * 100 : 0,
          housingCostOre: rng.int(4_000, 9_000) * 100,
          household: rng.chance(0.7) ? ('single' as const) : ('cohabiting' as const),
          adjustmentsOre: 0,
        },
      }),
    });
    const alarmOnly = c % 15 === 14;
    const hours = alarmOnly ? 0 : rng.pick([4, 6, 8, 12, 16, 20, 30, 40, 60]);
    const hoursPerMonth: Order['hoursPerMonth'] = alarmOnly
      ? { alarm: 0 }
      : {
          personal_care: Math.round(hours * 0.7),
          service: Math.round(hours * 0.3),
          ...(rng.chance(0.3) && { meals: 2 }),
          ...(rng.chance(0.4) && { alarm: 0 }),
        };
    const doubleStaffing = !alarmOnly && rng.chance(0.05);
    orders.push({ id: `b${String(c + 1).padStart(3, '0')}`, client: id, provider: provider.id, from: orderStart.toString(), to: null, hoursPerMonth, doubleStaffing });
    if (alarmOnly) continue;

    // Visits: a usual length and a number per week that roughly uses the granted hours;
    // a few clients get more than granted, which becomes excess.
    const overuse = rng.chance(0.1) ? 1.25 : 0.9;
    const length = rng.pick([30, 45, 60]);
    const perWeek = Math.max(1, Math.round((hours * 60 * overuse * 12) / 52 / length));
    const visitDays = new Set(Array.from({ length: Math.min(perWeek, 14) }, (_, i) => DAYS[(i * 3) % 7]!));
    const nightCare = rng.chance(0.08);
    for (let day = start; Temporal.PlainDate.compare(day, end) < 0; day = day.add({ days: 1 })) {
      const weekday = DAYS[day.dayOfWeek - 1]!;
      const visitsToday = perWeek > 7 ? (visitDays.has(weekday) ? 2 : 1) : visitDays.has(weekday) ? 1 : 0;
      const date = day.toString();
      for (let v = 0; v < visitsToday; v++) {
        const wished = (v === 0 ? rng.int(7, 11) : rng.int(15, 19)) * 60 + rng.int(0, 50);
        const minutes = length + rng.int(-8, 8);
        const first = rota.assign(rng, [ownIds, teamIds], date, wished, minutes);
        if (first === undefined) continue;
        visit(rng, registrations, { client: id, staff: first.staff, day, minute: first.start, minutes });
        if (doubleStaffing) {
          // The second carer arrives a minute later and stays as long.
          const second = rota.assign(rng, [teamIds], date, first.start + 1, minutes, [first.staff]);
          if (second !== undefined) visit(rng, registrations, { client: id, staff: second.staff, day, minute: second.start, minutes });
        }
      }
      if (nightCare && rng.chance(0.5)) {
        const night = rota.assign(rng, [teamIds], date, 23 * 60, 15);
        if (night !== undefined) visit(rng, registrations, { client: id, staff: night.staff, day, minute: night.start, minutes: 15 });
      }
    }
  }

  const scenario: ScenarioInput = {
    format: 'hemma-scenario/1',
    municipality: {
      id: 'demoby',
      name: 'Demoby kommun',
      timezone: TZ,
      model: 'performed_time',
      rules: [{ from: '2016-01-01', capPercent: 110, declinedAtDoorPercent: { care: 0, service: 0 } }],
      rates: [
        { from: '2024-01-01', band: 'day', price: 'per_hour', providerKind: 'municipal', ore: 48_500 },
        { from: '2024-01-01', band: 'day', price: 'per_hour', providerKind: 'private', ore: 51_600 },
        { from: '2024-01-01', band: 'night', price: 'per_visit', providerKind: 'municipal', ore: 24_500 },
        { from: '2024-01-01', band: 'night', price: 'per_visit', providerKind: 'private', ore: 26_000 },
        { from: '2024-01-01', price: 'per_month', area: 'alarm', providerKind: 'municipal', ore: 18_500 },
        { from: '2024-01-01', price: 'per_month', area: 'alarm', providerKind: 'private', ore: 19_700 },
      ],
      fees: [
        { from: '2024-01-01', basis: 'performed', tariff: { kind: 'hourly', orePerHour: 35_000 }, under65MinimibeloppPercent: 110, declinedAtDoorFeeOre: 0 },
      ],
    },
    districts: DISTRICTS,
    providers: PROVIDERS.map((p) => ({
      id: p.id,
      name: p.name,
      orgNumber: orgNumber(p.org[0], p.org[1]),
      kind: p.kind,
      units: p.units.map((u) => ({ id: `${p.id}-${u.toLowerCase()}`, name: u })),
    })),
    staff,
    clients,
    orders,
    registrations,
    deviations: [],
    excessReviews: [],
  };
  // The working hours the staff's weekly pattern gives over the months with registrations.
  scenario.shifts = demoShifts(scenario, start.toString(), start.toString(), end.subtract({ days: 1 }).toString());
  return scenario;
}

interface VisitSpec {
  client: string;
  staff: string;
  day: Temporal.PlainDate;
  /** Minute of the day the carer arrives (the rota's). */
  minute: number;
  minutes: number;
}

/** One planned visit with the usual share of what goes wrong in a month of real registrations. */
function visit(rng: Random, out: Registration[], v: VisitSpec): void {
  const arrive = v.day.toPlainDateTime({ hour: Math.floor(v.minute / 60), minute: v.minute % 60 }).toZonedDateTime(TZ);
  const at = (t: Temporal.ZonedDateTime) => t.with({ second: rng.int(0, 59) }).toString({ timeZoneName: 'never' });
  const base = { client: v.client, staff: v.staff, method: 'nfc' as const };
  const roll = rng.next();
  if (roll < 0.02) {
    out.push({ id: rng.uuid(), kind: 'declined_at_door', ...base, at: at(arrive), plannedMinutes: v.minutes, category: 'care' });
    return;
  }
  if (roll < 0.03) {
    out.push({ id: rng.uuid(), kind: 'declined_in_advance', ...base, at: at(arrive.subtract({ hours: 20 })) });
    return;
  }
  const manual = rng.chance(0.03);
  out.push({ id: rng.uuid(), kind: 'arrive', ...base, at: at(arrive) });
  if (roll < 0.04) return; // forgot to register leaving: missing_leave
  out.push({
    id: rng.uuid(),
    kind: 'leave',
    ...base,
    at: at(arrive.add({ minutes: v.minutes })),
    ...(manual && { method: 'manual' as const, reason: 'Taggen satt inte på plats' }),
  });
}
