import { describe, expect, it } from 'vitest';
import type { CareData } from '../model/care-data.ts';
import { analyseMonth } from '../statements/analyse.ts';
import { computeStatements } from '../statements/compute.ts';
import { visit } from '../statements/test-support/builder.ts';
import { figureDocument } from './figures.ts';
import { computeFollowUp } from './follow-up.ts';
import { baseData, local, registration, withClients } from './test-support.ts';

// c1 (district d1) has 10 h a month with p1 (600 minutes, cap 660) at 400 kr an hour.
// March: 3 × 230 = 690 minutes, 30 in excess, approved: paid in April, 30 × 400 / 60 = 200 kr.
// April: 7 × 100 = 700 minutes, 40 in excess (266.67 kr, approved with a reason: paid in May),
// one visit registered manually (arrive and leave), one declined at the door (paid 0 %), one declined in advance.
// c2 (district d2) has no order; t1 of p2 visits once (held, no_active_order).
function fixture(): CareData {
  const base = withClients(baseData(), [
    { id: 'c1', born: '1940-01-01', district: 'd1' },
    { id: 'c2', born: '1950-01-01', district: 'd2' },
  ]);
  const april = ['03', '04', '05', '06', '07', '08', '09'].flatMap((d, i) =>
    visit(`2017-04-${d}T08:00:00+02:00`, `2017-04-${d}T09:40:00+02:00`, i === 0 ? { method: 'manual', reason: 'tag missing' } : {}),
  );
  return {
    ...base,
    districts: [
      { id: 'd1', name: 'Norr' },
      { id: 'd2', name: 'Söder' },
    ],
    registrations: [
      ...['06', '07', '08'].flatMap((d) => visit(`2017-03-${d}T08:00`, `2017-03-${d}T11:50`)),
      ...april,
      registration('declined_at_door', local('2017-04-10', '08:00'), { plannedMinutes: 60 }),
      registration('declined_in_advance', local('2017-04-11', '08:00')),
      ...visit('2017-04-12T10:00:00+02:00', '2017-04-12T10:30:00+02:00', { client: 'c2', staff: 't1' }),
    ],
    excessReviews: [
      { client: 'c1', provider: 'p1', month: '2017-03', decision: 'approved', reason: 'Nytt behov' },
      { client: 'c1', provider: 'p1', month: '2017-04', decision: 'rejected', reason: 'Ej motiverat' },
      { client: 'c1', provider: 'p1', month: '2017-04', decision: 'approved', reason: 'Fall i hemmet' },
    ],
  };
}

const C1 = {
  orderedMinutes: 600, performedMinutes: 700, performedPercent: 116.7,
  plannedVisits: 9, declinedAtDoor: 1, declinedAtDoorPercent: 11.1, declinedInAdvance: 1, declinedInAdvancePercent: 11.1,
  excessMinutes: 40, excessApprovedMinutes: 40, excessRejectedMinutes: 0, excessPendingMinutes: 0,
  registrations: 16, manualRegistrations: 2, manualPercent: 12.5,
  amountOre: 440_000, approvedExcessOre: 20_000, paidOre: 460_000,
};
const C2 = {
  orderedMinutes: 0, performedMinutes: 0, performedPercent: null,
  plannedVisits: 1, declinedAtDoor: 0, declinedAtDoorPercent: 0, declinedInAdvance: 0, declinedInAdvancePercent: 0,
  excessMinutes: 0, excessApprovedMinutes: 0, excessRejectedMinutes: 0, excessPendingMinutes: 0,
  registrations: 2, manualRegistrations: 0, manualPercent: 0,
  amountOre: 0, approvedExcessOre: 0, paidOre: 0,
};

function followUp(data: CareData, month: string) {
  return computeFollowUp(data, computeStatements(data, month), analyseMonth(data, month));
}

describe('the follow-up figures of a month', () => {
  it('reads ordered, performed, excess and paid off the statements, per client, provider, district and in total', () => {
    expect(followUp(fixture(), '2017-04')).toEqual({
      format: 'hemma-follow-up/1',
      municipality: 'm',
      month: '2017-04',
      clients: [{ client: 'c1', ...C1 }, { client: 'c2', ...C2 }],
      providers: [{ provider: 'p1', ...C1 }, { provider: 'p2', ...C2 }],
      districts: [{ district: 'd1', ...C1 }, { district: 'd2', ...C2 }],
      total: {
        orderedMinutes: 600, performedMinutes: 700, performedPercent: 116.7,
        plannedVisits: 10, declinedAtDoor: 1, declinedAtDoorPercent: 10, declinedInAdvance: 1, declinedInAdvancePercent: 10,
        excessMinutes: 40, excessApprovedMinutes: 40, excessRejectedMinutes: 0, excessPendingMinutes: 0,
        registrations: 18, manualRegistrations: 2, manualPercent: 11.1,
        amountOre: 440_000, approvedExcessOre: 20_000, paidOre: 460_000,
      },
      excess: [{ client: 'c1', provider: 'p1', minutes: 40, amountOre: 26_667, status: 'approved', reason: 'Fall i hemmet' }],
    });
  });

  it('puts approved excess in the month it is paid, and pending excess has no reason yet', () => {
    const data = fixture();
    const march = followUp({ ...data, excessReviews: [] }, '2017-03');
    expect(march.total).toMatchObject({ performedMinutes: 690, excessMinutes: 30, excessPendingMinutes: 30, amountOre: 440_000, approvedExcessOre: 0 });
    expect(march.excess).toEqual([{ client: 'c1', provider: 'p1', minutes: 30, amountOre: 20_000, status: 'pending', reason: null }]);
    // May has no lines of its own: only April's approved excess, paid now.
    expect(followUp(data, '2017-05').clients).toEqual([
      { client: 'c1', ...C1, ...ZERO, orderedMinutes: 600, performedPercent: 0, approvedExcessOre: 26_667, paidOre: 26_667 },
    ]);
  });

  it('gives each figure its own document with only its numbers', () => {
    const doc = followUp(fixture(), '2017-04');
    expect(figureDocument('declined', doc)).toEqual({
      format: 'hemma-declined/1',
      municipality: 'm',
      month: '2017-04',
      clients: [
        { client: 'c1', plannedVisits: 9, declinedAtDoor: 1, declinedAtDoorPercent: 11.1, declinedInAdvance: 1, declinedInAdvancePercent: 11.1 },
        { client: 'c2', plannedVisits: 1, declinedAtDoor: 0, declinedAtDoorPercent: 0, declinedInAdvance: 0, declinedInAdvancePercent: 0 },
      ],
      providers: [
        { provider: 'p1', plannedVisits: 9, declinedAtDoor: 1, declinedAtDoorPercent: 11.1, declinedInAdvance: 1, declinedInAdvancePercent: 11.1 },
        { provider: 'p2', plannedVisits: 1, declinedAtDoor: 0, declinedAtDoorPercent: 0, declinedInAdvance: 0, declinedInAdvancePercent: 0 },
      ],
      districts: [
        { district: 'd1', plannedVisits: 9, declinedAtDoor: 1, declinedAtDoorPercent: 11.1, declinedInAdvance: 1, declinedInAdvancePercent: 11.1 },
        { district: 'd2', plannedVisits: 1, declinedAtDoor: 0, declinedAtDoorPercent: 0, declinedInAdvance: 0, declinedInAdvancePercent: 0 },
      ],
      total: { plannedVisits: 10, declinedAtDoor: 1, declinedAtDoorPercent: 10, declinedInAdvance: 1, declinedInAdvancePercent: 10 },
    });
    const excess = figureDocument('excess', doc);
    expect(excess.clients).toEqual([{ client: 'c1', excessMinutes: 40, excessApprovedMinutes: 40, excessRejectedMinutes: 0, excessPendingMinutes: 0 }]);
    expect(excess.excess).toEqual(doc.excess);
    expect(figureDocument('paid', doc).providers).toEqual([{ provider: 'p1', amountOre: 440_000, approvedExcessOre: 20_000, paidOre: 460_000 }]);
  });
});

const ZERO = {
  performedMinutes: 0, plannedVisits: 0, declinedAtDoor: 0, declinedAtDoorPercent: null, declinedInAdvance: 0, declinedInAdvancePercent: null,
  excessMinutes: 0, excessApprovedMinutes: 0, excessRejectedMinutes: 0, excessPendingMinutes: 0,
  registrations: 0, manualRegistrations: 0, manualPercent: null, amountOre: 0,
};
