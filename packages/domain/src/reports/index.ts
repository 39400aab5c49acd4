export { computeContinuity, continuityOfClients, metStaff, providerLookup, CONTINUITY_FORMAT } from './continuity.ts';
export type { ContinuityDocument, ClientStaff } from './continuity.ts';
export { computeContinuity14, continuity14OfDays, countsForIndicator, indicatorDays, CONTINUITY14_FORMAT, INDICATOR_DAYS } from './continuity-14.ts';
export type { Continuity14Document, IndicatorDays } from './continuity-14.ts';
export {
  computeTimeAtClients, timeAtClientsBy, timeAtClientsByUnit, timeAtClientsDocument, timeAtClientsUnits, shiftMinutes, shiftMinutesByStaff,
  visitTimeByStaff, TIME_AT_CLIENTS_FORMAT,
} from './time-at-clients.ts';
export type { TimeAtClientsDocument, TimeAtClientsFigures, TimeInputs, StaffVisitTime } from './time-at-clients.ts';
export { clientCells, computeFollowUp, districtLookup, followUpOfCells, statementPieces, sumCells, withRatios, FOLLOW_UP_FORMAT } from './follow-up.ts';
export type { ClientCell, FollowUpDocument, FollowUpFigures, FollowUpCounts, FollowUpCell, ExcessRow, MonthItems, StatementPiece } from './follow-up.ts';
export { FIGURES, FIGURE_NAMES, figureDocument, pickFigure } from './figures.ts';
export type { FigureName, FigureDocument, FigureValues } from './figures.ts';
export { clientReportFacts, mergeClientFacts, monthReportFacts } from './client-facts.ts';
export type { ClientReportFacts } from './client-facts.ts';
export { continuityOfFacts, continuity14OfFacts, directoryOf, followUpOfFacts, timeAtClientsOfFacts, timeInputsOfFacts } from './of-facts.ts';
export type { ReportDirectory } from './of-facts.ts';
export { meetingsBetween } from './meetings.ts';
export type { Meeting } from './meetings.ts';
export { median, summarise, percentOneDecimal, roundedRatio } from './numbers.ts';
export type { Summary } from './numbers.ts';
