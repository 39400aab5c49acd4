import { describe, expect, it } from 'vitest';
import type { FeeModel } from '../model/care-data.ts';
import type { MonthAnalysis } from './analysis.ts';
import { computeFees } from './compute-fees.ts';
import { FeeError, MissingPrisbasbeloppError } from './errors.ts';
import { careData, client, declined, HOURLY_MODEL, order, visit } from './test-support.ts';
import type { ClientFee } from './types.ts';

// Hand-computed figures for May 2017 (pbb 44 800): maxtaxa 2 013 kr; minimibelopp single
// 5 057 kr (under 65 at 110 %: 5 563), per cohabiting spouse 4 273 kr (under 65: 4 700).
// The default client (test-support) nets 20 000 kr and pays 5 000 kr for housing.

const none: MonthAnalysis = { visits: [], declined: [] };

/** `count` visits of `minutes` each, on consecutive days of May 2017 from the 1st. */
function visits(clientId: string, count: number, minutes = 60) {
  return Array.from({ length: count }, (_, i) =>
    visit(clientId, `2017-05-${String(i + 1).padStart(2, '0')}`, '09:00', minutes),
  );
}

function onlyFee(result: { fees: ClientFee[] }): ClientFee {
  expect(result.fees).toHaveLength(1);
  return result.fees[0] as ClientFee;
}

describe('computeFees: the binding limit', () => {
  it('tariff: one hour of help costs 246 kr', () => {
    const data = careData({ clients: [client('c1', '19300101')] });
    expect(
      onlyFee(computeFees(data, '2017-05', { visits: visits('c1', 1), declined: [] })),
    ).toEqual({
      client: 'c1',
      basisMinutes: 60,
      tariffOre: 24_600,
      maxtaxaOre: 201_300,
      minimibeloppOre: 505_700,
      capacityOre: 994_300, // 20 000 − 5 000 − 5 057
      declinedAtDoorCount: 0,
      feeOre: 24_600,
      binding: 'tariff',
    });
  });

  it('maxtaxa: ten hours would cost 2 460 kr, the ceiling is 2 013 kr', () => {
    const data = careData({ clients: [client('c1', '19300101')] });
    const fee = onlyFee(computeFees(data, '2017-05', { visits: visits('c1', 10), declined: [] }));
    expect(fee).toMatchObject({
      basisMinutes: 600,
      tariffOre: 246_000,
      feeOre: 201_300,
      binding: 'maxtaxa',
    });
  });

  it('capacity: little left after housing and the minimibelopp', () => {
    const data = careData({ clients: [client('c1', '19300101', { netIncomeOre: 1_100_000 })] });
    const fee = onlyFee(computeFees(data, '2017-05', { visits: visits('c1', 10), declined: [] }));
    expect(fee).toMatchObject({ capacityOre: 94_300, feeOre: 94_300, binding: 'capacity' }); // 11 000 − 5 000 − 5 057
  });

  it('capacity 0: nothing to pay, and tariff wins the tie when there was no help either', () => {
    const data = careData({
      clients: [
        client('c1', '19300101', { netIncomeOre: 500_000 }),
        client('c2', '19300101', { netIncomeOre: 500_000 }),
      ],
    });
    const { fees } = computeFees(data, '2017-05', { visits: visits('c1', 1), declined: [] });
    expect(fees[0]).toMatchObject({ client: 'c1', capacityOre: 0, feeOre: 0, binding: 'capacity' });
    expect(fees[1]).toMatchObject({
      client: 'c2',
      basisMinutes: 0,
      tariffOre: 0,
      capacityOre: 0,
      feeOre: 0,
      binding: 'tariff',
    });
  });
});

describe('computeFees: minimibelopp by household and age', () => {
  const fee = (born: string, over: Parameters<typeof client>[2] = {}) =>
    onlyFee(
      computeFees(careData({ clients: [client('c1', born, over)] }), '2017-05', {
        visits: visits('c1', 1),
        declined: [],
      }),
    );

  it('single, 65 or older: 5 057 kr', () => {
    expect(fee('19300101')).toMatchObject({ minimibeloppOre: 505_700, capacityOre: 994_300 });
  });

  it('single, under 65: 110 % of 5 057 kr = 5 563 kr', () => {
    expect(fee('19700101')).toMatchObject({ minimibeloppOre: 556_300, capacityOre: 943_700 });
  });

  it('cohabiting, 65 or older: 4 273 kr per spouse', () => {
    expect(fee('19300101', { household: 'cohabiting', netIncomeOre: 1_000_000 })).toMatchObject({
      minimibeloppOre: 427_300,
      capacityOre: 72_700,
    });
  });

  it('cohabiting, under 65: 110 % of 4 273 kr = 4 700 kr', () => {
    expect(
      fee('19600515', { household: 'cohabiting', netIncomeOre: 900_000, housingCostOre: 400_000 }),
    ).toMatchObject({
      minimibeloppOre: 470_000,
      capacityOre: 30_000,
    });
  });

  it('someone who turns 65 on the first day of the month is 65; a day later, not yet', () => {
    expect(fee('19520501').minimibeloppOre).toBe(505_700);
    expect(fee('19520502').minimibeloppOre).toBe(556_300);
  });

  it("a samordningsnummer's birth date is its day minus 60", () => {
    expect(fee('19520561').minimibeloppOre).toBe(505_700); // born 1952-05-01: 65
    expect(fee('19520562').minimibeloppOre).toBe(556_300); // born 1952-05-02: 64
  });

  it('without income data: no minimibelopp, no capacity, only tariff and maxtaxa limit the fee', () => {
    const data = careData({ clients: [client('c1', '19300101', null)] });
    expect(
      onlyFee(computeFees(data, '2017-05', { visits: visits('c1', 10), declined: [] })),
    ).toMatchObject({
      minimibeloppOre: null,
      capacityOre: null,
      feeOre: 201_300,
      binding: 'maxtaxa',
    });
  });
});

describe('computeFees: declined at the door', () => {
  it('adds the declined-at-door fee outside the ceiling, counting only declined at the door in the month', () => {
    const data = careData({ clients: [client('c1', '19300101', null)] });
    const analysis: MonthAnalysis = {
      visits: visits('c1', 10),
      declined: [
        declined('c1', '2017-05-08'),
        declined('c1', '2017-05-09'),
        declined('c1', '2017-05-10', 'declined_in_advance'),
        declined('c1', '2017-04-30'),
        declined('c2', '2017-05-08'),
      ],
    };
    expect(onlyFee(computeFees(data, '2017-05', analysis))).toMatchObject({
      declinedAtDoorCount: 2,
      feeOre: 201_300 + 2 * 15_000,
      binding: 'maxtaxa',
    });
  });

  it('charges a client with no help at all only the declined visits', () => {
    const data = careData({ clients: [client('c1', '19300101')] });
    expect(
      onlyFee(
        computeFees(data, '2017-05', { visits: [], declined: [declined('c1', '2017-05-08')] }),
      ),
    ).toMatchObject({
      basisMinutes: 0,
      tariffOre: 0,
      feeOre: 15_000,
      binding: 'tariff',
    });
  });
});

describe('computeFees: basis performed', () => {
  const data = careData({ clients: [client('c1', '19300101')] });
  const basis = (analysis: MonthAnalysis) =>
    onlyFee(computeFees(data, '2017-05', analysis)).basisMinutes;

  it('counts the union of visits: two staff at once are one minute of help', () => {
    expect(
      basis({
        visits: [
          visit('c1', '2017-05-15', '08:00', 60),
          visit('c1', '2017-05-15', '08:30', 60, { staff: 's2' }),
        ],
        declined: [],
      }),
    ).toBe(90);
  });

  it('takes all providers together', () => {
    expect(
      basis({
        visits: [
          visit('c1', '2017-05-15', '08:00', 60),
          visit('c1', '2017-05-15', '10:00', 30, { provider: 'p2' }),
        ],
        declined: [],
      }),
    ).toBe(90);
  });

  it('leaves out visits held whole and visits dated outside the month', () => {
    const analysis: MonthAnalysis = {
      visits: [
        visit('c1', '2017-05-15', '08:00', 60),
        visit('c1', '2017-05-16', '08:00', 45, { heldWhole: true }),
        visit('c1', '2017-04-30', '23:30', 60), // dated in April though it ends in May
      ],
      declined: [],
    };
    expect(basis(analysis)).toBe(60);
  });
});

describe('computeFees: basis granted', () => {
  it('sums R-6 minutes per order, rounded per order, and ignores visits', () => {
    const model: FeeModel = { ...HOURLY_MODEL, basis: 'granted' };
    const data = careData({
      fees: [model],
      clients: [client('c1', '19300101', null)],
      orders: [
        order('o1', 'c1', 12), // 720
        order('o2', 'c1', 4, '2017-05-22', null, 'p2'), // 4 × 60 × 10 / 31 = 77.4 → 77
        order('o3', 'c1', 4.5, '2017-05-01', '2017-05-01', 'p3'), // 4.5 × 60 / 31 = 8.7 → 9
        order('o4', 'c1', 50, '2016-01-01', '2017-04-30', 'p4'), // ended: 0
      ],
    });
    expect(
      onlyFee(computeFees(data, '2017-05', { visits: visits('c1', 1), declined: [] })),
    ).toMatchObject({
      basisMinutes: 806,
      tariffOre: 330_500, // 806 × 246 / 60 = 3 304.6 kr → 3 305
      feeOre: 201_300,
    });
  });
  it('prorates decimal hours exactly (0.35 h × 60 × 15 / 30 = 10.5 → 11)', () => {
    const data = careData({
      fees: [{ ...HOURLY_MODEL, basis: 'granted' }],
      clients: [client('c1', '19300101', null)],
      orders: [
        {
          ...order('o1', 'c1', 0),
          from: '2017-04-16',
          hoursPerMonth: { personal_care: 0.1, service: 0.25 },
        },
      ],
    });
    expect(onlyFee(computeFees(data, '2017-04', none)).basisMinutes).toBe(11);
  });
});

describe('computeFees: tariff kinds', () => {
  const levels: FeeModel = {
    ...HOURLY_MODEL,
    tariff: {
      kind: 'levels',
      levels: [
        { upToHours: 5, ore: 60_000 },
        { upToHours: null, ore: 150_000 },
      ],
    },
  };

  it('levels, the open last level included', () => {
    const data = careData({
      fees: [levels],
      clients: [
        client('c1', '19300101', null),
        client('c2', '19300101', null),
        client('c3', '19300101', null),
      ],
    });
    const analysis = {
      visits: [
        ...visits('c1', 5),
        ...visits('c2', 5),
        visit('c2', '2017-05-20', '12:00', 1),
        ...visits('c3', 30, 120),
      ],
      declined: [],
    };
    expect(
      computeFees(data, '2017-05', analysis).fees.map((f) => [
        f.basisMinutes,
        f.tariffOre,
        f.feeOre,
      ]),
    ).toEqual([
      [300, 60_000, 60_000],
      [301, 150_000, 150_000],
      [3600, 150_000, 150_000],
    ]);
  });

  it('refuses a level table without an open last level for the whole month', () => {
    const closed: FeeModel = {
      ...HOURLY_MODEL,
      tariff: { kind: 'levels', levels: [{ upToHours: 5, ore: 60_000 }] },
    };
    const data = careData({ fees: [closed], clients: [client('c1', '19300101')] });
    expect(() => computeFees(data, '2017-05', none)).toThrow(
      /last level of a fee level table must have upToHours null/,
    );
  });

  it('fixed, and nothing for a month without help', () => {
    const data = careData({
      fees: [{ ...HOURLY_MODEL, tariff: { kind: 'fixed', ore: 120_000 } }],
      clients: [client('c1', '19300101'), client('c2', '19300101')],
    });
    expect(
      computeFees(data, '2017-05', { visits: visits('c1', 1, 5), declined: [] }).fees.map(
        (f) => f.tariffOre,
      ),
    ).toEqual([120_000, 0]);
  });
});

describe('computeFees: fee model and year', () => {
  it('uses the model in force on the first day of the month for the whole month', () => {
    const fixed: FeeModel = {
      ...HOURLY_MODEL,
      from: '2017-05-15',
      tariff: { kind: 'fixed', ore: 120_000 },
    };
    const data = careData({ fees: [HOURLY_MODEL, fixed], clients: [client('c1', '19300101')] });
    const analysis = {
      visits: [visit('c1', '2017-05-20', '09:00', 60), visit('c1', '2017-06-02', '09:00', 60)],
      declined: [],
    };
    expect(onlyFee(computeFees(data, '2017-05', analysis)).tariffOre).toBe(24_600);
    expect(onlyFee(computeFees(data, '2017-06', analysis)).tariffOre).toBe(120_000);
  });

  it('gives no fee lines while no fee model is in force', () => {
    const data = careData({
      fees: [{ ...HOURLY_MODEL, from: '2017-05-02' }],
      clients: [client('c1', '19300101')],
    });
    expect(computeFees(data, '2017-05', { visits: visits('c1', 3), declined: [] })).toEqual({
      format: 'hemma-fees/1',
      municipality: 'testby',
      month: '2017-05',
      fees: [],
    });
  });

  it.each([
    ['2016-06', 177_200],
    ['2016-07', 199_100],
    ['2024-03', 257_500],
    ['2025-03', 264_200],
    ['2026-03', 266_000],
  ])('maxtaxa of %s: %i öre', (month, maxtaxa) => {
    const data = careData({ clients: [client('c1', '19300101', null)] });
    const analysis = { visits: [visit('c1', `${month}-02`, '08:00', 900)], declined: [] };
    expect(onlyFee(computeFees(data, month, analysis))).toMatchObject({
      maxtaxaOre: maxtaxa,
      feeOre: maxtaxa,
      binding: 'maxtaxa',
    });
  });

  it("names the year without a prisbasbelopp, and takes the municipality's figure", () => {
    const clients = [client('c1', '19300101')];
    expect(() => computeFees(careData({ clients }), '2027-01', none)).toThrow(
      MissingPrisbasbeloppError,
    );
    expect(() => computeFees(careData({ clients }), '2027-01', none)).toThrow(
      /no prisbasbelopp for 2027/,
    );
    const fee = onlyFee(
      computeFees(careData({ clients, prisbasbelopp: { '2027': 60_000 } }), '2027-01', none),
    );
    // 0.5392 × 60 000 / 12 = 2 696; 1.4789 × 60 000 / 12 = 7 394.5 → 7 395
    expect(fee).toMatchObject({ maxtaxaOre: 269_600, minimibeloppOre: 739_500 });
  });

  it('needs no prisbasbelopp where no fee model is in force', () => {
    const data = careData({ fees: [], clients: [client('c1', '19300101')] });
    expect(computeFees(data, '2030-01', none).fees).toEqual([]);
  });
});

describe('computeFees: which clients', () => {
  it('lists clients with an order active in the month or a visit dated in it, by id', () => {
    const data = careData({
      clients: ['c1', 'c10', 'c2', 'c3', 'c4', 'c5', 'c6'].map((id) => client(id, '19300101')),
      orders: [
        order('o1', 'c2', 10, '2017-05-31'), // active on the last day
        order('o2', 'c3', 10, '2017-01-01', '2017-04-30'), // ended
        order('o3', 'c4', 10, '2017-06-01'), // not begun
        order('o4', 'c10', 10, '2017-01-01', '2017-05-01'), // active on the first day
      ],
    });
    const analysis: MonthAnalysis = {
      visits: [
        visit('c1', '2017-05-03', '10:00', 30, { heldWhole: true }), // no order, held: still listed
        visit('c5', '2017-04-30', '10:00', 30),
      ],
      declined: [declined('c6', '2017-05-03')],
    };
    expect(computeFees(data, '2017-05', analysis).fees.map((f) => f.client)).toEqual([
      'c1',
      'c10',
      'c2',
    ]);
  });

  it('refuses a client that is not in the register', () => {
    const data = careData({ clients: [], orders: [order('o1', 'ghost', 10)] });
    expect(() => computeFees(data, '2017-05', none)).toThrow(FeeError);
    expect(() => computeFees(data, '2017-05', none)).toThrow(/client ghost/);
  });

  it('writes the keys of a line in the order of hemma-fees/1', () => {
    const data = careData({ clients: [client('c1', '19300101')] });
    expect(Object.keys(onlyFee(computeFees(data, '2017-05', none)))).toEqual([
      'client',
      'basisMinutes',
      'tariffOre',
      'maxtaxaOre',
      'minimibeloppOre',
      'capacityOre',
      'declinedAtDoorCount',
      'feeOre',
      'binding',
    ]);
  });
});
