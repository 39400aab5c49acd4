// Reference implementation: reads a `hemma-scenario/1` object with the spec's defaults
// ("Field notes", "Defaults"). Written apart from the engine's test support on purpose: the
// differential test then also checks that conversion.

import type { Band, Category, CareData, Registration } from '../../model/care-data.ts';

type Json = Record<string, unknown>;

const EVERY_DAY = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export const SPEC_DEFAULT_BANDS: Band[] = [
  { id: 'day', from: '07:00', to: '22:00', days: [...EVERY_DAY], price: 'per_hour', precedence: 1 },
  { id: 'night', from: '22:00', to: '07:00', days: [...EVERY_DAY], price: 'per_visit', precedence: 1 },
];

export type RefScenario = CareData;

function list<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

export function readScenario(scenario: Json): RefScenario {
  const m = scenario.municipality as Json;
  const bands = (m.bands === undefined ? SPEC_DEFAULT_BANDS : list<Band>(m.bands)).map((b) => ({
    ...b,
    precedence: b.precedence ?? 1,
  }));
  // one id twice with equal content is one registration (the importer refuses unequal ones).
  const ids = new Set<string>();
  const registrations: Registration[] = [];
  for (const r of list<Registration>(scenario.registrations)) {
    if (ids.has(r.id)) continue;
    ids.add(r.id);
    registrations.push(r);
  }
  return {
    municipality: {
      id: m.id as string,
      name: m.name as string,
      timezone: (m.timezone as string | undefined) ?? 'Europe/Stockholm',
      model: m.model as RefScenario['municipality']['model'],
      bands,
      defaultBand: (m.defaultBand as string | undefined) ?? 'day',
      holidayEves: (m.holidayEves as RefScenario['municipality']['holidayEves'] | undefined) ?? [
        'midsummer_eve',
        'christmas_eve',
        'new_years_eve',
      ],
      rules: list(m.rules),
      rates: list(m.rates),
      fees: [],
      prisbasbelopp: {},
    },
    districts: list(scenario.districts),
    providers: list(scenario.providers),
    staff: list(scenario.staff),
    clients: list(scenario.clients),
    orders: list(scenario.orders),
    registrations,
    deviations: list(scenario.deviations),
    excessReviews: list(scenario.excessReviews),
  };
}

export function categoryOf(r: { category?: Category | undefined }): Category {
  return r.category ?? 'care';
}
