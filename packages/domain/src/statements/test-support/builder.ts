// Test support: a small municipality to hand-compute statements against. Default: Exempelby's
// two bands (day per hour 400 kr, night per visit 200 kr), cap 110 %, declined 0 %, one
// private provider p1 with staff s1, s2 and s3, one order for c1 of 10 h/month from 2017-01-01.

import type { CareData, Registration } from '../../model/care-data.ts';
import { DEFAULT_BANDS } from './scenario.ts';

export function baseData(overrides: Partial<CareData['municipality']> = {}): CareData {
  return {
    municipality: {
      id: 'm',
      name: 'Test kommun',
      timezone: 'Europe/Stockholm',
      model: 'performed_time',
      bands: DEFAULT_BANDS,
      defaultBand: 'day',
      holidayEves: ['midsummer_eve', 'christmas_eve', 'new_years_eve'],
      rules: [{ from: '2016-01-01', capPercent: 110, declinedAtDoorPercent: { care: 0, service: 0 } }],
      rates: [
        { from: '2016-01-01', band: 'day', price: 'per_hour', ore: 40000 },
        { from: '2016-01-01', band: 'night', price: 'per_visit', ore: 20000 },
      ],
      fees: [],
      prisbasbelopp: {},
      ...overrides,
    },
    districts: [{ id: 'd1', name: 'D' }],
    providers: [
      { id: 'p1', name: 'P1', orgNumber: '556677-8899', kind: 'private' },
      { id: 'p2', name: 'P2', orgNumber: '212000-0142', kind: 'municipal' },
    ],
    staff: [
      { id: 's1', provider: 'p1', name: 'S1' },
      { id: 's2', provider: 'p1', name: 'S2' },
      { id: 's3', provider: 'p1', name: 'S3' },
      { id: 't1', provider: 'p2', name: 'T1' },
    ],
    clients: [
      { id: 'c1', personalNumber: '19400101-0018', name: 'C1', district: 'd1' },
      { id: 'c2', personalNumber: '19400101-0018', name: 'C2', district: 'd1' },
    ],
    orders: [
      { id: 'o1', client: 'c1', provider: 'p1', from: '2017-01-01', to: null, hoursPerMonth: { personal_care: 10 }, doubleStaffing: false },
    ],
    registrations: [],
    deviations: [],
    excessReviews: [],
  };
}

let counter = 0;

/** A registration with a fresh id (ids sort in creation order). */
export function registration(kind: Registration['kind'], at: string, extra: Partial<Registration> = {}): Registration {
  counter += 1;
  return { id: `r${String(counter).padStart(5, '0')}`, kind, client: 'c1', staff: 's1', at, method: 'nfc', ...extra };
}

/** An arrive and a leave; `from`/`to` are local `YYYY-MM-DDTHH:MM` in Stockholm winter time unless an offset is given. */
export function visit(from: string, to: string, extra: Partial<Registration> = {}): Registration[] {
  const at = (t: string): string => (/[+-]\d\d:\d\d$|Z$/.test(t) ? t : `${t}:00+01:00`);
  return [registration('arrive', at(from), extra), registration('leave', at(to), extra)];
}
