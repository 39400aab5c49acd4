import { z } from 'zod';
import { calendarDate } from '../calendar.ts';

const isoDate = calendarDate;
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'expected a time HH:MM');

export const dayPlanQuery = z.object({
  date: isoDate,
  provider: z.string().min(1).max(200),
  unit: z.string().min(1).max(200).optional(),
  seed: z.coerce.number().int().min(0).max(2 ** 31).optional(),
  iterations: z.coerce.number().int().min(1).max(20_000).optional(),
});

export const recostBody = z.strictObject({
  date: isoDate,
  provider: z.string().min(1).max(200),
  unit: z.string().min(1).max(200).optional(),
  rounds: z.array(z.strictObject({ staff: z.string().min(1), visits: z.array(z.string().min(1)).max(100) })).max(500),
});

const stop = z.object({ visit: z.string(), client: z.string(), start: z.number(), end: z.number(), travelMinutes: z.number() });

export const dayPlanReply = z.object({
  plan: z.object({
    date: z.string(),
    routes: z.array(z.object({ staff: z.string(), stops: z.array(stop), leave: z.number(), back: z.number(), travelMinutes: z.number() })),
    unassigned: z.array(z.object({ visit: z.string(), reason: z.string() })),
    travelMinutes: z.number(),
    violations: z.array(z.object({ kind: z.string() }).loose()).optional(),
  }),
  continuity: z.object({
    perClient: z.array(z.object({ client: z.string(), staff: z.number().int() })),
    mean: z.number(),
    max: z.number(),
    contactPersonShare: z.number(),
  }),
  withoutLocation: z.array(z.string()),
});

export const shiftsBody = z.strictObject({
  date: isoDate,
  shifts: z.array(z.strictObject({ staff: z.string().min(1), start: clock, end: clock, skills: z.array(z.string()).default([]) })).max(2000),
});
