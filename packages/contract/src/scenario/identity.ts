import { parseOrgNumber, parsePersonalNumber } from '@hemma/domain/ids';
import type { Scenario } from './schema.ts';
import type { InputIssue } from './issues.ts';

/**
 * Checks every identity number and returns the normalised forms by index; a 10-digit personal
 * number (a client's, or a sole trader's in place of an organisation number) is expanded to 12
 * digits relative to the import date.
 */
export function checkIdentityNumbers(
  s: Scenario,
  referenceDate: string,
): { issues: InputIssue[]; personalNumbers: string[]; orgNumbers: string[] } {
  const issues: InputIssue[] = [];
  const personalNumbers = s.clients.map((c, i) => {
    const r = parsePersonalNumber(c.personalNumber, referenceDate);
    if (r.ok) return r.value.normalized;
    issues.push({ path: `clients[${i}].personalNumber`, message: r.message });
    return c.personalNumber;
  });
  const orgNumbers = s.providers.map((p, i) => {
    const r = parseOrgNumber(p.orgNumber, referenceDate);
    if (r.ok) return r.value.normalized;
    issues.push({ path: `providers[${i}].orgNumber`, message: r.message });
    return p.orgNumber;
  });
  return { issues, personalNumbers, orgNumbers };
}
