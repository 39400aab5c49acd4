export { shiftsOfDay, overlappingShifts, patternInForce, shiftProblem, shiftMinutes, clockMinutes } from './shifts-of-day.ts';
export type { Shift, PatternShift, DayShift, ShiftProblem } from './shifts-of-day.ts';
export {
  EXCEPTION_REASONS, MAX_EXCEPTION_DAYS, addDays, datesBetween, mondayOf, weekOf, exceptionRuns, staffDays, visitFit,
} from './exceptions.ts';
export type { ExceptionReason, ShiftException, ExceptionRun, StaffDay, VisitFit } from './exceptions.ts';
export { scheduledShifts } from './scheduled.ts';
