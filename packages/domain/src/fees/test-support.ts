// Builders for the fee tests: small, valid care data with only what a case needs.
import { luhnCheckDigit } from '../ids/luhn.ts';
import type { CareData, Client, FeeModel, Order } from '../model/care-data.ts';
import type { AnalysedDeclined, AnalysedVisit } from './analysis.ts';

/** A valid 12-digit personal number for a birth date `YYYYMMDD` (day + 60 for a samordningsnummer). */
export function personalNumber(yyyymmdd: string, serial = '238'): string {
  const payload = yyyymmdd.slice(2) + serial;
  return `${yyyymmdd}-${serial}${luhnCheckDigit(payload)}`;
}

export const HOURLY_MODEL: FeeModel = {
  from: '2016-01-01',
  basis: 'performed',
  tariff: { kind: 'hourly', orePerHour: 24_600 },
  under65MinimibeloppPercent: 110,
  declinedAtDoorFeeOre: 15_000,
};

export function client(
  id: string,
  born: string,
  fee?: Partial<NonNullable<Client['fee']>> | null,
): Client {
  return {
    id,
    personalNumber: personalNumber(born),
    name: `Client ${id}`,
    district: 'd1',
    fee:
      fee === null
        ? undefined
        : {
            netIncomeOre: 2_000_000,
            housingSupplementOre: 0,
            housingCostOre: 500_000,
            household: 'single',
            adjustmentsOre: 0,
            ...fee,
          },
  };
}

export function order(
  id: string,
  clientId: string,
  hours: number,
  from = '2016-01-01',
  to: string | null = null,
  provider = 'p1',
): Order {
  return {
    id,
    client: clientId,
    provider,
    from,
    to,
    hoursPerMonth: { personal_care: hours },
    doubleStaffing: false,
  };
}

export function careData(parts: {
  clients: Client[];
  orders?: Order[];
  fees?: FeeModel[];
  prisbasbelopp?: Record<string, number>;
}): CareData {
  return {
    municipality: {
      id: 'testby',
      name: 'Testby kommun',
      timezone: 'Europe/Stockholm',
      model: 'performed_time',
      bands: [],
      defaultBand: 'day',
      holidayEves: [],
      rules: [],
      rates: [],
      fees: parts.fees ?? [HOURLY_MODEL],
      prisbasbelopp: parts.prisbasbelopp ?? {},
    },
    districts: [{ id: 'd1', name: 'D1' }],
    providers: [],
    staff: [],
    clients: parts.clients,
    orders: parts.orders ?? parts.clients.map((c) => order(`o-${c.id}`, c.id, 10)),
    registrations: [],
    deviations: [],
    excessReviews: [],
  };
}

let visitSerial = 0;

/** A visit at local `date` from `start` for `minutes` (epoch minutes from a UTC reading: only differences matter). */
export function visit(
  clientId: string,
  date: string,
  start: string,
  minutes: number,
  extra: Partial<AnalysedVisit> = {},
): AnalysedVisit {
  const startMinute = Date.parse(`${date}T${start}:00Z`) / 60_000;
  visitSerial += 1;
  return {
    id: `v${visitSerial}`,
    client: clientId,
    provider: 'p1',
    staff: 's1',
    startMinute,
    endMinute: startMinute + minutes,
    date,
    heldWhole: false,
    overlap: false,
    manual: false,
    corrected: false,
    ...extra,
  };
}

export function declined(
  clientId: string,
  date: string,
  kind: AnalysedDeclined['kind'] = 'declined_at_door',
): AnalysedDeclined {
  visitSerial += 1;
  return { id: `d${visitSerial}`, client: clientId, provider: 'p1', kind, date };
}
