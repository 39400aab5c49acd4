import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, type Session } from '../../testing/login.ts';
import type { TestDatabase } from '../../testing/test-db.ts';
import { BY, O, call, twoMunicipalities } from '../municipality/test-setup.ts';

describe(`the LOV register over HTTP (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let admin: Session;
  let staff: Session;
  let otherAdmin: Session;

  beforeAll(async () => {
    ({ t, app } = await twoMunicipalities());
    admin = await loginAs(app, t, 'admin', { municipalityId: BY });
    staff = await loginAs(app, t, 'staff', { municipalityId: BY, staffId: 's1' });
    otherAdmin = await loginAs(app, t, 'admin', { municipalityId: O });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('adds a provider with a checked, normalised organisation number and shows the register to everyone', async () => {
    const res = await call(app, admin, 'POST', '/api/v1/providers', {
      id: 'p2',
      name: 'Kommunens hemtjänst',
      orgNumber: '2120000159',
      kind: 'municipal',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({
      id: 'p2',
      name: 'Kommunens hemtjänst',
      orgNumber: '212000-0159',
      kind: 'municipal',
      approvalStatus: 'applied',
      contractFrom: null,
      contractTo: null,
      serviceAreas: ['personal_care', 'service', 'meals', 'social', 'alarm', 'other'],
    });
    const register = await call(app, staff, 'GET', '/api/v1/providers');
    expect(register.json().providers.map((p: { id: string }) => p.id)).toEqual(['p1', 'p2']);
    expect((await call(app, staff, 'GET', '/api/v1/providers/p1')).json()).toEqual({
      id: 'p1',
      name: 'Omsorg AB',
      orgNumber: '556677-8899',
      kind: 'private',
      approvalStatus: 'approved',
      contractFrom: null,
      contractTo: null,
      serviceAreas: ['personal_care', 'service', 'meals', 'social', 'alarm', 'other'],
    });
  });

  it('changes a provider and refuses a bad organisation number with its path', async () => {
    const res = await call(app, admin, 'PATCH', '/api/v1/providers/p1', {
      name: 'Omsorg i Exempelby AB',
    });
    expect(res.json()).toEqual({
      id: 'p1',
      name: 'Omsorg i Exempelby AB',
      orgNumber: '556677-8899',
      kind: 'private',
      approvalStatus: 'approved',
      contractFrom: null,
      contractTo: null,
      serviceAreas: ['personal_care', 'service', 'meals', 'social', 'alarm', 'other'],
    });
    // The LOV offer: narrowed to some areas, kept in the canonical order, never empty.
    const offer = await call(app, admin, 'PATCH', '/api/v1/providers/p1', { serviceAreas: ['service', 'personal_care'] });
    expect(offer.json()).toMatchObject({ serviceAreas: ['personal_care', 'service'] });
    const none = await call(app, admin, 'PATCH', '/api/v1/providers/p1', { serviceAreas: [] });
    expect(none.statusCode).toBe(400);
    expect(none.json()).toMatchObject({ path: '/serviceAreas' });
    const twice = await call(app, admin, 'PATCH', '/api/v1/providers/p1', { serviceAreas: ['alarm', 'alarm'] });
    expect(twice.statusCode).toBe(400);
    await call(app, admin, 'PATCH', '/api/v1/providers/p1', { serviceAreas: ['personal_care', 'service', 'meals', 'social', 'alarm', 'other'] });
    const checksum = await call(app, admin, 'PATCH', '/api/v1/providers/p1', {
      orgNumber: '556677-8898',
    });
    expect(checksum.statusCode).toBe(400);
    expect(checksum.json()).toMatchObject({ error: 'invalid', path: 'orgNumber' });
    const kind = await call(app, admin, 'POST', '/api/v1/providers', {
      id: 'p3',
      name: 'X',
      orgNumber: '556677-8899',
      kind: 'public',
    });
    expect(kind.json().path).toBe('/kind');
    expect(
      (
        await call(app, admin, 'POST', '/api/v1/providers', {
          id: 'p1',
          name: 'X',
          orgNumber: '556677-8899',
          kind: 'private',
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (await call(app, admin, 'PATCH', '/api/v1/providers/p9', { name: 'X' })).statusCode,
    ).toBe(404);
  });

  it('takes a sole trader by the owner’s personal number, and the 16-prefixed 12-digit form', async () => {
    const sole = await call(app, admin, 'POST', '/api/v1/providers', {
      id: 'p5',
      name: 'Annas omsorg (enskild firma)',
      orgNumber: '400101-0018',
      kind: 'private',
    });
    expect(sole.statusCode).toBe(201);
    expect(sole.json().orgNumber).toBe('19400101-0018');
    const prefixed = await call(app, admin, 'PATCH', '/api/v1/providers/p2', { orgNumber: '16212000-0159' });
    expect(prefixed.json().orgNumber).toBe('212000-0159');
    const zero = await call(app, admin, 'POST', '/api/v1/providers', {
      id: 'p6',
      name: 'X',
      orgNumber: '19400101-0000',
      kind: 'private',
    });
    expect(zero.statusCode).toBe(400);
    expect(zero.json()).toMatchObject({ path: 'orgNumber', message: expect.stringMatching(/birth number 000/) });
  });

  it("keeps each municipality's register to itself and lets only the admin change it", async () => {
    // exempelo also has a p1 and a p2: its own, untouched.
    const there = (await call(app, otherAdmin, 'GET', '/api/v1/providers')).json().providers;
    expect(there.map((p: { name: string }) => p.name)).toEqual([
      'Mälaröarnas omsorg AB',
      'Kommunens hemtjänst',
    ]);
    expect((await call(app, otherAdmin, 'GET', '/api/v1/providers/p2')).json().orgNumber).toBe(
      '212000-0159',
    );
    expect(
      (
        await call(app, staff, 'POST', '/api/v1/providers', {
          id: 'p4',
          name: 'X',
          orgNumber: '556677-8899',
          kind: 'private',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await call(app, staff, 'PATCH', '/api/v1/providers/p1', { name: 'X' })).statusCode,
    ).toBe(403);
  });
});
