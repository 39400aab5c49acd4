export { planDay } from './plan-day.ts';
export { planWeek, distinctStaffPerClient } from './plan-week.ts';
export { haversineKm, travelMinutes } from './travel.ts';
export * from './types.ts';
export { generateWeek, type WeekShape } from './generate.ts';
export { recostDay, type Recosted, type Violation } from './recost.ts';
