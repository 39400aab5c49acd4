import { z } from 'zod';

// PostgreSQL keeps instants to the microsecond and rounds finer digits: 08:00:59.9999999 would be
// stored as 08:01:00, a minute later than the registration says (R-3 drops seconds, it never
// rounds them). Digits past the sixth are cut here, before anything is compared or stored, so
// the database and the engine see the same instant and the same minute.
const FINER_THAN_MICROSECONDS = /(\.\d{6})\d+/;

/** An RFC 3339 instant with an offset, fraction cut to microseconds. */
export function instantWithOffset(example: string) {
  return z.iso
    .datetime({ offset: true, message: `expected an instant with offset, e.g. ${example}` })
    .overwrite((value) => value.replace(FINER_THAN_MICROSECONDS, '$1'));
}
