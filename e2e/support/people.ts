import { luhnCheckDigit } from '../../packages/domain/src/ids/luhn.ts';

/** A valid personal number born on `date` (YYYYMMDD) with the serial's first three digits. */
export function personalNumber(date: string, serial: number): string {
  const three = String(serial % 1000).padStart(3, '0');
  const nine = `${date.slice(2)}${three}`;
  return `${date}-${three}${luhnCheckDigit(nine)}`;
}
