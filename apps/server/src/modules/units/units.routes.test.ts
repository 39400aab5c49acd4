import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, type Session } from '../../testing/login.ts';
import type { TestDatabase } from '../../testing/test-db.ts';
import { BY, O, call, twoMunicipalities } from '../municipality/test-setup.ts';

describe(`a provider's units over HTTP (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let admin: Session;
  let managerP1: Session;
  let managerP2: Session;
  let officer: Session;

  beforeAll(async () => {
    ({ t, app } = await twoMunicipalities());
    admin = await loginAs(app, t, 'admin', { municipalityId: O });
    managerP1 = await loginAs(app, t, 'provider_manager', { municipalityId: O, providerId: 'p1' });
    managerP2 = await loginAs(app, t, 'provider_manager', { municipalityId: O, providerId: 'p2' });
    officer = await loginAs(app, t, 'case_officer', { municipalityId: O });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it("lets a manager keep her own provider's units, and the admin any provider's", async () => {
    const created = await call(app, managerP1, 'POST', '/api/v1/providers/p1/units', {
      id: 'u-norr',
      name: 'Norr',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toEqual({ id: 'u-norr', provider: 'p1', name: 'Norr' });
    expect(
      (await call(app, admin, 'POST', '/api/v1/providers/p2/units', { id: 'u-syd', name: 'Syd' }))
        .statusCode,
    ).toBe(201);
    expect(
      (
        await call(app, managerP1, 'PATCH', '/api/v1/providers/p1/units/u-norr', {
          name: 'Norra gruppen',
        })
      ).json().name,
    ).toBe('Norra gruppen');
    expect((await call(app, managerP1, 'GET', '/api/v1/providers/p1/units')).json().units).toEqual([
      { id: 'u-norr', provider: 'p1', name: 'Norra gruppen' },
    ]);
    expect((await call(app, admin, 'GET', '/api/v1/providers/p2/units')).json().units).toEqual([
      { id: 'u-syd', provider: 'p2', name: 'Syd' },
    ]);
  });

  it("answers 404 for another provider's units and 403 for roles that keep none", async () => {
    expect((await call(app, managerP2, 'GET', '/api/v1/providers/p1/units')).statusCode).toBe(404);
    expect(
      (await call(app, managerP2, 'POST', '/api/v1/providers/p1/units', { id: 'u-x', name: 'X' }))
        .statusCode,
    ).toBe(404);
    expect(
      (await call(app, managerP2, 'PATCH', '/api/v1/providers/p1/units/u-norr', { name: 'X' }))
        .statusCode,
    ).toBe(404);
    // A unit is found only under its own provider.
    expect(
      (await call(app, managerP2, 'PATCH', '/api/v1/providers/p2/units/u-norr', { name: 'X' }))
        .statusCode,
    ).toBe(404);
    expect((await call(app, officer, 'GET', '/api/v1/providers/p1/units')).statusCode).toBe(403);
    expect((await call(app, admin, 'GET', '/api/v1/providers/p9/units')).statusCode).toBe(404);
  });

  it('refuses bad input with its path and a taken unit id with 409', async () => {
    const bad = await call(app, managerP1, 'POST', '/api/v1/providers/p1/units', {
      id: 'u-2',
      name: '   ',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().path).toBe('/name');
    expect(
      (
        await call(app, managerP1, 'POST', '/api/v1/providers/p1/units', {
          id: 'u-syd',
          name: 'Syd',
        })
      ).statusCode,
    ).toBe(409);
  });

  it('shows nothing of another municipality', async () => {
    const otherAdmin = await loginAs(app, t, 'admin', { municipalityId: BY });
    // exempelby has a p1 too, without units; exempelo's units stay invisible.
    expect((await call(app, otherAdmin, 'GET', '/api/v1/providers/p1/units')).json().units).toEqual(
      [],
    );
    expect((await call(app, otherAdmin, 'GET', '/api/v1/providers/p2/units')).statusCode).toBe(404);
    expect(
      (await call(app, otherAdmin, 'PATCH', '/api/v1/providers/p1/units/u-norr', { name: 'X' }))
        .statusCode,
    ).toBe(404);
  });
});
