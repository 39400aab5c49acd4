import { describe, expect, it } from 'vitest';
import type { UnresolvedException } from '../api/month.ts';
import { leaveInstant, resolutionFor } from './resolution.ts';

const base: UnresolvedException = {
  type: 'missing_leave',
  clientId: 'c1',
  clientName: 'Anna',
  staff: 's1',
  registration: '00000000-0000-4000-8000-000000000001',
  at: '2026-11-23T09:00:00+01:00',
  plannedLeave: '2026-11-23T09:45:00+01:00',
};

describe('resolutionFor', () => {
  it('completes a missing leave at the planned end unless a time is typed', () => {
    expect(resolutionFor(base, 'glömde', '')).toEqual({
      kind: 'complete_leave',
      registration: base.registration,
      reason: 'glömde',
    });
    expect(resolutionFor(base, 'glömde', '09:30')).toMatchObject({
      leaveAt: '2026-11-23T09:30:00+01:00',
    });
  });

  it('needs a time to split an overlap', () => {
    expect(resolutionFor({ ...base, type: 'overlap' }, 'dubbel', '')).toBeNull();
    expect(resolutionFor({ ...base, type: 'overlap' }, 'dubbel', '09:20')).toMatchObject({
      kind: 'split_overlap',
    });
  });

  it('withdraws a visit without an order, and leaves a missing rate to the administrator', () => {
    expect(resolutionFor({ ...base, type: 'no_active_order' }, 'fel klient', '')).toMatchObject({
      kind: 'explain_no_order',
    });
    expect(resolutionFor({ ...base, type: 'missing_rate' }, 'x', '')).toBeNull();
  });
});

describe('leaveInstant', () => {
  it('keeps the date and offset of the exception, summer time too', () => {
    expect(leaveInstant('2026-06-02T22:10:00+02:00', '23:05')).toBe('2026-06-02T23:05:00+02:00');
  });
});
