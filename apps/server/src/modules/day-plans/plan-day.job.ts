import { planDay, type DayInput, type DayPlan, type PlanOptions } from '@hemma/planner/homecare';

/** The route search of a day plan, as a job for a worker thread (jobs/registry.ts). */
export function planDayJob(input: { day: DayInput; options: PlanOptions }): DayPlan {
  return planDay(input.day, input.options);
}
