import { z } from 'zod';
import { meReply } from './auth.ts';
import { careArea, careDate } from './decisions.ts';

// The client's own view (docs/client-view.md): access for a client and her relatives, passkey
// sign-in, what she sees of her care, and what she asks.

// --- Access, given on the client's page by the case officer -----------------------------------

export const consentHow = z.enum(['in_person', 'phone', 'video', 'written', 'representative']);

export const clientAccessCreateBody = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('client'), name: z.string().trim().min(1).max(200) }),
  z.strictObject({
    kind: z.literal('relative'),
    name: z.string().trim().min(1).max(200),
    relation: z.string().trim().max(100).default(''),
    /** Who gave the consent: the client herself, or her representative (god man, förvaltare) by name. */
    consentBy: z.string().trim().min(1).max(200),
    consentHow,
    consentAt: careDate,
    /** The consent's last day; null: until it is withdrawn. */
    consentUntil: careDate.nullable().default(null),
  }),
]);

export const clientAccess = z.object({
  id: z.string(),
  clientId: z.string(),
  kind: z.enum(['client', 'relative']),
  name: z.string(),
  relation: z.string().nullable(),
  consentBy: z.string().nullable(),
  consentHow: consentHow.nullable(),
  consentAt: z.string().nullable(),
  consentUntil: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  endedAt: z.string().nullable(),
  endedBy: z.string().nullable(),
  /** Has a passkey: the account has been taken into use. */
  enrolled: z.boolean(),
});

export const clientAccessListReply = z.object({ access: z.array(clientAccess) });
export const accessParams = z.object({ id: z.string().uuid() });

/** The one-time code to hand over, shown once; only its hash is kept. */
export const enrolmentCodeReply = z.object({ access: clientAccess, code: z.string(), expiresAt: z.string() });

// --- Passkeys ---------------------------------------------------------------------------------

/** WebAuthn's own JSON shapes, checked by @simplewebauthn/server rather than here. */
const webauthnJson = z.looseObject({ id: z.string().max(2000), type: z.string().max(100) });

export const passkeyEnrolOptionsBody = z.strictObject({ code: z.string().trim().min(1).max(40) });
export const passkeyOptionsReply = z.looseObject({ challenge: z.string() });
export const passkeyVerifyBody = z.strictObject({ response: webauthnJson });
export const passkeySessionReply = z.object({ csrfToken: z.string(), me: meReply });

// --- What the client sees --------------------------------------------------------------------

export const myPlanVisit = z.object({
  id: z.string(),
  weekdays: z.array(z.string()),
  windowFrom: z.string(),
  windowTo: z.string(),
  durationMinutes: z.number().int(),
  areas: z.array(careArea),
  staffCount: z.number().int(),
});

export const myPlan = z.object({
  providerName: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  notes: z.string(),
  agreedAt: z.string().nullable(),
  agreedHow: z.string().nullable(),
  visits: z.array(myPlanVisit),
});

export const myComingVisit = z.object({
  planVisitId: z.string(),
  date: z.string(),
  windowFrom: z.string(),
  windowTo: z.string(),
  areas: z.array(careArea),
  /** First names of who is planned to come; empty until the provider has planned it. */
  staffFirstNames: z.array(z.string()),
  /** `cancelled`: a confirmed cancellation (declined in advance). */
  status: z.enum(['planned', 'cancel_asked', 'move_asked', 'cancelled']),
});

export const myPastVisit = z.object({ date: z.string(), arrive: z.string(), leave: z.string(), minutes: z.number().int(), staffFirstName: z.string() });
export const myDeclined = z.object({ date: z.string(), kind: z.enum(['declined_at_door', 'declined_in_advance']) });

export const visitRequest = z.object({
  id: z.string(),
  clientId: z.string(),
  clientName: z.string(),
  providerId: z.string(),
  planVisitId: z.string(),
  date: z.string(),
  windowFrom: z.string(),
  windowTo: z.string(),
  kind: z.enum(['cancel', 'move']),
  wish: z.string(),
  askedBy: z.string(),
  askedRole: z.string(),
  askedAt: z.string(),
  status: z.enum(['pending', 'confirmed', 'declined']),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
  registrationId: z.string().nullable(),
});

export const myOverviewReply = z.object({
  clientName: z.string(),
  /** Who is signed in: the client herself or a relative (by name). */
  viewer: z.object({ kind: z.enum(['client', 'relative']), name: z.string() }),
  month: z.string(),
  contactPerson: z.string().nullable(),
  plans: z.array(myPlan),
  coming: z.array(myComingVisit),
  past: z.array(myPastVisit),
  declined: z.array(myDeclined),
  /** R-6 ordered minutes and performed minutes of the month, from the statement lines. */
  time: z.object({ grantedMinutes: z.number().int(), usedMinutes: z.number().int() }),
  /** The month's fee, null when the municipality has no fee model for it. */
  fee: z.object({ month: z.string(), feeOre: z.number().int() }).nullable(),
  /** Months whose fee decision can be fetched as a PDF, newest first. */
  feeDecisions: z.array(z.string()),
  requests: z.array(visitRequest),
});

export const myMessageBody = z.strictObject({ to: z.enum(['provider', 'case_officer']), body: z.string().trim().min(1).max(4000) });
export const myMessageReply = z.object({ sent: z.literal(true) });
export const myVisitRequestBody = z.strictObject({
  planVisitId: z.string().min(1).max(100),
  date: careDate,
  kind: z.enum(['cancel', 'move']),
  wish: z.string().trim().max(1000).default(''),
});
export const feeDecisionParams = z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/) });

// --- The provider's answer -------------------------------------------------------------------

export const visitRequestListQuery = z.object({ status: z.enum(['pending', 'confirmed', 'declined']).optional() });
export const visitRequestListReply = z.object({ requests: z.array(visitRequest) });
export const visitRequestParams = z.object({ id: z.string().uuid() });
export const visitRequestDecisionBody = z.strictObject({
  decision: z.enum(['confirmed', 'declined']),
  note: z.string().trim().max(1000).default(''),
  /** The staff member the declined-in-advance registration names; the plan's preferred staff when left out. */
  staffId: z.string().min(1).max(100).optional(),
});

export type ClientAccess = z.infer<typeof clientAccess>;
export type ClientAccessCreateBody = z.infer<typeof clientAccessCreateBody>;
export type MyOverviewReply = z.infer<typeof myOverviewReply>;
export type VisitRequest = z.infer<typeof visitRequest>;
export type MyVisitRequestBody = z.infer<typeof myVisitRequestBody>;
export type VisitRequestDecisionBody = z.infer<typeof visitRequestDecisionBody>;
