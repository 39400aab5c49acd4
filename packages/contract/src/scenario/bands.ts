import { findBandCoverageGaps } from '@hemma/domain/time';
import type { Scenario } from './schema.ts';
import type { InputIssue } from './issues.ts';

/** Every minute of the week needs a band (holiday-only bands do not count). */
export function checkBands(s: Scenario): InputIssue[] {
  return findBandCoverageGaps(s.municipality.bands).map((gap) => ({
    path: 'municipality.bands',
    message: gap.message,
  }));
}
