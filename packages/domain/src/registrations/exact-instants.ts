// Step 1 orders registrations "by their instant exactly as given". Epoch milliseconds in a
// double keep only about a quarter of a microsecond at today's epoch, so two instants given
// nanoseconds apart can compare equal (and fall back to the id), and an instant a few
// nanoseconds before a minute can round up into the next minute. Instants written with more
// than millisecond digits are rare: only they are read again exactly (Temporal, BigInt
// nanoseconds), and only when the double cannot decide.

import { Temporal } from 'temporal-polyfill';
import { epochMinuteOfMs } from '../time/instant.ts';

const SUB_MILLISECOND = /[.,]\d{4}/;
const NS_PER_MS = 1_000_000n;
const NS_PER_MINUTE = 60_000_000_000n;

export class ExactInstants {
  private readonly exact = new Map<number, bigint>();
  /** Per registration: 1 when written with finer than millisecond digits. */
  private readonly digits: Uint8Array;
  /** Whether any registration is: if none, the double decides every tie (the usual case). */
  readonly any: boolean;

  constructor(
    private readonly registrations: readonly { at: string }[],
    private readonly ms: Float64Array,
  ) {
    this.digits = new Uint8Array(registrations.length);
    let any = false;
    registrations.forEach((r, i) => {
      if (SUB_MILLISECOND.test(r.at)) {
        this.digits[i] = 1;
        any = true;
      }
    });
    this.any = any;
  }

  private fine(i: number): boolean {
    return this.digits[i] === 1;
  }

  /** Exact epoch nanoseconds; a text with at most millisecond digits is exact in the double. */
  private ns(i: number): bigint {
    let value = this.exact.get(i);
    if (value === undefined) {
      value = this.fine(i)
        ? Temporal.Instant.from((this.registrations[i] as { at: string }).at).epochNanoseconds
        : BigInt(Math.round(this.ms[i] as number)) * NS_PER_MS;
      this.exact.set(i, value);
    }
    return value;
  }

  /** Decides two instants whose doubles are equal; 0 when they are the same instant. */
  compare(i: number, j: number): number {
    if (!this.fine(i) && !this.fine(j)) return 0;
    const a = this.ns(i);
    const b = this.ns(j);
    return a < b ? -1 : a > b ? 1 : 0;
  }

  /** R-3's minute (seconds dropped), exact also for nanoseconds before a minute's end. */
  minute(i: number): number {
    if (!this.fine(i)) return epochMinuteOfMs(this.ms[i] as number);
    const ns = this.ns(i);
    const q = ns / NS_PER_MINUTE;
    return Number(ns < 0n && q * NS_PER_MINUTE !== ns ? q - 1n : q);
  }
}
