import { planDay, type DayInput, type DayPlan, type PlanOptions } from '@hemma/planner/homecare';
import type { JobsConfig } from '../../config.ts';
import type { JobPool } from '../../jobs/pool.ts';

/** Where the route search of a day plan runs, and the server's ceilings on it. */
export interface DayPlanner {
  plan(municipalityId: string, day: DayInput, options: PlanOptions): Promise<DayPlan>;
  /** The most iterations a request may ask for. */
  readonly maxIterations: number;
  /** The search stops after this long with the best plan found so far. */
  readonly timeLimitMs: number;
}

type Limits = Pick<JobsConfig, 'planMaxIterations' | 'planTimeLimitMs'>;

/**
 * The server's: in a worker thread of the pool, counted against the municipality's jobs. The
 * search stops itself at the time limit; the pool stops a worker that overruns it by much.
 */
export function pooledPlanner(pool: JobPool, limits: Limits): DayPlanner {
  const timeoutMs = Math.round(limits.planTimeLimitMs * 1.5) + 5_000;
  return {
    plan: (municipalityId, day, options) => pool.run('plan-day', { day, options }, { key: municipalityId, timeoutMs }),
    maxIterations: limits.planMaxIterations,
    timeLimitMs: limits.planTimeLimitMs,
  };
}

/** The command line's: in the process itself, which does nothing else meanwhile. */
export function inProcessPlanner(limits: Limits): DayPlanner {
  return {
    plan: (_municipalityId, day, options) => Promise.resolve(planDay(day, options)),
    maxIterations: limits.planMaxIterations,
    timeLimitMs: limits.planTimeLimitMs,
  };
}
