import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, type Session } from '../../testing/login.ts';
import type { TestDatabase } from '../../testing/test-db.ts';
import { BY, O, call, twoMunicipalities } from '../municipality/test-setup.ts';

describe(`staff over HTTP (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let admin: Session;
  let managerP1: Session;
  let managerP2: Session;
  let finance: Session;

  beforeAll(async () => {
    ({ t, app } = await twoMunicipalities());
    admin = await loginAs(app, t, 'admin', { municipalityId: O });
    managerP1 = await loginAs(app, t, 'provider_manager', { municipalityId: O, providerId: 'p1' });
    managerP2 = await loginAs(app, t, 'provider_manager', { municipalityId: O, providerId: 'p2' });
    finance = await loginAs(app, t, 'finance', { municipalityId: O });
    expect(
      (await call(app, admin, 'POST', '/api/v1/providers/p1/units', { id: 'u1', name: 'Norr' }))
        .statusCode,
    ).toBe(201);
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('lets a manager add and change her own staff; she sees only those', async () => {
    const added = await call(app, managerP1, 'POST', '/api/v1/staff', {
      id: 's3',
      name: 'Tove Tall',
      unit: 'u1',
      employmentPercent: 80,
    });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toEqual({ id: 's3', provider: 'p1', unit: 'u1', name: 'Tove Tall', employmentPercent: 80, active: true });
    const moved = await call(app, managerP1, 'PATCH', '/api/v1/staff/s1', {
      unit: 'u1',
      name: 'Sara Svensson Ek',
      employmentPercent: null,
      active: true,
    });
    expect(moved.json()).toEqual({
      id: 's1',
      provider: 'p1',
      unit: 'u1',
      name: 'Sara Svensson Ek',
      employmentPercent: null,
      active: true,
    });
    const left = await call(app, managerP1, 'PATCH', '/api/v1/staff/s3', { active: false, employmentPercent: 50 });
    expect(left.json()).toMatchObject({ active: false, employmentPercent: 50 });
    expect((await call(app, managerP1, 'PATCH', '/api/v1/staff/s3', { active: true, employmentPercent: null })).json())
      .toMatchObject({ active: true, employmentPercent: null });
    expect(
      (await call(app, managerP1, 'PATCH', '/api/v1/staff/s3', { unit: null })).json().unit,
    ).toBeNull();
    const mine = (await call(app, managerP1, 'GET', '/api/v1/staff')).json().staff;
    expect(mine.map((s: { id: string }) => s.id)).toEqual(['s1', 's3']);
    expect(
      (await call(app, managerP1, 'GET', '/api/v1/staff?unit=u1'))
        .json()
        .staff.map((s: { id: string }) => s.id),
    ).toEqual(['s1']);
  });

  it("lets the admin see and add everyone's staff", async () => {
    expect(
      (await call(app, admin, 'GET', '/api/v1/staff'))
        .json()
        .staff.map((s: { id: string }) => s.id),
    ).toEqual(['s1', 's2', 's3']);
    expect(
      (await call(app, admin, 'GET', '/api/v1/staff?provider=p2'))
        .json()
        .staff.map((s: { id: string }) => s.id),
    ).toEqual(['s2']);
    const noProvider = await call(app, admin, 'POST', '/api/v1/staff', {
      id: 's4',
      name: 'Ulf Ulfsson',
    });
    expect(noProvider.json()).toMatchObject({ error: 'invalid', path: 'provider' });
    expect(
      (
        await call(app, admin, 'POST', '/api/v1/staff', {
          id: 's4',
          provider: 'p2',
          name: 'Ulf Ulfsson',
        })
      ).statusCode,
    ).toBe(201);
  });

  it("keeps other providers' staff out of reach: 404 and bad references, never their data", async () => {
    expect(
      (await call(app, managerP2, 'PATCH', '/api/v1/staff/s1', { name: 'X' })).statusCode,
    ).toBe(404);
    expect((await call(app, managerP2, 'GET', '/api/v1/staff?provider=p1')).statusCode).toBe(404);
    const elsewhere = await call(app, managerP2, 'POST', '/api/v1/staff', {
      id: 's5',
      provider: 'p1',
      name: 'X',
    });
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().path).toBe('provider');
    // u1 is p1's unit: p2's staff cannot be put in it.
    const foreignUnit = await call(app, managerP2, 'PATCH', '/api/v1/staff/s2', { unit: 'u1' });
    expect(foreignUnit.json()).toMatchObject({ error: 'invalid', path: 'unit' });
  });

  it('refuses bad input with its path, taken ids with 409, and roles that keep no staff', async () => {
    const bad = await call(app, managerP1, 'POST', '/api/v1/staff', {
      id: 's6',
      name: 'X',
      provider: 'p1',
      extra: 1,
    });
    expect(bad.statusCode).toBe(400);
    const taken = await call(app, managerP1, 'POST', '/api/v1/staff', { id: 's2', name: 'X' });
    expect(taken.statusCode).toBe(409);
    expect((await call(app, finance, 'GET', '/api/v1/staff')).statusCode).toBe(403);
    expect(
      (await call(app, finance, 'POST', '/api/v1/staff', { id: 's7', provider: 'p1', name: 'X' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await call(app, managerP1, 'PATCH', '/api/v1/staff/nobody', { name: 'X' })).statusCode,
    ).toBe(404);
  });

  it('shows nothing of another municipality', async () => {
    const otherAdmin = await loginAs(app, t, 'admin', { municipalityId: BY });
    const theirs = (await call(app, otherAdmin, 'GET', '/api/v1/staff')).json().staff;
    expect(theirs).toEqual([
      { id: 's1', provider: 'p1', unit: null, name: 'Anna Andersson', employmentPercent: null, active: true },
      { id: 's2', provider: 'p1', unit: null, name: 'Bo Berg', employmentPercent: null, active: true },
    ]);
    expect(
      (await call(app, otherAdmin, 'PATCH', '/api/v1/staff/s3', { name: 'X' })).statusCode,
    ).toBe(404);
  });
});
