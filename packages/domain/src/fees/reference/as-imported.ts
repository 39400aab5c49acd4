// What the import does to a scenario before the engine sees it (spec "Field notes" and the
// fee defaults): 10-digit personal numbers get their century, and the optional fee amounts
// their defaults. The tests' careDataFromScenario passes the file through as written, so the
// differential test applies this first, as `hemma import` would.

import { birthDate } from './personal-number.ts';
import type { JsonScenario } from './scenario-json.ts';

/** The 12-digit form of a personal number, the century fixed by the import date. */
export function twelveDigit(personalNumber: string, importDate: string): string {
  const short = /^(\d{6})[-+]?(\d{4})$/.exec(personalNumber);
  if (!short) return personalNumber;
  const century = birthDate(personalNumber, importDate).slice(0, 2);
  return `${century}${short[1] ?? ''}-${short[2] ?? ''}`;
}

export function asImported(s: JsonScenario, importDate: string): JsonScenario {
  return {
    ...s,
    municipality: {
      ...s.municipality,
      fees: s.municipality.fees?.map((f) => ({ under65MinimibeloppPercent: 100, declinedAtDoorFeeOre: 0, ...f })),
    },
    clients: s.clients.map((c) => ({
      ...c,
      personalNumber: twelveDigit(c.personalNumber, importDate),
      ...(c.fee ? { fee: { housingSupplementOre: 0, household: 'single' as const, adjustmentsOre: 0, ...c.fee } } : {}),
    })),
  };
}
