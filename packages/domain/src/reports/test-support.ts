// Builders for the report tests: the statement tests' municipality, clients of chosen ages
// and meetings at local Stockholm times.

import { personalNumber } from '../fees/test-support.ts';
import type { CareData, Registration } from '../model/care-data.ts';
import { baseData, registration } from '../statements/test-support/builder.ts';

export { baseData, registration, personalNumber };

/** Stockholm's offset on a date of 2017 (summer time 26 March – 29 October, switching at 01:00 UTC). */
export function stockholmOffset(date: string): string {
  return date >= '2017-03-26' && date < '2017-10-29' ? '+02:00' : '+01:00';
}

/** `at` for a local date and time in Stockholm, 2017 (not for the hour the clocks change). */
export function local(date: string, time: string): string {
  return `${date}T${time}:00${stockholmOffset(date)}`;
}

export function arrive(client: string, staff: string, date: string, time: string, extra: Partial<Registration> = {}): Registration {
  return registration('arrive', local(date, time), { client, staff, ...extra });
}

/** `n` consecutive dates from `from`. */
export function dates(from: string, n: number): string[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  return Array.from({ length: n }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
}

/** baseData with clients born on the given dates (all in district d1 unless given). */
export function withClients(data: CareData, clients: { id: string; born: string; district?: string }[]): CareData {
  return {
    ...data,
    clients: clients.map((c) => ({ id: c.id, personalNumber: personalNumber(c.born.replaceAll('-', '')), name: c.id.toUpperCase(), district: c.district ?? 'd1' })),
  };
}
