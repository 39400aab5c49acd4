import { z } from 'zod';
import { HOLIDAY_EVES } from '@hemma/domain';
import { LATEST_PAYMENT_DAY } from '@hemma/domain/time';

// The municipality's own settings (spec/scenario-v1.md "The file"): name, time zone, payment
// model, the default band, which eves count as holidays, and the payment day (the day of the next
// month a month is paid on, moved back to the banking day before; not in the scenario format). The id is the tenant key and never
// changes; bands, rules and rates have their own endpoints (settings.ts).

export const paymentModel = z.enum(['performed_time', 'granted_time']);

export const municipalityReply = z.object({
  id: z.string(),
  name: z.string(),
  timezone: z.string(),
  model: paymentModel,
  defaultBand: z.string(),
  holidayEves: z.array(z.string()),
  paymentDay: z.number().int(),
});

/** Only the fields sent change. Strict, so a misspelt field is refused rather than ignored. */
export const municipalityPatchBody = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  timezone: z.string().min(1).max(100).optional(),
  model: paymentModel.optional(),
  defaultBand: z.string().min(1).max(200).optional(),
  holidayEves: z.array(z.enum(HOLIDAY_EVES)).max(HOLIDAY_EVES.length).optional(),
  paymentDay: z.number().int().min(1).max(LATEST_PAYMENT_DAY).optional(),
});

export type MunicipalityReply = z.infer<typeof municipalityReply>;
export type MunicipalityPatchBody = z.infer<typeof municipalityPatchBody>;
