// R-1 and the scenario's field notes: a registration named by any `corrects` is superseded
// and ignored, whatever the kinds involved (so voiding a correction does not bring back what
// it corrected), and `void` registrations never count themselves.

import type { Registration } from '../model/care-data.ts';

/**
 * The registrations that count, in their given order. Copies of one id (R-1: stored once)
 * are left in; `orderRegistrations` drops them, where they end up side by side, which spares
 * a set of two million ids here.
 */
export function effectiveRegistrations(registrations: readonly Registration[]): Registration[] {
  const superseded = new Set<string>();
  for (const r of registrations) if (r.corrects !== undefined) superseded.add(r.corrects);
  return registrations.filter((r) => r.kind !== 'void' && (superseded.size === 0 || !superseded.has(r.id)));
}
