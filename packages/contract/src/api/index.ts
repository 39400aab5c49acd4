export { healthReply, errorReply } from './health.ts';
export {
  ROLE_NAMES,
  roleName,
  loginBody,
  loginReply,
  enrolmentReply,
  totpBody,
  meReply,
  csrfReply,
  sessionReply,
  loggedOutReply,
  type LoginBody,
  type TotpBody,
  type EnrolmentReply,
  type MeReply,
  type SessionReply,
} from './auth.ts';
export {
  clientParams,
  clientListQuery,
  clientSummary,
  clientDetail,
  clientListReply,
  clientCreateBody,
  clientPatchBody,
  type ClientCreateBody,
  type ClientPatchBody,
  type ClientSummary,
  type ClientDetail,
  type ClientListQuery,
} from './clients.ts';
export * from './statements.ts';
export { auditSearchQuery, auditEntry, auditSearchReply, type AuditSearchQuery, type AuditEntryReply, type AuditSearchReply } from './audit.ts';
export { auditVerifyReply, type AuditVerifyReply } from './audit.ts';
export * from './fees.ts';
export {
  tagUid,
  canonicalTagUid,
  nfcTagEnrolBody,
  nfcTagParams,
  nfcTagListQuery,
  nfcTag,
  nfcTagListReply,
  type NfcTagEnrolBody,
  type NfcTagListQuery,
  type NfcTag,
} from './nfc-tags.ts';
export {
  MAX_REGISTRATIONS_PER_BATCH,
  registrationKind,
  registrationInput,
  registrationBatchBody,
  registrationBatchReply,
  tagFlagReason,
  tagFlag,
  tagFlagListQuery,
  tagFlagListReply,
  type RegistrationKind,
  type RegistrationInput,
  type RegistrationBatchBody,
  type RegistrationBatchReply,
  type TagFlag,
  type TagFlagListQuery,
} from './registrations.ts';
export * from './municipality.ts';
export * from './settings.ts';
export * from './organisation.ts';
export * from './users.ts';
export * from './decisions.ts';
export * from './orders.ts';
export * from './plans.ts';
export * from './deviations.ts';
export * from './visits.ts';
export * from './messages.ts';
export * from './day-plans.ts';
export * from './todo.ts';
export * from './what-if.ts';
export * from './follow-up.ts';
export * from './exceptions.ts';
export * from './deviation-import.ts';
export * from './reports.ts';
export * from './staff-app.ts';
export * from './staff-devices.ts';
export * from './settings-preview.ts';
export { nfcTagReadsReply, type NfcTagReadsReply } from './nfc-tags.ts';
export * from './client-view.ts';
