import type { Resolution, UnresolvedException } from '../api/month.ts';

// Which correction resolves which exception (the API's `kind`), and the body of one. Exceptions
// of a kind a provider cannot resolve (a missing rate, double staffing not ordered) have none.

export type ResolutionKind = Resolution['kind'];

export function resolutionKind(type: UnresolvedException['type']): ResolutionKind | null {
  switch (type) {
    case 'missing_leave':
      return 'complete_leave';
    case 'overlap':
      return 'split_overlap';
    case 'no_active_order':
      return 'explain_no_order';
    case 'missing_arrive':
    case 'unordered_double_staffing':
    case 'missing_rate':
      return null;
  }
}

/**
 * `at` and `plannedLeave` carry the municipality's offset (`2026-11-23T09:00:00+01:00`): a typed
 * clock time `HH:MM` is put on the exception's own date with that offset.
 */
export function leaveInstant(at: string, clock: string): string {
  return `${at.slice(0, 10)}T${clock}:00${at.slice(19)}`;
}

/** The resolution of one exception, or null when it needs a time that was not typed. */
export function resolutionFor(
  e: UnresolvedException,
  reason: string,
  clock: string,
): Resolution | null {
  const kind = resolutionKind(e.type);
  if (kind === 'complete_leave') {
    return clock
      ? { kind, registration: e.registration, reason, leaveAt: leaveInstant(e.at, clock) }
      : { kind, registration: e.registration, reason };
  }
  if (kind === 'split_overlap') {
    return clock
      ? { kind, registration: e.registration, reason, leaveAt: leaveInstant(e.at, clock) }
      : null;
  }
  if (kind === 'explain_no_order') return { kind, registration: e.registration, reason };
  return null;
}
