import { describe, expect, it } from 'vitest';
import type { ProviderStatement } from '../statements/types.ts';
import { adjustmentOre, approvalBlockers, isLocked, submitBlockers, transition } from './index.ts';

const statement: ProviderStatement = {
  provider: 'p1',
  model: 'performed_time',
  lines: [],
  excess: [
    { client: 'c1', minutes: 78, amountOre: 52000, status: 'pending' },
    { client: 'c2', minutes: 5, amountOre: 3333, status: 'pending' },
  ],
  approvedExcess: [],
  exceptions: [
    { type: 'missing_leave', client: 'c3', staff: 's1', at: '2016-10-07T08:00:00+02:00', registration: 'r1' },
  ],
  registrations: 10,
  manualRegistrations: 0,
  undecidedDeviations: 1,
  totalOre: 100,
};

describe('statement status (R-14)', () => {
  it('goes draft → submitted → approved → exported and no other way', () => {
    expect(transition('draft', 'submit')).toEqual({ ok: true, status: 'submitted' });
    expect(transition('submitted', 'approve')).toEqual({ ok: true, status: 'approved' });
    expect(transition('approved', 'export')).toEqual({ ok: true, status: 'exported' });
    expect(transition('exported', 'export')).toEqual({ ok: true, status: 'exported' });
    expect(transition('submitted', 'reopen')).toEqual({ ok: true, status: 'draft' });
    expect(transition('draft', 'approve')).toEqual({ ok: false, message: 'cannot approve a statement that is draft (only one that is submitted)' });
    expect(transition('approved', 'approve').ok).toBe(false);
    expect(transition('approved', 'submit').ok).toBe(false);
    expect(transition('approved', 'reopen').ok).toBe(false);
  });

  it('locks approved and exported statements only', () => {
    expect(['draft', 'submitted', 'approved', 'exported'].map((s) => isLocked(s as never))).toEqual([false, false, true, true]);
  });
});

describe('what blocks a step', () => {
  it('submitting needs a reason for each excess', () => {
    expect(submitBlockers(statement, new Set(['c1']))).toEqual([
      { kind: 'excess_without_reason', client: 'c2', minutes: 5, message: 'client c2 has 5 minutes of excess without the provider\'s reason' },
    ]);
    expect(submitBlockers(statement, new Set(['c1', 'c2']))).toEqual([]);
  });

  it('approval is blocked by undecided deviations of the month and provider, and by exceptions', () => {
    const deviations = [
      { id: 'dv1', client: 'c1', provider: 'p1', month: '2016-10', minutes: -30, reason: 'hospital' as const, comment: '', status: 'reported' as const },
      { id: 'dv2', client: 'c1', provider: 'p1', month: '2016-10', minutes: -30, reason: 'hospital' as const, comment: '', status: 'approved' as const },
      { id: 'dv3', client: 'c1', provider: 'p2', month: '2016-10', minutes: -30, reason: 'hospital' as const, comment: '', status: 'reported' as const },
      { id: 'dv4', client: 'c1', provider: 'p1', month: '2016-11', minutes: -30, reason: 'hospital' as const, comment: '', status: 'reported' as const },
    ];
    const blockers = approvalBlockers(statement, deviations, '2016-10');
    expect(blockers.map((b) => b.kind)).toEqual(['undecided_deviation', 'unresolved_exception']);
    expect(blockers[0]).toMatchObject({ deviation: 'dv1' });
    expect(blockers[1]).toMatchObject({ type: 'missing_leave', registration: 'r1' });
    expect(approvalBlockers({ ...statement, exceptions: [] }, [], '2016-10')).toEqual([]);
  });
});

describe('adjustments for locked months', () => {
  it('are the difference not yet booked', () => {
    expect(adjustmentOre(548000, 548000, 0)).toBe(0);
    expect(adjustmentOre(548000, 560000, 0)).toBe(12000);
    expect(adjustmentOre(548000, 560000, 12000)).toBe(0);
    expect(adjustmentOre(548000, 540000, 0)).toBe(-8000);
  });
});
