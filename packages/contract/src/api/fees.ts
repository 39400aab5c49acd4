import { z } from 'zod';
import { calendarMonth, calendarYear } from '../calendar.ts';
import { clientFeeSchema, feeModelSchema } from '../scenario/schema.ts';

// Fee data, fee models and a month's fees: finance's endpoints.

export const feeDataBody = clientFeeSchema;
export const feeDataReply = z.object({
  client: z.string(),
  netIncomeOre: z.number().int(),
  housingSupplementOre: z.number().int(),
  housingCostOre: z.number().int(),
  household: z.enum(['single', 'cohabiting']),
  adjustmentsOre: z.number().int(),
});

// Whole kronor in öre: the minimibelopp is a sum of whole kronor, as the spec computes it.
const wholeKronorOre = z.number().int().min(0).max(100_000_000).multipleOf(100, 'expected whole kronor (a multiple of 100 öre)');

/** The municipality's own minimibelopp per month: used where higher than the national one. */
export const ownMinimibelopp = z.strictObject({ singleOre: wholeKronorOre, cohabitingOre: wholeKronorOre });

/**
 * The scenario's fee model plus the municipality's own minimibelopp settings, which the
 * scenario format does not carry (docs/fees.md): an own minimibelopp, and the age below which
 * the under-65 uplift applies (some municipalities use 61).
 */
export const feeModelBody = feeModelSchema.extend({
  ownMinimibelopp: ownMinimibelopp.nullable().default(null),
  upliftUnderAge: z.number().int().min(18).max(67).default(65),
});
export const feeModelReply = z.object({
  from: z.string(),
  basis: z.enum(['performed', 'granted']),
  tariff: z.unknown(),
  under65MinimibeloppPercent: z.number(),
  declinedAtDoorFeeOre: z.number().int(),
  ownMinimibelopp: z.object({ singleOre: z.number().int(), cohabitingOre: z.number().int() }).nullable(),
  upliftUnderAge: z.number().int(),
});
export const feeModelsReply = z.object({ feeModels: z.array(feeModelReply), prisbasbelopp: z.record(z.string(), z.number()) });

export const prisbasbeloppBody = z.strictObject({ kronor: z.number().int().min(30_000).max(200_000) });
export const yearParam = z.object({ year: calendarYear });

export const clientFee = z.object({
  client: z.string(),
  basisMinutes: z.number().int(),
  tariffOre: z.number().int(),
  maxtaxaOre: z.number().int(),
  minimibeloppOre: z.number().int().nullable(),
  capacityOre: z.number().int().nullable(),
  declinedAtDoorCount: z.number().int(),
  feeOre: z.number().int(),
  binding: z.enum(['tariff', 'maxtaxa', 'capacity']),
});
export const feesReply = z.object({ format: z.literal('hemma-fees/1'), municipality: z.string(), month: z.string(), fees: z.array(clientFee) });
export const feesQuery = z.object({
  format: z.enum(['json', 'csv', 'pdf']).default('json'),
  /** One client's fee alone (its fee decision), rather than the month's batch. */
  client: z.string().min(1).max(200).optional(),
});

export type FeeModelReply = z.infer<typeof feeModelReply>;

/** One client's fee of a month on the case officer's client page (read-only; R-15's engine). */
export const clientFeeParams = z.object({ client: z.string().min(1).max(200), month: calendarMonth });
export const clientFeeReply = z.object({
  client: z.string(),
  month: z.string(),
  /** null: no fee model in force, or no fee that month (then there is no fee decision either). */
  fee: z
    .object({
      feeOre: z.number().int(),
      basisMinutes: z.number().int(),
      /** What set the fee: the tariff, the maxtaxa, or the client's capacity to pay. */
      binding: z.enum(['tariff', 'maxtaxa', 'capacity']),
    })
    .nullable(),
});
export type ClientFeeReply = z.infer<typeof clientFeeReply>;
