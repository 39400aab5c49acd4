import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Registration } from '../model/care-data.ts';
import { effectiveRegistrations } from './effective.ts';
import { orderRegistrations } from './ordering.ts';
import { pairRegistrations } from './pairing.ts';

let n = 0;
function reg(kind: Registration['kind'], at: string, extra: Partial<Registration> = {}): Registration {
  n += 1;
  return { id: `r${String(n).padStart(3, '0')}`, kind, client: 'c1', staff: 's1', at, method: 'nfc', ...extra };
}

const ids = (list: readonly { registration: Registration }[]): string[] => list.map((x) => x.registration.id);

describe('effectiveRegistrations', () => {
  it('drops what a correction names, voids, and does not bring back what a voided correction corrected', () => {
    const original = reg('leave', '2017-04-18T11:00:00+02:00');
    const correction = reg('leave', '2017-04-18T09:50:00+02:00', { corrects: original.id, method: 'manual', reason: 'x' });
    const voidOfCorrection = reg('void', '2017-04-18T12:00:00+02:00', { corrects: correction.id, method: 'manual', reason: 'y' });
    const other = reg('arrive', '2017-04-18T09:00:00+02:00');
    expect(effectiveRegistrations([original, correction, other]).map((r) => r.id)).toEqual([correction.id, other.id]);
    expect(effectiveRegistrations([original, correction, voidOfCorrection, other]).map((r) => r.id)).toEqual([other.id]);
  });
});

describe('orderRegistrations', () => {
  it('orders by the exact instant with seconds, then by id, and drops copies of one id', () => {
    const a = { ...reg('arrive', '2017-04-03T08:00:30+02:00'), id: 'b' };
    const b = { ...reg('arrive', '2017-04-03T08:00:10+02:00'), id: 'c' };
    const c = { ...reg('arrive', '2017-04-03T06:00:10Z'), id: 'a' }; // same instant as b
    const ordered = orderRegistrations([a, b, c, { ...a }]);
    expect(ids(ordered)).toEqual(['a', 'c', 'b']);
    expect(ordered.map((o) => o.seq)).toEqual([0, 1, 2]);
    // Seconds only order: both count as 08:00.
    expect(ordered[2]?.minute).toBe(ordered[0]?.minute);
  });
});

describe('pairRegistrations', () => {
  const pair = (regs: Registration[]) => pairRegistrations(orderRegistrations(regs));

  it('pairs an arrive with the next leave of the same staff member and client', () => {
    const arrive = reg('arrive', '2017-04-03T08:00:59+02:00');
    const otherStaff = reg('leave', '2017-04-03T08:10:00+02:00', { staff: 's2' });
    const leave = reg('leave', '2017-04-03T08:45:00+02:00');
    const result = pair([leave, otherStaff, arrive]);
    expect(result.visits).toHaveLength(1);
    expect(result.visits[0]?.end).toBeDefined();
    expect((result.visits[0]?.end ?? 0) - (result.visits[0]?.start ?? 0)).toBe(45);
    expect(ids(result.missingArrive)).toEqual([otherStaff.id]);
    expect(result.missingLeave).toEqual([]);
  });

  it('makes an arrive followed by another arrive missing_leave', () => {
    const first = reg('arrive', '2017-04-03T08:00:00+02:00');
    const second = reg('arrive', '2017-04-03T09:00:00+02:00');
    const leave = reg('leave', '2017-04-03T09:30:00+02:00');
    const result = pair([first, second, leave]);
    expect(ids(result.missingLeave)).toEqual([first.id]);
    expect(result.visits.map((v) => v.arrive.registration.id)).toEqual([second.id]);
  });

  it('accepts a leave exactly 720 minutes later and refuses one minute more', () => {
    const ok = pair([reg('arrive', '2017-04-03T08:00:00+02:00'), reg('leave', '2017-04-03T20:00:59+02:00')]);
    expect(ok.visits).toHaveLength(1);
    const arrive = reg('arrive', '2017-04-03T08:00:00+02:00');
    const leave = reg('leave', '2017-04-03T20:01:00+02:00');
    const late = pair([arrive, leave]);
    expect(late.visits).toEqual([]);
    expect(ids(late.missingLeave)).toEqual([arrive.id]);
    expect(ids(late.missingArrive)).toEqual([leave.id]);
  });

  it('leaves declined registrations out of pairing', () => {
    const arrive = reg('arrive', '2017-04-03T08:00:00+02:00');
    const declined = reg('declined_at_door', '2017-04-03T08:05:00+02:00', { plannedMinutes: 30 });
    const leave = reg('leave', '2017-04-03T08:30:00+02:00');
    expect(pair([arrive, declined, leave]).visits).toHaveLength(1);
  });

  it('does not depend on the order registrations arrive in', () => {
    const base = [
      reg('arrive', '2017-04-03T08:00:00+02:00'),
      reg('leave', '2017-04-03T08:30:00+02:00'),
      reg('arrive', '2017-04-03T08:40:00+02:00', { staff: 's2' }),
      reg('arrive', '2017-04-03T09:00:00+02:00'),
      reg('leave', '2017-04-03T09:00:00+02:00', { staff: 's2' }),
      reg('leave', '2017-04-03T21:30:00+02:00'),
      reg('leave', '2017-04-03T22:00:00+02:00', { client: 'c2' }),
    ];
    const expected = pair(base);
    fc.assert(
      fc.property(fc.shuffledSubarray(base, { minLength: base.length, maxLength: base.length }), (shuffled) => {
        expect(pair(shuffled)).toEqual(expected);
      }),
    );
  });
});
