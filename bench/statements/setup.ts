// The municipality's settings (Stockholm's 2024 rates, DOMAIN.md §5) and registers, written
// before the month's registrations.
import type { Session } from '../../apps/server/src/db/connect.ts';
import type { MonthOrders } from './orders.ts';
import type { Prng } from './prng.ts';
import type { Registry } from './registry.ts';
import { insertColumns } from './writer.ts';

export const MUNICIPALITY = 'bench-stockholm';

const ALL_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'holiday'];

/** [from, price, band or area, municipal öre, private öre]. */
const RATES: [string, 'per_hour' | 'per_visit' | 'per_month', string, number, number][] = [
  ['2023-01-01', 'per_hour', 'day', 47_200, 50_200],
  ['2023-01-01', 'per_visit', 'night', 23_800, 25_300],
  ['2023-01-01', 'per_month', 'alarm', 18_000, 19_200],
  ['2024-01-01', 'per_hour', 'day', 48_500, 51_600],
  ['2024-01-01', 'per_visit', 'night', 24_500, 26_000],
  ['2024-01-01', 'per_month', 'alarm', 18_500, 19_700],
];

async function writeSettings(s: Session): Promise<void> {
  await s.query(
    `insert into municipalities (municipality_id, name, timezone, payment_model, default_band) values ($1, $2, 'Europe/Stockholm', 'performed_time', 'day')`,
    [MUNICIPALITY, 'Stockholm (benchmark)'],
  );
  await s.query(
    `insert into bands (municipality_id, band_id, position, from_time, to_time, days, price, precedence) values
       ($1, 'day', 0, '07:00', '22:00', $2, 'per_hour', 1), ($1, 'night', 1, '22:00', '07:00', $2, 'per_visit', 1)`,
    [MUNICIPALITY, ALL_DAYS],
  );
  // Declined at the door paid at 50 % (care) and 75 % (service), as in Solna: Stockholm's 0 %
  // since 2017 would drop those items before they cost the engine anything.
  await s.query(
    `insert into rules (municipality_id, position, valid_from, cap_percent, declined_care_percent, declined_service_percent)
     values ($1, 0, '2016-01-01', 110, 100, 100), ($1, 1, '2017-01-01', 110, 50, 75)`,
    [MUNICIPALITY],
  );
  const rates = RATES.flatMap(([from, price, key, municipal, priv]) => [
    { from, price, key, kind: 'municipal', ore: municipal },
    { from, price, key, kind: 'private', ore: priv },
  ]);
  await insertColumns(s, 'rates', [
    ['municipality_id', 'text', rates.map(() => MUNICIPALITY)],
    ['position', 'int', rates.map((_, i) => i)],
    ['valid_from', 'date', rates.map((r) => r.from)],
    ['price', 'text', rates.map((r) => r.price)],
    ['ore', 'bigint', rates.map((r) => r.ore)],
    ['band_id', 'text', rates.map((r) => (r.price === 'per_month' ? null : r.key))],
    ['provider_kind', 'text', rates.map((r) => r.kind)],
    ['area', 'text', rates.map((r) => (r.price === 'per_month' ? r.key : null))],
  ]);
  await s.query(
    `insert into fee_models (municipality_id, position, valid_from, basis, tariff) values ($1, 0, '2024-01-01', 'performed', $2::jsonb)`,
    [MUNICIPALITY, JSON.stringify({ kind: 'hourly', orePerHour: 36_000 })],
  );
}

export async function writeRegisters(s: Session, rng: Prng, registry: Registry, monthOrders: MonthOrders, month: string): Promise<void> {
  const mid = (n: number): string[] => new Array<string>(n).fill(MUNICIPALITY);
  await writeSettings(s);
  const { districts, providers, clients } = registry;
  await insertColumns(s, 'districts', [
    ['municipality_id', 'text', mid(districts.length)],
    ['district_id', 'text', districts],
    ['name', 'text', districts.map((d) => `Stadsdel ${d.slice(1)}`)],
  ]);
  await insertColumns(s, 'providers', [
    ['municipality_id', 'text', mid(providers.length)],
    ['provider_id', 'text', providers.map((p) => p.id)],
    ['name', 'text', providers.map((p) => p.name)],
    ['org_number', 'text', providers.map((p) => p.orgNumber)],
    ['kind', 'text', providers.map((p) => p.kind)],
  ]);
  const staff = [...registry.staff].flatMap(([provider, ids]) => ids.map((id) => ({ id, provider })));
  await insertColumns(s, 'staff', [
    ['municipality_id', 'text', mid(staff.length)],
    ['staff_id', 'text', staff.map((x) => x.id)],
    ['provider_id', 'text', staff.map((x) => x.provider)],
    ['name', 'text', staff.map((x) => `Personal ${x.id.slice(1)}`)],
  ]);
  await insertColumns(s, 'clients', [
    ['municipality_id', 'text', mid(clients.length)],
    ['client_id', 'text', clients.map((c) => c.id)],
    ['personal_number', 'text', clients.map((c) => c.personalNumber)],
    ['name', 'text', clients.map((c) => c.name)],
    ['district_id', 'text', clients.map((c) => c.district)],
    ['contact_person_staff_id', 'text', clients.map((c) => c.regulars[0] ?? null)],
  ]);
  const payers = clients.filter(() => rng.chance(0.9));
  await insertColumns(s, 'client_fee_data', [
    ['municipality_id', 'text', mid(payers.length)],
    ['client_id', 'text', payers.map((c) => c.id)],
    ['net_income_ore', 'bigint', payers.map(() => rng.int(1_200_000, 3_500_000))],
    ['housing_supplement_ore', 'bigint', payers.map(() => (rng.chance(0.3) ? rng.int(100_000, 500_000) : 0))],
    ['housing_cost_ore', 'bigint', payers.map(() => rng.int(400_000, 1_100_000))],
    ['household', 'text', payers.map(() => (rng.chance(0.25) ? 'cohabiting' : 'single'))],
  ]);
  await writeOrders(s, monthOrders);
  await writeReviewsAndDeviations(s, rng, registry, month);
}

async function writeOrders(s: Session, { orders }: MonthOrders): Promise<void> {
  await insertColumns(s, 'orders', [
    ['municipality_id', 'text', orders.map(() => MUNICIPALITY)],
    ['order_id', 'text', orders.map((o) => o.id)],
    ['client_id', 'text', orders.map((o) => o.client)],
    ['provider_id', 'text', orders.map((o) => o.provider)],
    ['valid_from', 'date', orders.map((o) => o.from)],
    ['valid_to', 'date', orders.map((o) => o.to)],
    ['double_staffing', 'boolean', orders.map((o) => o.doubleStaffing)],
  ]);
  const areas = orders.flatMap((o) => o.areas.map(([area, hours], position) => ({ order: o.id, area, hours, position })));
  await insertColumns(s, 'order_areas', [
    ['municipality_id', 'text', areas.map(() => MUNICIPALITY)],
    ['order_id', 'text', areas.map((a) => a.order)],
    ['area', 'text', areas.map((a) => a.area)],
    ['position', 'int', areas.map((a) => a.position)],
    ['hours_per_month', 'numeric', areas.map((a) => a.hours)],
  ]);
}

/** Reviews of the month's excess for clients planned over the cap; deviations as providers report them. */
async function writeReviewsAndDeviations(s: Session, rng: Prng, registry: Registry, month: string): Promise<void> {
  const over = registry.clients.filter((c) => c.performedShare > 1.1 && rng.chance(0.5));
  await insertColumns(s, 'excess_reviews', [
    ['municipality_id', 'text', over.map(() => MUNICIPALITY)],
    ['client_id', 'text', over.map((c) => c.id)],
    ['provider_id', 'text', over.map((c) => c.provider)],
    ['month', 'text', over.map(() => month)],
    ['ordinal', 'int', over.map(() => 0)],
    ['decision', 'text', over.map(() => (rng.chance(0.7) ? 'approved' : 'rejected'))],
  ]);
  const reporting = registry.clients.filter(() => rng.chance(0.01));
  const status = ['reported', 'approved', 'rejected'] as const;
  await insertColumns(s, 'deviations', [
    ['municipality_id', 'text', reporting.map(() => MUNICIPALITY)],
    ['deviation_id', 'text', reporting.map((c) => `dev-${c.id}`)],
    ['client_id', 'text', reporting.map((c) => c.id)],
    ['provider_id', 'text', reporting.map((c) => c.provider)],
    ['month', 'text', reporting.map(() => month)],
    ['minutes', 'int', reporting.map(() => -rng.int(60, 600))],
    ['reason', 'text', reporting.map(() => 'hospital')],
    ['status', 'text', reporting.map(() => rng.pick(status))],
  ]);
}
