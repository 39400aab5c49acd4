// What the fee engine reads from the statement engine's analysis of a month: the visits
// (held or not) and the declined registrations, paired and held exactly as for the statements.
import type { AnalysedDeclined, AnalysedVisit } from '../statements/index.ts';

export type { AnalysedDeclined, AnalysedVisit };

export interface MonthAnalysis {
  visits: AnalysedVisit[];
  declined: AnalysedDeclined[];
}
