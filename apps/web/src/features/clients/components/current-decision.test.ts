import { describe, expect, it } from 'vitest';
import { currentDecision } from './current-decision.ts';

const d = (id: string, validFrom: string, validTo: string | null) => ({ id, validFrom, validTo });

describe('currentDecision', () => {
  it('picks the decision in force today, whatever its place in the list', () => {
    const list = [d('next', '2027-01-01', null), d('now', '2026-06-01', '2026-12-31'), d('old', '2025-01-01', '2026-05-31')];
    expect(currentDecision(list, '2026-12-01')?.id).toBe('now');
    expect(currentDecision(list, '2026-12-31')?.id).toBe('now');
    expect(currentDecision(list, '2027-01-01')?.id).toBe('next');
  });

  it('falls back to the newest when none is in force, and to nothing when there is none', () => {
    expect(currentDecision([d('future', '2027-01-01', null), d('past', '2020-01-01', '2020-12-31')], '2026-12-01')?.id).toBe('future');
    expect(currentDecision([], '2026-12-01')).toBeUndefined();
  });
});
