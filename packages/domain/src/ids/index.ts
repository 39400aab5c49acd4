// Swedish identity numbers (DOMAIN.md §6): validated with a clear message, never a crash.
export { parsePersonalNumber, type PersonalNumber } from './personal-number.ts';
export { parseOrgNumber, type OrgNumber } from './org-number.ts';
export { age } from './age.ts';
export { luhnCheckDigit, luhnValid } from './luhn.ts';
export type { IdResult } from './result.ts';
export { parsePhoneNumber, type PhoneNumber } from './phone-number.ts';
