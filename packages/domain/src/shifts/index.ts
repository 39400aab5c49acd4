export { shiftsOfDay, overlappingShifts } from './shifts-of-day.ts';
export type { Shift, PatternShift, DayShift } from './shifts-of-day.ts';
