// The reports by name, as `hemma report <name>` and /api/v1/reports/<name> take them, and what
// each is computed from. Every figure, for every reader, comes from `computeReport`; paid
// amounts, excess and counts come from the month's statements as kept (report-data.ts).

import type { CareData } from '@hemma/domain';
import {
  computeContinuity, computeContinuity14, computeFollowUp, computeTimeAtClients, FIGURE_NAMES, figureDocument,
  type Continuity14Document, type ContinuityDocument, type FigureDocument, type FigureName, type TimeAtClientsDocument,
} from '@hemma/domain/reports';
import { analyseMonth, type StatementsDocument } from '@hemma/domain/statements';

export const REPORT_NAMES = ['continuity', 'continuity-14', 'time-at-clients', ...FIGURE_NAMES] as const;
export type ReportName = (typeof REPORT_NAMES)[number];

export type ReportDocument = ContinuityDocument | Continuity14Document | TimeAtClientsDocument | FigureDocument;

export const isReportName = (name: string): name is ReportName => (REPORT_NAMES as readonly string[]).includes(name);
export const isFigure = (name: ReportName): name is FigureName => (FIGURE_NAMES as readonly string[]).includes(name);

/** `continuity-14` runs over 14 days from a date; every other report over a month. */
export const periodOf = (name: ReportName): 'from' | 'month' => (name === 'continuity-14' ? 'from' : 'month');

/** What the reports read: the period's facts and, for the figures, the month's kept statements. */
export interface ReportInputs {
  data: CareData;
  /** Null for reports that price nothing. */
  statements: StatementsDocument | null;
}

function statementsOf(inputs: ReportInputs, name: ReportName): StatementsDocument {
  if (inputs.statements === null) throw new Error(`the ${name} report reads the month's statements`);
  return inputs.statements;
}

/**
 * Every monthly report of `month` from one analysis and the month's statements: what a
 * screen showing them all, or the benchmark, needs. Each document equals `computeReport`'s.
 */
export function computeMonthReports(data: CareData, statements: StatementsDocument, month: string): Map<ReportName, ReportDocument> {
  const items = analyseMonth(data, month);
  const followUp = computeFollowUp(data, statements, items);
  const result = new Map<ReportName, ReportDocument>([
    ['continuity', computeContinuity(data, month)],
    ['time-at-clients', computeTimeAtClients(data, month, items.visits)],
  ]);
  for (const name of FIGURE_NAMES) result.set(name, figureDocument(name, followUp));
  return result;
}

/** `period` is the month (YYYY-MM), or for continuity-14 the first day (YYYY-MM-DD). */
export function computeReport(name: ReportName, inputs: ReportInputs, period: string): ReportDocument {
  const { data } = inputs;
  switch (name) {
    case 'continuity':
      return computeContinuity(data, period);
    case 'continuity-14':
      return computeContinuity14(data, period);
    case 'time-at-clients':
      return computeTimeAtClients(data, period, analyseMonth(data, period).visits);
    case 'ordered-performed':
    case 'declined':
    case 'excess':
    case 'manual-registrations':
    case 'paid':
      return figureDocument(name, computeFollowUp(data, statementsOf(inputs, name), analyseMonth(data, period)));
  }
}
