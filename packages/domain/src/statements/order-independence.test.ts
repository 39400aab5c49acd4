import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Registration } from '../model/care-data.ts';
import { analyseMonth } from './analyse.ts';
import { computeStatements } from './compute.ts';
import { baseData } from './test-support/builder.ts';

const STAFF = ['s1', 's2', 't1'] as const;
const CLIENTS = ['c1', 'c2'] as const;
const KINDS = ['arrive', 'arrive', 'leave', 'leave', 'declined_at_door', 'declined_in_advance'] as const;

/** Random registrations in late January / early February 2017, with corrections and voids. */
const registrationsArb = fc
  .array(
    fc.record({
      kind: fc.constantFrom(...KINDS),
      staff: fc.constantFrom(...STAFF),
      client: fc.constantFrom(...CLIENTS),
      // Minutes from 2017-01-28T00:00Z over 8 days, with seconds.
      second: fc.integer({ min: 0, max: 8 * 24 * 3600 }),
      manual: fc.boolean(),
      correctsEarlier: fc.option(fc.nat(), { nil: undefined }),
      isVoid: fc.boolean(),
    }),
    { maxLength: 60 },
  )
  .map((rows) =>
    rows.map((row, i): Registration => {
      const at = new Date(Date.UTC(2017, 0, 28) + row.second * 1000).toISOString().replace('.000Z', 'Z');
      const corrects = row.correctsEarlier === undefined || i === 0 ? undefined : `id${row.correctsEarlier % i}`;
      return {
        id: `id${i}`,
        kind: corrects !== undefined && row.isVoid ? 'void' : row.kind,
        client: row.client,
        staff: row.staff,
        at,
        method: row.manual ? 'manual' : 'nfc',
        reason: row.manual ? 'r' : undefined,
        corrects,
        plannedMinutes: row.kind === 'declined_at_door' ? 30 : undefined,
      };
    }),
  );

describe('order independence', () => {
  it('gives the same statements and analysis however the registrations are listed', () => {
    const data = baseData({ rules: [{ from: '2016-01-01', capPercent: 50, declinedAtDoorPercent: { care: 100, service: 100 } }] });
    data.orders.push({ id: 'o2', client: 'c2', provider: 'p1', from: '2017-01-30', to: '2017-02-02', hoursPerMonth: { service: 1 }, doubleStaffing: false });
    data.excessReviews = [{ client: 'c1', provider: 'p1', month: '2017-01', decision: 'approved', reason: 'ok' }];
    fc.assert(
      fc.property(registrationsArb.chain((regs) => fc.tuple(fc.constant(regs), fc.shuffledSubarray(regs, { minLength: regs.length }))), ([regs, shuffled]) => {
        const a = { ...data, registrations: regs };
        const b = { ...data, registrations: shuffled };
        for (const month of ['2017-01', '2017-02']) {
          expect(JSON.stringify(computeStatements(b, month))).toBe(JSON.stringify(computeStatements(a, month)));
          expect(analyseMonth(b, month)).toEqual(analyseMonth(a, month));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('keeps payable + excess = performed + declined paid on every line', () => {
    const data = baseData({ rules: [{ from: '2016-01-01', capPercent: 50, declinedAtDoorPercent: { care: 100, service: 100 } }] });
    fc.assert(
      fc.property(registrationsArb, (regs) => {
        for (const s of computeStatements({ ...data, registrations: regs }, '2017-01').statements) {
          for (const l of s.lines) expect(l.payableMinutes + l.excessMinutes).toBe(l.performedMinutes + l.declinedPaidMinutes);
        }
      }),
      { numRuns: 100 },
    );
  });
});
