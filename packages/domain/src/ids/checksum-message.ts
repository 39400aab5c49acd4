import { luhnCheckDigit, luhnValid } from './luhn.ts';

/** The checksum complaint shared by both number kinds, or null when the ten digits pass. */
export function checksumProblem(tenDigits: string): string | null {
  if (luhnValid(tenDigits)) return null;
  return `checksum fails: the last digit should be ${luhnCheckDigit(tenDigits.slice(0, 9))}`;
}
