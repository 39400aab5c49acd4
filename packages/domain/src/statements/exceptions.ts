// Exceptions of one statement, listed in step-1 order of the registration they are about (a
// visit's is its arrive). A visit with several reasons is listed once per reason, in the
// order overlap, no_active_order, unordered_double_staffing, missing_rate.

import type { Registration } from '../model/care-data.ts';
import type { LocalClock } from '../time/local-clock.ts';
import type { KeptException, PlainExceptionType, StatementException } from './types.ts';

export const EXCEPTION_RANK: Record<StatementException['type'], number> = {
  missing_leave: 0,
  missing_arrive: 0,
  overlap: 1,
  no_active_order: 2,
  unordered_double_staffing: 3,
  missing_rate: 4,
};

export class ExceptionLog {
  private readonly entries: { seq: number; exception: KeptException }[] = [];
  private readonly clock: LocalClock;

  constructor(clock: LocalClock) {
    this.clock = clock;
  }

  /** `r` is the registration the exception names (a visit's arrive), `seq` its step-1 position, `minute` its minute. */
  add(type: PlainExceptionType, r: Registration, seq: number, minute: number): void {
    this.entries.push({
      seq,
      exception: { type, client: r.client, staff: r.staff, registration: r.id, at: this.clock.formatInstant(minute), registrationAt: r.at },
    });
  }

  addDoubleStaffing(r: Registration, seq: number, minute: number, minutes: number): void {
    this.entries.push({
      seq,
      exception: {
        type: 'unordered_double_staffing',
        client: r.client,
        staff: r.staff,
        registration: r.id,
        minutes,
        at: this.clock.formatInstant(minute),
        registrationAt: r.at,
      },
    });
  }

  /** Step-1 order, each with its registration's instant as given (to merge with others later). */
  sorted(): KeptException[] {
    return this.entries
      .sort((a, b) => a.seq - b.seq || EXCEPTION_RANK[a.exception.type] - EXCEPTION_RANK[b.exception.type])
      .map((e) => e.exception);
  }
}
