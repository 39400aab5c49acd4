import { SERVICE_AREAS } from '@hemma/domain';
import { z } from 'zod';
import { calendarDate } from '../calendar.ts';

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
/** Where a provider's LOV application stands; only an approved provider receives new orders. */
export const providerApproval = z.enum(['applied', 'approved', 'suspended', 'ended']);
/**
 * The service areas a provider offers under its LOV contract (a service-only provider, one
 * without alarm response): it receives orders for these areas only. All areas unless narrowed.
 */
export const providerServiceAreas = z
  .array(z.enum(SERVICE_AREAS))
  .min(1, 'offer at least one service area')
  .refine((a) => new Set(a).size === a.length, 'name each service area once');

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
  /** A new provider has applied unless the admin says otherwise. */
  approvalStatus: providerApproval.optional(),
  contractFrom: calendarDate.nullable().optional(),
  contractTo: calendarDate.nullable().optional(),
  serviceAreas: providerServiceAreas.optional(),
});
export const providerPatchBody = z.strictObject({
  name: name.optional(),
  orgNumber: z.string().max(20).optional(),
  kind: providerKind.optional(),
  approvalStatus: providerApproval.optional(),
  contractFrom: calendarDate.nullable().optional(),
  contractTo: calendarDate.nullable().optional(),
  serviceAreas: providerServiceAreas.optional(),
});
export const provider = z.object({
  id: z.string(),
  name: z.string(),
  orgNumber: z.string(),
  kind: providerKind,
  approvalStatus: providerApproval,
  contractFrom: z.string().nullable(),
  contractTo: z.string().nullable(),
  /** In the canonical order of the service areas. */
  serviceAreas: z.array(z.string()),
});

/**
 * The stricter requirements of the förfrågningsunderlag (Stockholm), checked one by one:
 * experience of elderly or disability care, references (the city's own experience among them),
 * the manager's presence, work clothes, a changing room, staff continuity, labour-law terms,
 * attendance at the information meeting, a minimum volume, environmental impact.
 */
export const PROVIDER_REQUIREMENTS = [
  'care_experience',
  'references',
  'manager_presence',
  'work_clothes',
  'changing_room',
  'staff_continuity',
  'labour_terms',
  'information_meeting',
  'minimum_volume',
  'environment',
] as const;
export const providerRequirementKey = z.enum(PROVIDER_REQUIREMENTS);
export const providerRequirementParams = z.object({ provider: pathId, requirement: providerRequirementKey });
export const providerRequirementBody = z.strictObject({
  fulfilled: z.boolean(),
  /** The day it was checked. */
  checkedOn: calendarDate.nullable(),
  note: z.string().max(2000),
});
export const providerRequirement = z.object({
  requirement: providerRequirementKey,
  fulfilled: z.boolean(),
  checkedOn: z.string().nullable(),
  note: z.string(),
  /** False for a requirement nobody has checked yet. */
  checked: z.boolean(),
});
export const providerRequirementsReply = z.object({ requirements: z.array(providerRequirement) });
export const providerListReply = z.object({ providers: z.array(provider) });

export const unitParams = z.object({ provider: pathId, unit: pathId });
export const unitBody = z.strictObject({ id: newId, name });
export const unitPatchBody = z.strictObject({ name });
export const unit = z.object({ id: z.string(), provider: z.string(), name: z.string() });
export const unitListReply = z.object({ units: z.array(unit) });

export const staffParams = z.object({ staff: pathId });
export const staffListQuery = z.object({ provider: pathId.optional(), unit: pathId.optional() });
/** `provider` may be left out by a provider manager: her own provider is meant. */
const employmentPercent = z.number().int().min(1).max(100);
export const staffBody = z.strictObject({
  id: newId,
  provider: pathId.optional(),
  name,
  unit: pathId.optional(),
  /** Share of full time she is employed for (sysselsättningsgrad). */
  employmentPercent: employmentPercent.optional(),
});
/** `unit: null` takes the staff member out of her unit. The provider never changes (see docs/api.md). */
export const staffPatchBody = z.strictObject({
  name: name.optional(),
  unit: pathId.nullable().optional(),
  employmentPercent: employmentPercent.nullable().optional(),
  /** False: she no longer works here; kept, since registrations and plans name her. */
  active: z.boolean().optional(),
});
export const staffMember = z.object({
  id: z.string(),
  provider: z.string(),
  unit: z.string().nullable(),
  name: z.string(),
  employmentPercent: z.number().nullable(),
  active: z.boolean(),
});
export const staffListReply = z.object({ staff: z.array(staffMember) });

export type DistrictBody = z.infer<typeof districtBody>;
export type District = z.infer<typeof district>;
export type ProviderBody = z.infer<typeof providerBody>;
export type ProviderPatchBody = z.infer<typeof providerPatchBody>;
export type Provider = z.infer<typeof provider>;
export type ProviderApproval = z.infer<typeof providerApproval>;
export type ProviderRequirementBody = z.infer<typeof providerRequirementBody>;
export type ProviderRequirement = z.infer<typeof providerRequirement>;
export type UnitBody = z.infer<typeof unitBody>;
export type Unit = z.infer<typeof unit>;
export type StaffBody = z.infer<typeof staffBody>;
export type StaffPatchBody = z.infer<typeof staffPatchBody>;
export type StaffListQuery = z.infer<typeof staffListQuery>;
export type StaffMember = z.infer<typeof staffMember>;
