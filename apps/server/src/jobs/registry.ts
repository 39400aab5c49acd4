import { planDayJob } from '../modules/day-plans/plan-day.job.ts';

// The jobs a worker can run, by name. A job is a function of structured-clone input to a
// structured-clone result; it runs in a worker thread and must not need the database or the
// request (load what it needs first, on the main thread, and pass it in).

export const JOBS = {
  'plan-day': planDayJob,
} satisfies Record<string, (input: never) => unknown>;

export type JobName = keyof typeof JOBS;
export type JobInput<N extends JobName> = Parameters<(typeof JOBS)[N]>[0];
export type JobOutput<N extends JobName> = Awaited<ReturnType<(typeof JOBS)[N]>>;
