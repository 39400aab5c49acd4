import { z } from 'zod';
import { calendarDateProblem } from './calendar.ts';

// Two normalisations before an instant is checked, compared or stored:
// - Seconds may be left out (ISO 8601 allows `08:30+01:00`); they are written as `:00`, so that
//   every stored instant has one form.
// - PostgreSQL keeps instants to the microsecond and rounds finer digits: 08:00:59.9999999 would
//   be stored as 08:01:00, a minute later than the registration says (R-3 drops seconds, it
//   never rounds them). Digits past the sixth are cut, so the database and the engine see the
//   same instant and the same minute.
const WITHOUT_SECONDS = /^(\d{4}-\d\d-\d\dT\d\d:\d\d)(Z|[+-]\d\d:\d\d)$/;
const FINER_THAN_MICROSECONDS = /(\.\d{6})\d+/;

/** The form an instant is stored in: seconds written out, fraction cut to microseconds. */
export function normaliseInstant(value: string): string {
  return value.replace(WITHOUT_SECONDS, '$1:00$2').replace(FINER_THAN_MICROSECONDS, '$1');
}

/** An ISO 8601 instant with an offset; seconds optional, fraction cut to microseconds. */
export function instantWithOffset(example: string) {
  const message = `expected an instant with offset, e.g. ${example}`;
  const strict = z.iso.datetime({ offset: true });
  return z
    .string({ message })
    .overwrite(normaliseInstant)
    .refine((v) => strict.safeParse(v).success, { message })
    .superRefine((v, ctx) => {
      const problem = calendarDateProblem(v.slice(0, 10));
      if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
    });
}
