import type { RateReply } from '@hemma/contract/api';
import type { Band } from '@hemma/domain';
import { findBandCoverageGaps } from '@hemma/domain/time';

// What a new set of bands must satisfy before it replaces the old one: the same checks the
// scenario import makes (spec "Bands"), plus the references the stored settings make to bands,
// which the import checks within its file and the API must check against the database.

export interface BandIssue {
  path: string;
  message: string;
}

export function bandSetIssues(
  bands: readonly Band[],
  defaultBand: string,
  rates: readonly RateReply[],
): BandIssue[] {
  const issues: BandIssue[] = [];
  const byId = new Map<string, Band>();
  bands.forEach((b, i) => {
    if (byId.has(b.id))
      issues.push({ path: `bands[${i}].id`, message: `duplicate band id "${b.id}"` });
    byId.set(b.id, b);
  });
  for (const gap of findBandCoverageGaps(bands))
    issues.push({ path: 'bands', message: gap.message });

  const def = byId.get(defaultBand);
  if (!def)
    issues.push({
      path: 'bands',
      message: `the default band "${defaultBand}" is missing (change the municipality's defaultBand first)`,
    });
  else if (def.price !== 'per_hour')
    issues.push({ path: 'bands', message: `the default band "${defaultBand}" must stay per_hour` });

  // Rates are history and never edited, so a band that a rate names cannot go away: its visits
  // would silently lose their price (missing_rate) in every month the rate covers.
  const named = new Set(rates.flatMap((r) => (r.band === undefined ? [] : [r.band])));
  for (const band of named) {
    if (!byId.has(band)) {
      const positions = rates.filter((r) => r.band === band).map((r) => r.position);
      issues.push({
        path: 'bands',
        message: `band "${band}" is named by rates at positions ${positions.join(', ')} and cannot be removed`,
      });
    }
  }
  return issues;
}

/** A rate's own consistency, and its band against the stored bands (spec "Rates"). */
export function rateIssues(
  rate: { price: string; band?: string | undefined; area?: string | undefined },
  bands: readonly Band[],
): BandIssue[] {
  const issues: BandIssue[] = [];
  if (rate.price === 'per_month') {
    if (rate.band !== undefined)
      issues.push({ path: 'band', message: 'a per_month rate is not tied to a band' });
  } else {
    if (rate.area !== undefined)
      issues.push({ path: 'area', message: 'only a per_month rate narrows by area' });
    if (rate.band !== undefined && !bands.some((b) => b.id === rate.band)) {
      issues.push({
        path: 'band',
        message: `unknown band "${rate.band}" (the bands are ${bands.map((b) => b.id).join(', ')})`,
      });
    }
  }
  return issues;
}
