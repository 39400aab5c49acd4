import { z } from 'zod';
import { calendarDate, calendarMonth } from '../calendar.ts';
import { instantWithOffset } from '../instant.ts';
import { HOLIDAY_EVES, SERVICE_AREAS, VISIT_PURPOSES, WEEKDAYS } from '@hemma/domain';

// The `hemma-scenario/1` file (spec/scenario-v1.md). Objects are strict: a misspelt key would
// otherwise silently drop data a municipality meant to import.

const id = z.string().min(1, 'must not be empty').max(200);
const isoDate = calendarDate;
const month = calendarMonth;
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time HH:MM');
const instant = instantWithOffset('2016-12-05T08:00:00+01:00');
const ore = z.number().int('must be whole öre');
const nonNegativeOre = ore.nonnegative('must not be negative');
const category = z.enum(['care', 'service']);
const area = z.enum(SERVICE_AREAS);
const percent = z.number().min(0).max(1000);

// A plain record checked key by key, so an unknown area is named in the message and the path.
const hoursPerMonth = z
  .record(z.string(), z.number().nonnegative().max(744, 'more hours than a month has'))
  .superRefine((value, ctx) => {
    for (const key of Object.keys(value)) {
      if (!(SERVICE_AREAS as readonly string[]).includes(key)) {
        ctx.addIssue({ code: 'custom', path: [key], message: `unknown service area "${key}" (one of ${SERVICE_AREAS.join(', ')})` });
      }
    }
  })
  .transform((value) => value as Partial<Record<(typeof SERVICE_AREAS)[number], number>>);

export const bandSchema = z.strictObject({
  id,
  from: clock,
  to: clock,
  days: z.array(z.enum([...WEEKDAYS, 'holiday'])).min(1, 'a band needs at least one day'),
  price: z.enum(['per_hour', 'per_visit']),
  precedence: z.number().int().default(1),
});

export const DEFAULT_BANDS: z.output<typeof bandSchema>[] = [
  { id: 'day', from: '07:00', to: '22:00', days: [...WEEKDAYS], price: 'per_hour', precedence: 1 },
  { id: 'night', from: '22:00', to: '07:00', days: [...WEEKDAYS], price: 'per_visit', precedence: 1 },
];

export const ruleSchema = z.strictObject({
  from: isoDate,
  capPercent: percent.default(110),
  declinedAtDoorPercent: z
    .strictObject({ care: percent.default(0), service: percent.default(0) })
    .default({ care: 0, service: 0 }),
});

export const rateSchema = z.strictObject({
  from: isoDate,
  price: z.enum(['per_hour', 'per_visit', 'per_month']),
  ore: nonNegativeOre,
  band: id.optional(),
  category: category.optional(),
  providerKind: z.enum(['municipal', 'private']).optional(),
  area: area.optional(),
});

const tariffSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('hourly'), orePerHour: nonNegativeOre }),
  z.strictObject({
    kind: z.literal('levels'),
    levels: z
      .array(z.strictObject({ upToHours: z.number().positive().nullable(), ore: nonNegativeOre }))
      .min(1),
  }),
  z.strictObject({ kind: z.literal('fixed'), ore: nonNegativeOre }),
]);

export const feeModelSchema = z.strictObject({
  from: isoDate,
  basis: z.enum(['performed', 'granted']),
  tariff: tariffSchema,
  under65MinimibeloppPercent: percent.default(100),
  declinedAtDoorFeeOre: nonNegativeOre.default(0),
});

export const municipalitySchema = z.strictObject({
  id,
  name: z.string().min(1),
  timezone: z.string().default('Europe/Stockholm'),
  model: z.enum(['performed_time', 'granted_time']),
  bands: z.array(bandSchema).min(1).default(() => DEFAULT_BANDS.map((b) => ({ ...b, days: [...b.days] }))),
  defaultBand: id.default('day'),
  holidayEves: z.array(z.enum(HOLIDAY_EVES)).default(['midsummer_eve', 'christmas_eve', 'new_years_eve']),
  rules: z.array(ruleSchema).default([]),
  rates: z.array(rateSchema).default([]),
  fees: z.array(feeModelSchema).default([]),
  prisbasbelopp: z
    .record(z.string().regex(/^\d{4}$/, 'expected a year YYYY'), z.number().int().positive())
    .default({}),
});

const coordinates = z.strictObject({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});

export const clientFeeSchema = z.strictObject({
  netIncomeOre: ore,
  housingSupplementOre: nonNegativeOre.default(0),
  housingCostOre: nonNegativeOre,
  household: z.enum(['single', 'cohabiting']).default('single'),
  adjustmentsOre: ore.default(0),
});

// In a file, `household` may sit on the client instead: without one here, the client's applies
// (parse.ts), then `single`.
const scenarioClientFee = clientFeeSchema.extend({ household: z.enum(['single', 'cohabiting']).optional() });

export const scenarioSchema = z.strictObject({
  format: z.literal('hemma-scenario/1', { message: 'expected "hemma-scenario/1"' }),
  municipality: municipalitySchema,
  districts: z.array(z.strictObject({ id, name: z.string().min(1) })).default([]),
  providers: z
    .array(
      z.strictObject({
        id,
        name: z.string().min(1),
        orgNumber: z.string(),
        kind: z.enum(['municipal', 'private']),
        units: z.array(z.strictObject({ id, name: z.string().min(1) })).optional(),
      }),
    )
    .default([]),
  staff: z
    .array(
      z.strictObject({
        id,
        provider: id,
        name: z.string().min(1),
        unit: id.optional(),
      }),
    )
    .default([]),
  clients: z
    .array(
      z.strictObject({
        id,
        personalNumber: z.string(),
        name: z.string().min(1),
        district: id,
        address: z.string().optional(),
        coordinates: coordinates.optional(),
        contactPerson: id.optional(),
        lifeStory: z.string().optional(),
        fee: scenarioClientFee.optional(),
        // The spec's field notes list `household` among the client's fields; inside `fee` it wins.
        household: z.enum(['single', 'cohabiting']).optional(),
      }),
    )
    .default([]),
  orders: z
    .array(
      z.strictObject({
        id,
        client: id,
        provider: id,
        from: isoDate,
        to: isoDate.nullable().default(null),
        hoursPerMonth: hoursPerMonth,
        doubleStaffing: z.boolean().default(false),
      }),
    )
    .default([]),
  registrations: z
    .array(
      z.strictObject({
        // Any 8-4-4-4-12 hex id, as PostgreSQL's uuid type takes it: files from other systems
        // do not always carry RFC 9562 version and variant bits.
        id: z.guid({ message: 'expected a UUID' }),
        kind: z.enum(['arrive', 'leave', 'declined_at_door', 'declined_in_advance', 'void']),
        client: id,
        staff: id,
        at: instant,
        method: z.enum(['nfc', 'manual']),
        reason: z.string().min(1).optional(),
        corrects: z.guid({ message: 'expected the UUID of another registration' }).optional(),
        plannedMinutes: z.number().int().nonnegative().max(1440).optional(),
        category: category.optional(),
        // What an arrive was for where not an ordinary visit (spec/reports-v1.md).
        purpose: z.enum(VISIT_PURPOSES).optional(),
      }),
    )
    .default([]),
  deviations: z
    .array(
      z.strictObject({
        id,
        client: id,
        provider: id,
        month,
        minutes: z.number().int(),
        reason: z.enum(['hospital', 'declined', 'provider_missed', 'extra_need', 'other']),
        comment: z.string().default(''),
        category: category.optional(),
        status: z.enum(['reported', 'approved', 'rejected']),
      }),
    )
    .default([]),
  excessReviews: z
    .array(
      z.strictObject({
        client: id,
        provider: id,
        month,
        decision: z.enum(['approved', 'rejected']),
        reason: z.string().default(''),
      }),
    )
    .default([]),
  // Scheduled working time, for time at clients (spec/reports-v1.md).
  shifts: z
    .array(
      z
        .strictObject({ staff: id, from: instant, to: instant })
        .refine((sh) => Date.parse(sh.to) >= Date.parse(sh.from), { message: 'a shift cannot end before it starts', path: ['to'] }),
    )
    .default([]),
});

export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Scenario = z.output<typeof scenarioSchema>;
