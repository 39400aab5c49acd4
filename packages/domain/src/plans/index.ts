export { plannedMinutesInMonth, monthsPlannedOverOrdered } from './planned-hours.ts';
export type { PlannedVisit, Period, PlannedOverOrdered } from './planned-hours.ts';
