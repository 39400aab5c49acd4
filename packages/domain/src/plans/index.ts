export { plannedMinutesInMonth, monthsPlannedOverOrdered } from './planned-hours.ts';
export type { PlannedVisit, Period, PlannedOverOrdered } from './planned-hours.ts';
export { plannedVisitFor } from './planned-visit.ts';
export type { WindowedVisit } from './planned-visit.ts';
export { visitsOnDays } from './coming-visits.ts';
export type { PlanInForce } from './coming-visits.ts';
