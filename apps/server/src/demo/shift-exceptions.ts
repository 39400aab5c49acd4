// The demo's exceptions to its weekly patterns, on working days from the one it is seeded on: a
// carer called in sick, another on a course in the morning, a third on leave, a day each. The
// week plan marks their visits (off, or outside the day's shifts) for the manager to move, as a
// real week would have.

import type { ScenarioInput } from '@hemma/contract/scenario';
import { addDays, datesBetween, staffDays, type ExceptionReason, type Shift, type ShiftException } from '@hemma/domain/shifts';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { replaceExceptions } from '../modules/day-plans/shift-patterns.repository.ts';
import { demoPattern } from './shift-pattern.ts';

interface DemoException {
  staff: string;
  /** Her working days (by the pattern) from the seeding day on, 0 the first. */
  workdays: number[];
  shifts: Omit<Shift, 'staff'>[];
  reason: ExceptionReason;
  note: string;
}

// Morning staff of two providers (not the demo staff account's, hemtjanst-kommunen-s1).
const EXCEPTIONS: readonly DemoException[] = [
  { staff: 'hemtjanst-kommunen-s4', workdays: [0], shifts: [], reason: 'sick', note: 'Sjukanmäld' },
  { staff: 'hemtjanst-kommunen-s7', workdays: [1], shifts: [{ start: '12:00', end: '15:00', skills: [] }], reason: 'course', note: 'Förflyttningsutbildning på förmiddagen' },
  { staff: 'omsorgshuset-s2', workdays: [2], shifts: [], reason: 'leave', note: 'Ledig' },
];

/** Each exception's dates: the working days it names, from `today`. */
function dated(s: ScenarioInput, validFrom: string, today: string): (DemoException & { dates: string[] })[] {
  const days = staffDays(EXCEPTIONS.map((e) => e.staff), datesBetween(today, addDays(today, 13)), demoPattern(s, validFrom), [], []);
  return EXCEPTIONS.map((e) => {
    const working = days.filter((d) => d.staff === e.staff && d.shifts.length > 0).map((d) => d.date);
    return { ...e, dates: e.workdays.map((i) => working[i]!) };
  });
}

/** The exception dates and the shifts set for them, from `today`. */
export function demoExceptions(s: ScenarioInput, validFrom: string, today: string): { exceptions: ShiftException[]; dayShifts: (Shift & { date: string })[] } {
  const all = dated(s, validFrom, today).flatMap((e) => e.dates.map((date) => ({ ...e, date })));
  return {
    exceptions: all.map((e) => ({ staff: e.staff, date: e.date, reason: e.reason, note: e.note })),
    dayShifts: all.flatMap((e) => e.shifts.map((s) => ({ ...s, staff: e.staff, date: e.date }))),
  };
}

export async function seedExceptions(db: Kysely<DB>, s: ScenarioInput, validFrom: string, today: string): Promise<void> {
  for (const e of dated(s, validFrom, today)) await replaceExceptions(db, s.municipality.id, e.staff, e.dates, e.shifts, e.reason, e.note);
}
