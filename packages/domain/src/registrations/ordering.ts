// The one order of registrations that pairing, "arrived earlier" and the cap walk all use
// (scenario spec, step 1): by instant exactly as given, seconds and fractions included, then by
// id. Ids compare by UTF-16 code units (JavaScript's `<`), not by locale, so the order is
// the same on every machine.

import type { Registration } from '../model/care-data.ts';
import { epochMinuteOfMs, parseInstantMs } from '../time/instant.ts';
import { ExactInstants } from './exact-instants.ts';

/** A registration in step-1 order as one object (the engine itself reads `StepOneRegistrations`). */
export interface OrderedRegistration {
  registration: Registration;
  id: string;
  kind: Registration['kind'];
  staff: string;
  client: string;
  method: Registration['method'];
  /** Position in the step-1 order; smaller is earlier. */
  seq: number;
  /** Epoch milliseconds, exact (orders only). */
  ms: number;
  /** Epoch minute, seconds dropped: what every computation uses. */
  minute: number;
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** What step 1 orders by: the instant exactly as given, then the id. */
export interface Instanted {
  id: string;
  at: string;
}

export interface StepOneOrder {
  /** Indices into the input, earliest first. */
  order: Uint32Array;
  /** Epoch milliseconds of each input. */
  ms: Float64Array;
  exact: ExactInstants;
}

/**
 * Indices of `items` in step-1 order. The one comparison of step 1: the engine orders
 * registrations with it, and kept statements order exceptions computed apart with it.
 */
export function stepOneOrder(items: readonly Instanted[]): StepOneOrder {
  const n = items.length;
  const ms = new Float64Array(n);
  for (let i = 0; i < n; i++) ms[i] = parseInstantMs((items[i] as Instanted).at);
  const byId = (i: number, j: number): number => compareIds((items[i] as Instanted).id, (items[j] as Instanted).id);
  const exact = new ExactInstants(items, ms);
  const compare = exact.any
    ? (i: number, j: number): number => (ms[i] as number) - (ms[j] as number) || exact.compare(i, j) || byId(i, j)
    : (i: number, j: number): number => (ms[i] as number) - (ms[j] as number) || byId(i, j);
  const order = bucketSortByMinute(ms, compare) ?? Uint32Array.from({ length: n }, (_, i) => i).sort(compare);
  return { order, ms, exact };
}

/**
 * Effective registrations in step-1 order, with each one's minute at the same position:
 * the position is the registration's `seq`. Arrays rather than an object per registration: a
 * month holds two million of them, and every pass after this reads them in this order.
 */
export interface StepOneRegistrations {
  registrations: Registration[];
  minutes: Float64Array;
  /** Epoch milliseconds, exact (orders only). */
  ms: Float64Array;
}

/**
 * Sorts into step-1 order. Copies of one id (same content: the importer refuses anything
 * else) sort next to each other; only the first is kept.
 */
export function stepOneRegistrations(registrations: readonly Registration[]): StepOneRegistrations {
  const { order, ms, exact } = stepOneOrder(registrations);
  const sorted: Registration[] = [];
  const minutes = new Float64Array(order.length);
  const sortedMs = new Float64Array(order.length);
  let previous = -1;
  for (const i of order) {
    const registration = registrations[i] as Registration;
    if (previous !== -1 && ms[previous] === ms[i] && (registrations[previous] as Registration).id === registration.id) continue;
    minutes[sorted.length] = exact.minute(i);
    sortedMs[sorted.length] = ms[i] as number;
    sorted.push(registration);
    previous = i;
  }
  return { registrations: sorted, minutes: minutes.subarray(0, sorted.length), ms: sortedMs.subarray(0, sorted.length) };
}

/** `stepOneRegistrations` as an object per registration, numbered. */
export function orderRegistrations(registrations: readonly Registration[]): OrderedRegistration[] {
  const { registrations: sorted, minutes, ms } = stepOneRegistrations(registrations);
  return sorted.map((registration, seq) => ({
    registration,
    id: registration.id,
    kind: registration.kind,
    staff: registration.staff,
    client: registration.client,
    method: registration.method,
    seq,
    ms: ms[seq] as number,
    minute: minutes[seq] as number,
  }));
}

/**
 * Indices in step-1 order by a counting sort on the minute, then a comparison sort inside each
 * minute: linear in the registrations for a month of data, where two million comparisons of
 * objects would dominate the whole engine. Undefined when the minutes span too far (a file
 * with decades of data) to be worth the buckets; the caller then sorts by comparison.
 */
function bucketSortByMinute(ms: Float64Array, compare: (i: number, j: number) => number): Uint32Array | undefined {
  const n = ms.length;
  if (n === 0) return new Uint32Array(0);
  let min = Infinity;
  let max = -Infinity;
  for (const value of ms) {
    const minute = epochMinuteOfMs(value);
    if (minute < min) min = minute;
    if (minute > max) max = minute;
  }
  const span = max - min + 1;
  if (span > 4 * n + 2_000_000) return undefined;
  const starts = new Uint32Array(span + 1);
  for (const value of ms) starts[epochMinuteOfMs(value) - min + 1]! += 1;
  for (let b = 1; b <= span; b++) starts[b]! += starts[b - 1]!;
  const fill = starts.slice(0, span);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[fill[epochMinuteOfMs(ms[i]!) - min]!++] = i;
  for (let b = 0; b < span; b++) {
    const from = starts[b]!;
    const to = starts[b + 1]!;
    if (to - from > 1) order.subarray(from, to).sort(compare);
  }
  return order;
}
