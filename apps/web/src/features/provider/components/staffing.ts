import { WEEKDAYS, type Weekday } from '@hemma/domain';
import { shiftProblem, type ShiftProblem } from '@hemma/domain/shifts';

// The forms of staff and shifts as plain data: what is typed, what is sent, what is wrong.

/** An id for a new staff member or unit from its name: ASCII, the provider first, a short tail against twins. */
export function idFromName(prefix: string, name: string, tail: string): string {
  const slug = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const head = `${prefix}-${slug}`.slice(0, 64 - tail.length - 1).replace(/-+$/, '');
  return `${head}-${tail}`;
}

/** A whole percentage 1–100 typed, `null` for empty, `undefined` for anything else. */
export function percentOf(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d{1,3}$/.test(trimmed)) return undefined;
  const n = Number(trimmed);
  return n >= 1 && n <= 100 ? n : undefined;
}

export interface TypedShift {
  start: string;
  end: string;
  /** Kept as they were: the form does not edit skills, and saving must not drop them. */
  skills?: string[];
}

/** The week as edited: every weekday, each with its shifts in order. */
export type WeekDraft = Record<Weekday, TypedShift[]>;

export function weekDraftOf(weekly: readonly { weekday: string; start: string; end: string; skills: string[] }[]): WeekDraft {
  const week = Object.fromEntries(WEEKDAYS.map((d) => [d, [] as TypedShift[]])) as WeekDraft;
  for (const w of weekly) {
    if ((WEEKDAYS as readonly string[]).includes(w.weekday)) {
      week[w.weekday as Weekday].push({ start: w.start, end: w.end, ...(w.skills.length > 0 && { skills: [...w.skills] }) });
    }
  }
  return week;
}

/** The body's `weekly`, Monday first. */
export function weeklyOf(week: WeekDraft): { weekday: Weekday; start: string; end: string; skills: string[] }[] {
  return WEEKDAYS.flatMap((weekday) => week[weekday].map((s) => ({ weekday, start: s.start, end: s.end, skills: s.skills ?? [] })));
}

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

export type FormProblem = { index: number; field: 'start' | 'end'; kind: ShiftProblem['kind'] | 'missing' };

/** The first thing wrong with a list of shifts as typed (an index into that list), or undefined. */
export function typedShiftProblem(shifts: readonly { start: string; end: string; weekday?: string }[]): FormProblem | undefined {
  for (const [index, s] of shifts.entries()) {
    if (!CLOCK.test(s.start)) return { index, field: 'start', kind: 'missing' };
    if (!CLOCK.test(s.end)) return { index, field: 'end', kind: 'missing' };
  }
  return shiftProblem(shifts);
}
