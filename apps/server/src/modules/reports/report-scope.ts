// What of a report a reader may see. Rows are left out, never recomputed, so a number reads
// the same for everyone who sees it: clients narrow to the reader's clients (the one scope of
// auth/scope.ts); a provider manager sees her own provider's row and no other provider's; a
// case officer her own district's row. Provider rows stay visible to case officers (they
// order from the providers and follow them), and the municipality's total is visible to all
// as the reference line.

import type { reportScope } from '@hemma/contract/api';
import type { z } from 'zod';
import type { Actor } from '../../auth/actor.ts';
import { clientScope } from '../../auth/scope.ts';

export type ReportScope = z.infer<typeof reportScope>;

/** The reader's level, from the one scope of auth/scope.ts. */
export function reportScopeOf(actor: Actor): ReportScope {
  const s = clientScope(actor);
  if (s.providerId !== undefined) return { level: 'provider', provider: s.providerId };
  if (s.districtId !== undefined) return { level: 'district', district: s.districtId };
  return { level: 'municipality' };
}

type Rows = Record<string, unknown>[];

export function narrowDocument<T extends object>(doc: T, scope: ReportScope, visibleClients: ReadonlySet<string> | null): T {
  const out: Record<string, unknown> = { ...(doc as Record<string, unknown>) };
  const keep = (key: string, test: (row: Record<string, unknown>) => boolean) => {
    const rows = out[key];
    if (Array.isArray(rows)) out[key] = (rows as Rows).filter(test);
  };
  if (visibleClients !== null) {
    keep('clients', (r) => visibleClients.has(String(r.client)));
    keep('excess', (r) => visibleClients.has(String(r.client)));
  }
  if (scope.level === 'provider') {
    keep('providers', (r) => r.provider === scope.provider);
    keep('excess', (r) => r.provider === scope.provider);
    keep('districts', () => false);
  }
  if (scope.level === 'district') keep('districts', (r) => r.district === scope.district);
  return out as T;
}
