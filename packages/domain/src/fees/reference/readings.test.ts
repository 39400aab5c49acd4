// Pins the engine's readings where the spec leaves room (docs/fees.md, "Decisions"), on the
// smallest scenarios that show them, so the differential reference and the engine stay agreed.
import { describe, expect, it } from 'vitest';
import { careDataFromScenario } from '../../statements/test-support/scenario.ts';
import { feesForMonth } from '../fees-for-month.ts';
import { referenceFees } from './reference-fees.ts';
import type { JsonScenario, JsonTariff } from './scenario-json.ts';

function scenario(model: 'performed_time' | 'granted_time', tariff: JsonTariff): JsonScenario {
  const reg = (id: string, kind: 'arrive' | 'leave', client: string, at: string) => ({ id, kind, client, staff: 's1', at, method: 'nfc' as const });
  return {
    format: 'hemma-scenario/1',
    municipality: { id: 'm', name: 'M', model, fees: [{ from: '2024-01-01', basis: 'performed', tariff, under65MinimibeloppPercent: 100, declinedAtDoorFeeOre: 0 }] },
    districts: [{ id: 'd1', name: 'D' }],
    providers: [{ id: 'p1', name: 'P', orgNumber: '212000-0985', kind: 'municipal' }],
    staff: [{ id: 's1', provider: 'p1', name: 'S' }],
    clients: [
      { id: 'c1', personalNumber: '19400101-0018', name: 'A', district: 'd1' },
      { id: 'c2', personalNumber: '19400101-0018', name: 'B', district: 'd1' },
    ],
    orders: ['c1', 'c2'].map((client) => ({ id: `o-${client}`, client, provider: 'p1', from: '2024-01-01', to: null, hoursPerMonth: { personal_care: 10 }, doubleStaffing: false })),
    registrations: [
      // s1 at c1 09:00–10:00 and, overlapping, at c2 09:30–10:30: both held for overlap.
      reg('a1', 'arrive', 'c1', '2024-03-05T09:00:00+01:00'), reg('l1', 'leave', 'c1', '2024-03-05T10:00:00+01:00'),
      reg('a2', 'arrive', 'c2', '2024-03-05T09:30:00+01:00'), reg('l2', 'leave', 'c2', '2024-03-05T10:30:00+01:00'),
      reg('a3', 'arrive', 'c1', '2024-03-06T09:00:00+01:00'), reg('l3', 'leave', 'c1', '2024-03-06T09:45:00+01:00'),
    ],
    deviations: [],
    excessReviews: [],
  };
}

function both(s: JsonScenario) {
  const engine = feesForMonth(careDataFromScenario(s as unknown as Record<string, unknown>), '2024-03');
  return { engine, reference: referenceFees(s, '2024-03', '2026-12-01') };
}

describe('readings of R-15 where the spec leaves room', () => {
  it('a granted_time municipality still leaves visits held for overlap out of the performed basis', () => {
    const { engine, reference } = both(scenario('granted_time', { kind: 'hourly', orePerHour: 30000 }));
    expect(engine.fees.map((f) => f.basisMinutes)).toEqual([45, 0]);
    expect(engine).toEqual(reference);
  });

  it('a fixed or level amount in odd öre is charged as given, not rounded to whole kronor', () => {
    const { engine, reference } = both(scenario('performed_time', { kind: 'fixed', ore: 12_345 }));
    expect(engine.fees[0]?.tariffOre).toBe(12_345);
    expect(engine.fees[0]?.feeOre).toBe(12_345);
    expect(engine).toEqual(reference);
  });
});
