import type { ScenarioInput } from '@hemma/contract/scenario';
import { Temporal } from 'temporal-polyfill';
import { GIVEN_NAMES, LIFE_STORIES, STREETS, SURNAMES } from './names.ts';
import { orgNumber, personalNumber } from './people.ts';
import { SeededRandom as Random } from '@hemma/domain/random';
import { Rota } from './rota.ts';
import { demoDays, demoShifts } from './shift-pattern.ts';
import { visitsOfDay, type Care } from './visits.ts';

type Registration = NonNullable<ScenarioInput['registrations']>[number];
type Order = NonNullable<ScenarioInput['orders']>[number];

const TZ = 'Europe/Stockholm';

const PROVIDERS = [
  { id: 'hemtjanst-kommunen', name: 'Demoby kommuns hemtjänst', org: ['212000', '014'], kind: 'municipal', staff: 17, units: ['Centrum', 'Väster'] },
  { id: 'omsorgshuset', name: 'Omsorgshuset AB', org: ['556712', '345'], kind: 'private', staff: 12, units: ['Norr'] },
  { id: 'trygg-hemma', name: 'Trygg Hemma i Demoby AB', org: ['559034', '120'], kind: 'private', staff: 7, units: ['Öst'] },
  { id: 'vardnadsgruppen', name: 'Vårdnära Omsorg AB', org: ['556890', '777'], kind: 'private', staff: 4, units: ['Syd'] },
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
  const cares: Care[] = [];

  for (let c = 0; c < clientCount; c++) {
    const provider = PROVIDERS[c % 10 < 4 ? 0 : c % 10 < 7 ? 1 : c % 10 < 9 ? 2 : 3];
    const team = staff.filter((s) => s.provider === provider.id);
    const contact = rng.pick(team).id;
    const id = `k${String(c + 1).padStart(3, '0')}`;
    clients.push({
      id,
      personalNumber: personalNumber(rng, rng.int(1925, 1962)),
      name: `${rng.pick(GIVEN_NAMES)} ${rng.pick(SURNAMES)}`,
      district: DISTRICTS[c % 3]!.id,
      address: `${rng.pick(STREETS)} ${rng.int(1, 80)}`,
      coordinates: { lat: 59.3 + rng.next() * 0.08, lon: 18.0 + rng.next() * 0.14 },
      contactPerson: contact,
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
    // The client's own carers: the contact person, then whoever comes when none of them can.
    cares.push({ client: id, team: team.map((s) => s.id), own: [contact], length, perWeek, doubleStaffing, nightCare: rng.chance(0.08), firstDay: rng.int(0, 6) });
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
  // The working hours the staff's weekly pattern gives over the months with registrations; the
  // rota gives each visit to someone on shift.
  const [first, last] = [start.toString(), end.subtract({ days: 1 }).toString()];
  scenario.shifts = demoShifts(scenario, first, first, last);
  const rota = new Rota(demoDays(scenario, first, first, last));
  for (let day = start; Temporal.PlainDate.compare(day, end) < 0; day = day.add({ days: 1 })) visitsOfDay(rng, rota, cares, day, registrations);
  return scenario;
}
