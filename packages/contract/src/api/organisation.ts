import { z } from 'zod';

// The municipality's organisation: districts (beställarenheter), the LOV register of providers
// (utförare) with their units, and the providers' staff.

/**
 * A new id: letters, digits, dot, dash, underscore. Ids travel in URLs, so they are kept to
 * characters that need no escaping; ids imported from a scenario may be freer and are still
 * accepted in paths (`pathId`).
 */
export const newId = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/,
    'expected 1–64 characters: letters, digits, dot, dash, underscore',
  );
const pathId = z.string().min(1).max(200);
const name = z.string().trim().min(1, 'must not be empty').max(200);
export const providerKind = z.enum(['municipal', 'private']);

export const districtParams = z.object({ district: pathId });
export const districtBody = z.strictObject({ id: newId, name });
export const districtPatchBody = z.strictObject({ name });
export const district = z.object({ id: z.string(), name: z.string() });
export const districtListReply = z.object({ districts: z.array(district) });

export const providerParams = z.object({ provider: pathId });
export const providerBody = z.strictObject({
  id: newId,
  name,
  /** NNNNNN-NNNN (the hyphen may be left out); the Luhn check digit is verified. */
  orgNumber: z.string().max(20),
  kind: providerKind,
});
export const providerPatchBody = z.strictObject({
  name: name.optional(),
  orgNumber: z.string().max(20).optional(),
  kind: providerKind.optional(),
});
export const provider = z.object({
  id: z.string(),
  name: z.string(),
  orgNumber: z.string(),
  kind: providerKind,
});
export const providerListReply = z.object({ providers: z.array(provider) });

export const unitParams = z.object({ provider: pathId, unit: pathId });
export const unitBody = z.strictObject({ id: newId, name });
export const unitPatchBody = z.strictObject({ name });
export const unit = z.object({ id: z.string(), provider: z.string(), name: z.string() });
export const unitListReply = z.object({ units: z.array(unit) });

export const staffParams = z.object({ staff: pathId });
export const staffListQuery = z.object({ provider: pathId.optional(), unit: pathId.optional() });
/** `provider` may be left out by a provider manager: her own provider is meant. */
export const staffBody = z.strictObject({
  id: newId,
  provider: pathId.optional(),
  name,
  unit: pathId.optional(),
});
/** `unit: null` takes the staff member out of her unit. The provider never changes (see docs/api.md). */
export const staffPatchBody = z.strictObject({
  name: name.optional(),
  unit: pathId.nullable().optional(),
});
export const staffMember = z.object({
  id: z.string(),
  provider: z.string(),
  unit: z.string().nullable(),
  name: z.string(),
});
export const staffListReply = z.object({ staff: z.array(staffMember) });

export type DistrictBody = z.infer<typeof districtBody>;
export type District = z.infer<typeof district>;
export type ProviderBody = z.infer<typeof providerBody>;
export type ProviderPatchBody = z.infer<typeof providerPatchBody>;
export type Provider = z.infer<typeof provider>;
export type UnitBody = z.infer<typeof unitBody>;
export type Unit = z.infer<typeof unit>;
export type StaffBody = z.infer<typeof staffBody>;
export type StaffPatchBody = z.infer<typeof staffPatchBody>;
export type StaffListQuery = z.infer<typeof staffListQuery>;
export type StaffMember = z.infer<typeof staffMember>;
