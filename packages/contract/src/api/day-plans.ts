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

// Shifts as a weekly pattern per staff member, with exceptions per date (a day off, or other
// shifts); the day's shifts the planner uses are derived from them.

const weekday = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
const shiftTimes = { start: clock, end: clock, skills: z.array(z.string().min(1).max(100)).max(50).default([]) };

export const shiftStaffParams = z.object({ staff: z.string().min(1).max(100) });
export const shiftExceptionParams = shiftStaffParams.extend({ date: isoDate });

export const shiftPatternBody = z.strictObject({
  weekly: z.array(z.strictObject({ weekday, ...shiftTimes })).max(100),
  /**
   * The week holds from this date on, earlier dates keep the version they had. Left out: the one
   * week for all dates, replacing every version. An empty week with a date removes that version.
   */
  validFrom: isoDate.optional(),
});
export const exceptionReason = z.enum(['sick', 'leave', 'course', 'other']);
const exceptionFields = {
  /** The shifts of those dates; none is a day off. */
  shifts: z.array(z.strictObject(shiftTimes)).max(10),
  reason: exceptionReason.default('other'),
  note: z.string().trim().max(500).default(''),
};
export const shiftExceptionBody = z.strictObject(exceptionFields);
/** Every date from `from` to `to` (at most 366) an exception alike. */
export const shiftExceptionRangeBody = z.strictObject({ from: isoDate, to: isoDate, ...exceptionFields });
export const shiftExceptionRangeQuery = z.object({ from: isoDate, to: isoDate });
export const shiftPatternQuery = z.object({ from: isoDate.optional(), to: isoDate.optional() });

const shiftOut = { start: z.string(), end: z.string(), skills: z.array(z.string()) };
const weeklyOut = z.array(z.object({ weekday: z.string(), ...shiftOut }));
export const shiftPatternReply = z.object({
  staffId: z.string(),
  /** The week in force on `from` (default today). */
  weekly: weeklyOut,
  /** Every version by start; `validFrom` null: since always. */
  versions: z.array(z.object({ validFrom: z.string().nullable(), weekly: weeklyOut })),
  /** Exceptions from `from` (default today) to `to` (default 90 days on). */
  exceptions: z.array(z.object({ date: z.string(), reason: exceptionReason, note: z.string(), shifts: z.array(z.object(shiftOut)) })),
});

/** A staff member's days as the planner takes them, at most 62 days. */
export const staffShiftsQuery = z.object({ from: isoDate, to: isoDate });
const staffDay = z.object({
  date: z.string(),
  shifts: z.array(z.object({ ...shiftOut, source: z.enum(['pattern', 'exception']) })),
  exception: z.object({ reason: exceptionReason, note: z.string() }).nullable(),
});
export const staffShiftsReply = z.object({ staffId: z.string(), days: z.array(staffDay) });

/** Who visits whom over a week, read from the plans; `week`: any date of it. */
export const weekPlanQuery = z.object({ provider: z.string().min(1).max(200), unit: z.string().min(1).max(200).optional(), week: isoDate });
const weekVisit = z.object({
  planVisitId: z.string(),
  clientId: z.string(),
  clientName: z.string(),
  windowFrom: z.string(),
  windowTo: z.string(),
  durationMinutes: z.number().int(),
  staffCount: z.number().int(),
  /** Whether the staff member's shifts that day leave room for it (`fits`, `outside`, `off`). */
  fit: z.enum(['fits', 'outside', 'off']),
});
export const weekPlanReply = z.object({
  dates: z.array(z.string()),
  staff: z.array(z.object({
    id: z.string(),
    name: z.string(),
    unit: z.string().nullable(),
    days: z.array(staffDay.extend({ visits: z.array(weekVisit) })),
  })),
  /** Visits whose plan names no staff member (or one not among these), per date. */
  unassigned: z.array(z.object({ date: z.string(), visits: z.array(weekVisit.omit({ fit: true })) })),
  /** Clients of the week's visits without coordinates: the route planner leaves them out. */
  withoutLocation: z.array(z.object({ clientId: z.string(), clientName: z.string() })),
});

export const dayShiftsQuery = z.object({ date: isoDate, provider: z.string().min(1).max(200) });
export const dayShiftsReply = z.object({
  date: z.string(),
  shifts: z.array(z.object({ staff: z.string(), ...shiftOut, source: z.enum(['pattern', 'exception']) })),
});

export type ShiftPatternBody = z.infer<typeof shiftPatternBody>;
export type ShiftExceptionBody = z.infer<typeof shiftExceptionBody>;
export type ShiftPatternReply = z.infer<typeof shiftPatternReply>;
export type ShiftExceptionRangeBody = z.infer<typeof shiftExceptionRangeBody>;
export type StaffShiftsReply = z.infer<typeof staffShiftsReply>;
export type WeekPlanReply = z.infer<typeof weekPlanReply>;
