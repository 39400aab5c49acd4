// The demo's exceptions to its weekly patterns, in the days from the one it is seeded on: a carer
// called in sick, another on a course in the morning, a third on leave. The week plan marks their
// visits (off, or outside the day's shifts) for the manager to move, as a real week would have.

import type { ExceptionReason, Shift, ShiftException } from '@hemma/domain/shifts';
import { addDays } from '@hemma/domain/shifts';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { replaceExceptions } from '../modules/day-plans/shift-patterns.repository.ts';

interface DemoException {
  staff: string;
  /** Days after the seeding day. */
  days: number[];
  shifts: Omit<Shift, 'staff'>[];
  reason: ExceptionReason;
  note: string;
}

// Morning staff of two providers (not the demo staff account's, hemtjanst-kommunen-s1).
const EXCEPTIONS: readonly DemoException[] = [
  { staff: 'hemtjanst-kommunen-s4', days: [0, 1], shifts: [], reason: 'sick', note: 'Sjukanmäld' },
  { staff: 'hemtjanst-kommunen-s7', days: [2], shifts: [{ start: '12:00', end: '15:00', skills: [] }], reason: 'course', note: 'Förflyttningsutbildning på förmiddagen' },
  { staff: 'omsorgshuset-s2', days: [3, 4], shifts: [], reason: 'leave', note: 'Ledig' },
];

/** The exception dates and the shifts set for them, from `today`. */
export function demoExceptions(today: string): { exceptions: ShiftException[]; dayShifts: (Shift & { date: string })[] } {
  const dated = EXCEPTIONS.flatMap((e) => e.days.map((d) => ({ ...e, date: addDays(today, d) })));
  return {
    exceptions: dated.map((e) => ({ staff: e.staff, date: e.date, reason: e.reason, note: e.note })),
    dayShifts: dated.flatMap((e) => e.shifts.map((s) => ({ ...s, staff: e.staff, date: e.date }))),
  };
}

export async function seedExceptions(db: Kysely<DB>, mid: string, today: string): Promise<void> {
  for (const e of EXCEPTIONS) await replaceExceptions(db, mid, e.staff, e.days.map((d) => addDays(today, d)), e.shifts, e.reason, e.note);
}
