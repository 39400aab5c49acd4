import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, type Session } from '../../testing/login.ts';
import type { TestDatabase } from '../../testing/test-db.ts';
import { BY, O, call, twoMunicipalities } from '../municipality/test-setup.ts';

const EVERY_DAY = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const band = (id: string, from: string, to: string, price = 'per_hour') => ({
  id,
  from,
  to,
  days: EVERY_DAY,
  price,
  precedence: 1,
});

describe(`bands, rules and rates over HTTP (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let admin: Session;
  let finance: Session;
  let staff: Session;
  let otherAdmin: Session;

  beforeAll(async () => {
    ({ t, app } = await twoMunicipalities());
    admin = await loginAs(app, t, 'admin', { municipalityId: BY });
    finance = await loginAs(app, t, 'finance', { municipalityId: BY });
    staff = await loginAs(app, t, 'staff', { municipalityId: BY, staffId: 's1' });
    otherAdmin = await loginAs(app, t, 'admin', { municipalityId: O });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('replaces the bands when every minute is covered, keeping the listed order', async () => {
    const before = await call(app, finance, 'GET', '/api/v1/bands');
    expect(before.json().bands.map((b: { id: string }) => b.id)).toEqual(['day', 'night']);
    const bands = [
      band('day', '07:00', '19:00'),
      band('evening', '19:00', '22:00'),
      band('night', '22:00', '07:00', 'per_visit'),
    ];
    const res = await call(app, admin, 'PUT', '/api/v1/bands', { bands });
    expect(res.statusCode).toBe(200);
    expect(res.json().bands).toEqual(bands);
    // The other municipality keeps its own.
    expect(
      (await call(app, otherAdmin, 'GET', '/api/v1/bands'))
        .json()
        .bands.map((b: { id: string }) => b.id),
    ).toEqual(['day', 'night']);
  });

  it('refuses bands that leave a gap, repeat an id, drop a band a rate names or the default band', async () => {
    const gap = await call(app, admin, 'PUT', '/api/v1/bands', {
      bands: [band('day', '07:00', '22:00'), band('night', '23:00', '07:00', 'per_visit')],
    });
    expect(gap.statusCode).toBe(400);
    expect(gap.json()).toMatchObject({
      error: 'invalid',
      path: 'bands',
      message: expect.stringMatching(/22:00/),
    });
    const twice = await call(app, admin, 'PUT', '/api/v1/bands', {
      bands: [
        band('day', '07:00', '22:00'),
        band('day', '22:00', '07:00'),
        band('night', '03:00', '04:00', 'per_visit'),
      ],
    });
    expect(twice.json()).toMatchObject({ path: 'bands[1].id' });
    const noNight = await call(app, admin, 'PUT', '/api/v1/bands', {
      bands: [band('day', '00:00', '00:00')],
    });
    expect(noNight.statusCode).toBe(400);
    expect(noNight.json().message).toMatch(/band "night" is named by rates/);
    const noDay = await call(app, admin, 'PUT', '/api/v1/bands', {
      bands: [band('night', '00:00', '00:00', 'per_visit')],
    });
    expect(noDay.json().message).toMatch(/default band "day"/);
    const badClock = await call(app, admin, 'PUT', '/api/v1/bands', {
      bands: [band('day', '7:00', '22:00')],
    });
    expect(badClock.statusCode).toBe(400);
    expect(badClock.json().path).toBe('/bands/0/from');
    // Nothing of it was stored.
    expect((await call(app, admin, 'GET', '/api/v1/bands')).json().bands).toHaveLength(3);
  });

  it('appends rules as history from a date', async () => {
    const res = await call(app, admin, 'POST', '/api/v1/rules', {
      from: '2018-01-01',
      capPercent: 115,
      declinedAtDoorPercent: { care: 50 },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({
      position: 2,
      from: '2018-01-01',
      capPercent: 115,
      declinedAtDoorPercent: { care: 50, service: 0 },
    });
    const rules = (await call(app, finance, 'GET', '/api/v1/rules')).json().rules;
    expect(rules.map((r: { from: string; position: number }) => [r.position, r.from])).toEqual([
      [0, '2016-01-01'],
      [1, '2017-01-01'],
      [2, '2018-01-01'],
    ]);
    const bad = await call(app, admin, 'POST', '/api/v1/rules', {
      from: '2018-13-01',
      capPercent: 110,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().path).toBe('/from');
    expect((await call(app, otherAdmin, 'GET', '/api/v1/rules')).json().rules).toHaveLength(1);
  });

  it('appends rates last, so the newest of equally specific entries wins ties', async () => {
    const res = await call(app, admin, 'POST', '/api/v1/rates', {
      from: '2017-01-01',
      band: 'evening',
      price: 'per_hour',
      ore: 45000,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({
      position: 4,
      from: '2017-01-01',
      band: 'evening',
      price: 'per_hour',
      ore: 45000,
    });
    const rates = (await call(app, finance, 'GET', '/api/v1/rates')).json().rates;
    expect(rates.at(-1)).toEqual(res.json());
    expect(rates[2]).toEqual({
      position: 2,
      from: '2016-01-01',
      price: 'per_month',
      area: 'alarm',
      ore: 15000,
    });

    const unknownBand = await call(app, admin, 'POST', '/api/v1/rates', {
      from: '2018-01-01',
      band: 'weekend',
      price: 'per_hour',
      ore: 50000,
    });
    expect(unknownBand.statusCode).toBe(400);
    expect(unknownBand.json()).toMatchObject({ error: 'invalid', path: 'band' });
    const areaOnHour = await call(app, admin, 'POST', '/api/v1/rates', {
      from: '2018-01-01',
      price: 'per_hour',
      area: 'alarm',
      ore: 1,
    });
    expect(areaOnHour.json()).toMatchObject({ path: 'area' });
    const negative = await call(app, admin, 'POST', '/api/v1/rates', {
      from: '2018-01-01',
      price: 'per_hour',
      ore: -1,
    });
    expect(negative.json()).toMatchObject({ path: '/ore' });
    // The other municipality has no "evening" band: the same rate is refused there.
    const there = await call(app, otherAdmin, 'POST', '/api/v1/rates', {
      from: '2017-01-01',
      band: 'evening',
      price: 'per_hour',
      ore: 45000,
    });
    expect(there.json()).toMatchObject({ path: 'band' });
    expect((await call(app, otherAdmin, 'GET', '/api/v1/rates')).json().rates).toHaveLength(4);
  });

  it('lets staff read none of it and only the admin change it', async () => {
    for (const url of ['/api/v1/bands', '/api/v1/rules', '/api/v1/rates']) {
      expect((await call(app, staff, 'GET', url)).statusCode).toBe(403);
    }
    expect(
      (
        await call(app, finance, 'POST', '/api/v1/rates', {
          from: '2018-01-01',
          price: 'per_hour',
          ore: 1,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await call(app, finance, 'POST', '/api/v1/rules', { from: '2018-01-01' })).statusCode,
    ).toBe(403);
    expect(
      (await call(app, finance, 'PUT', '/api/v1/bands', { bands: [band('day', '00:00', '00:00')] }))
        .statusCode,
    ).toBe(403);
  });
});
