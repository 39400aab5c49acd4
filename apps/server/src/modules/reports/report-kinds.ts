// The reports by name, as `hemma report <name>` and /api/v1/reports/<name> take them, and what
// each is computed from. Every figure, for every reader, comes from `computeReport` over the
// clients' report facts: as kept beside the statements (report-data.ts), or from a full
// computation of the month (`inputsFromData`, which the tests and the benchmark compare).

import type { CareData } from '@hemma/domain';
import {
  continuity14OfFacts, continuityOfFacts, directoryOf, FIGURE_NAMES, figureDocument, followUpOfFacts,
  monthReportFacts, timeAtClientsOfFacts,
  type ClientReportFacts, type Continuity14Document, type ContinuityDocument, type FigureDocument, type FigureName,
  type ReportDirectory, type TimeAtClientsDocument,
} from '@hemma/domain/reports';
import type { StatementsDocument } from '@hemma/domain/statements';

export const REPORT_NAMES = ['continuity', 'continuity-14', 'time-at-clients', ...FIGURE_NAMES] as const;
export type ReportName = (typeof REPORT_NAMES)[number];

export type ReportDocument = ContinuityDocument | Continuity14Document | TimeAtClientsDocument | FigureDocument;

export const isReportName = (name: string): name is ReportName => (REPORT_NAMES as readonly string[]).includes(name);
export const isFigure = (name: ReportName): name is FigureName => (FIGURE_NAMES as readonly string[]).includes(name);

/** `continuity-14` runs over 14 days from a date; every other report over a month. */
export const periodOf = (name: ReportName): 'from' | 'month' => (name === 'continuity-14' ? 'from' : 'month');

/** What the reports read: the clients' facts of the period's months and what is read at report time. */
export interface ReportInputs {
  /** The municipality's name (export titles). */
  name: string;
  directory: ReportDirectory;
  /** For continuity-14, those of every month its 14 days touch. */
  facts: readonly ClientReportFacts[];
}

/** The inputs of a month's reports from its facts and statements, without keeping anything. */
export function inputsFromData(data: CareData, statements: StatementsDocument): ReportInputs {
  return { name: data.municipality.name, directory: directoryOf(data, statements.month), facts: monthReportFacts(data, statements) };
}

/** Every monthly report of `month` from one read of the facts: each document equals `computeReport`'s. */
export function computeMonthReports(inputs: ReportInputs, month: string): Map<ReportName, ReportDocument> {
  const { directory, facts } = inputs;
  const followUp = followUpOfFacts(directory, month, facts);
  const result = new Map<ReportName, ReportDocument>([
    ['continuity', continuityOfFacts(directory, month, facts)],
    ['time-at-clients', timeAtClientsOfFacts(directory, month, facts)],
  ]);
  for (const name of FIGURE_NAMES) result.set(name, figureDocument(name, followUp));
  return result;
}

/** `period` is the month (YYYY-MM), or for continuity-14 the first day (YYYY-MM-DD). */
export function computeReport(name: ReportName, inputs: ReportInputs, period: string): ReportDocument {
  const { directory, facts } = inputs;
  switch (name) {
    case 'continuity':
      return continuityOfFacts(directory, period, facts);
    case 'continuity-14':
      return continuity14OfFacts(directory, period, facts);
    case 'time-at-clients':
      return timeAtClientsOfFacts(directory, period, facts);
    case 'ordered-performed':
    case 'declined':
    case 'excess':
    case 'manual-registrations':
    case 'paid':
      return figureDocument(name, followUpOfFacts(directory, period, facts));
  }
}
