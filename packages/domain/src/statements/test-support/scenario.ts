// Test support: turns a `hemma-scenario/1` file into CareData with the spec's defaults, the
// way the importer does, so the worked examples run through the engine without a database.
// It trusts its input (the fixtures are specification data); the real importer validates.

import type { Band, CareData, Registration } from '../../model/care-data.ts';

export const DEFAULT_BANDS: Band[] = [
  { id: 'day', from: '07:00', to: '22:00', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], price: 'per_hour', precedence: 1 },
  { id: 'night', from: '22:00', to: '07:00', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], price: 'per_visit', precedence: 1 },
];

type Json = Record<string, unknown>;

export function careDataFromScenario(scenario: Json): CareData {
  const m = scenario.municipality as Json;
  const bands = ((m.bands as Band[] | undefined) ?? DEFAULT_BANDS).map((b) => ({ ...b, precedence: b.precedence ?? 1 }));
  const seen = new Set<string>();
  const registrations = ((scenario.registrations as Registration[] | undefined) ?? []).filter((r) => {
    if (seen.has(r.id)) return false;
    seen.add(r.id);
    return true;
  });
  return {
    municipality: {
      id: m.id as string,
      name: m.name as string,
      timezone: (m.timezone as string | undefined) ?? 'Europe/Stockholm',
      model: m.model as CareData['municipality']['model'],
      bands,
      defaultBand: (m.defaultBand as string | undefined) ?? 'day',
      holidayEves: (m.holidayEves as CareData['municipality']['holidayEves'] | undefined) ?? ['midsummer_eve', 'christmas_eve', 'new_years_eve'],
      rules: (m.rules as CareData['municipality']['rules'] | undefined) ?? [],
      rates: (m.rates as CareData['municipality']['rates'] | undefined) ?? [],
      fees: (m.fees as CareData['municipality']['fees'] | undefined) ?? [],
      prisbasbelopp: (m.prisbasbelopp as Record<string, number> | undefined) ?? {},
    },
    districts: (scenario.districts as CareData['districts'] | undefined) ?? [],
    providers: (scenario.providers as CareData['providers'] | undefined) ?? [],
    staff: (scenario.staff as CareData['staff'] | undefined) ?? [],
    clients: (scenario.clients as CareData['clients'] | undefined) ?? [],
    orders: (scenario.orders as CareData['orders'] | undefined) ?? [],
    registrations,
    deviations: (scenario.deviations as CareData['deviations'] | undefined) ?? [],
    excessReviews: (scenario.excessReviews as CareData['excessReviews'] | undefined) ?? [],
  };
}
