import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { importScenario } from '../modules/scenario/import.service.ts';
import { readExample } from '../testing/fixtures.ts';
import { loginAs, type Session } from '../testing/login.ts';
import { openTestDatabase, type TestDatabase } from '../testing/test-db.ts';
import type { Actor } from './actor.ts';
import { canSeeClient, clientIdsInScope, clientScope } from './scope.ts';

// Example 02 (exempelo) with a second district: c1 and c2 in d1, c3 moved to d2. Orders: c1 from
// p1, c2 and c3 from p2. Example 01 (exempelby) is another municipality with its own c1.
function exempeloWithTwoDistricts(): unknown {
  const s = readExample('02-granted-time-deviations.json') as any;
  s.districts.push({ id: 'd2', name: 'Fastlandet' });
  s.clients.find((c: any) => c.id === 'c3').district = 'd2';
  return s;
}

describe(`scope of clients (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    t = await openTestDatabase();
    for (const scenario of [exempeloWithTwoDistricts(), readExample('01-cap-and-declined.json')]) {
      const r = await importScenario(t, scenario, { referenceDate: '2026-11-23' });
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
    }
    app = await buildApp(loadConfig({}), t);
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  const list = async (s: Session) => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/clients', headers: s.headers });
    expect(res.statusCode).toBe(200);
    return res.json<{ clients: { id: string }[] }>().clients.map((c) => c.id);
  };
  const one = (s: Session, id: string) =>
    app.inject({ method: 'GET', url: `/api/v1/clients/${id}`, headers: s.headers });

  it('shows a case officer only her district, and answers another district like a missing client', async () => {
    const a = await loginAs(app, t, 'case_officer', {
      municipalityId: 'exempelo',
      districtId: 'd1',
    });
    expect((await list(a)).sort()).toEqual(['c1', 'c2']);
    const mine = await one(a, 'c1');
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({
      id: 'c1',
      districtId: 'd1',
      personalNumber: '19350612-1239',
    });
    const other = await one(a, 'c3');
    const missing = await one(a, 'no-such-client');
    expect(other.statusCode).toBe(404);
    expect(other.json()).toEqual({ error: 'not_found', message: 'no client c3' });
    expect(missing.json()).toEqual({ error: 'not_found', message: 'no client no-such-client' });

    const b = await loginAs(app, t, 'case_officer', {
      municipalityId: 'exempelo',
      districtId: 'd2',
    });
    expect(await list(b)).toEqual(['c3']);
    expect((await one(b, 'c1')).statusCode).toBe(404);
  });

  it('shows a provider manager only the clients with an order from her provider, her staff fewer', async () => {
    const p2 = await loginAs(app, t, 'provider_manager', {
      municipalityId: 'exempelo',
      providerId: 'p2',
    });
    expect((await list(p2)).sort()).toEqual(['c2', 'c3']);
    expect((await one(p2, 'c1')).statusCode).toBe(404);
    const p1 = await loginAs(app, t, 'provider_manager', {
      municipalityId: 'exempelo',
      providerId: 'p1',
    });
    expect(await list(p1)).toEqual(['c1']);

    const staff = await t.db
      .selectFrom('staff')
      .select(['staff_id', 'provider_id'])
      .where('municipality_id', '=', 'exempelo')
      .where('provider_id', '=', 'p2')
      .executeTakeFirstOrThrow();
    const s = await loginAs(app, t, 'staff', {
      municipalityId: 'exempelo',
      staffId: staff.staff_id,
    });
    expect(s.user.providerId).toBe('p2');
    // Staff see only the clients they have to do with (staff-scope.test.ts has every edge).
    expect(await list(s)).toEqual([]);
    await t.db.updateTable('clients').set({ contact_person_staff_id: staff.staff_id }).where('municipality_id', '=', 'exempelo').where('client_id', '=', 'c2').execute();
    expect(await list(s)).toEqual(['c2']);
  });

  it('drops a client from the provider when her only order from it is cancelled', async () => {
    await t.db
      .updateTable('orders')
      .set({ status: 'cancelled' })
      .where('municipality_id', '=', 'exempelo')
      .where('order_id', '=', 'o1')
      .execute();
    try {
      const p1 = await loginAs(app, t, 'provider_manager', {
        municipalityId: 'exempelo',
        providerId: 'p1',
      });
      expect(await list(p1)).toEqual([]);
    } finally {
      await t.db
        .updateTable('orders')
        .set({ status: 'accepted' })
        .where('municipality_id', '=', 'exempelo')
        .where('order_id', '=', 'o1')
        .execute();
    }
  });

  it('shows admin and finance their whole municipality and never another', async () => {
    for (const role of ['admin', 'finance'] as const) {
      const s = await loginAs(app, t, role, { municipalityId: 'exempelo' });
      expect((await list(s)).sort()).toEqual(['c1', 'c2', 'c3']);
      // exempelby has a c1 too: what exempelo's admin reads is exempelo's.
      expect((await one(s, 'c1')).json()).toMatchObject({ personalNumber: '19350612-1239' });
    }
    const other = await loginAs(app, t, 'admin', { municipalityId: 'exempelby' });
    expect(await list(other)).toEqual(['c1']);
    expect((await one(other, 'c1')).json()).toMatchObject({ personalNumber: '19400101-0000' });
    expect((await one(other, 'c3')).statusCode).toBe(404);
  });

  it('pages through a list', async () => {
    const s = await loginAs(app, t, 'admin', { municipalityId: 'exempelo' });
    const page = await app.inject({
      method: 'GET',
      url: '/api/v1/clients?limit=2&offset=1',
      headers: s.headers,
    });
    expect(page.json()).toMatchObject({ limit: 2, offset: 1 });
    expect(page.json().clients).toHaveLength(2);
    const bad = await app.inject({
      method: 'GET',
      url: '/api/v1/clients?limit=0',
      headers: s.headers,
    });
    expect(bad.statusCode).toBe(400);
  });

  it('gives repositories the same answer through canSeeClient and clientIdsInScope', async () => {
    const actor = (over: Partial<Actor>): Actor => ({
      userId: 'u',
      username: 'u',
      municipalityId: 'exempelo',
      role: 'case_officer',
      districtId: 'd2',
      providerId: null,
      staffId: null,
      ip: '127.0.0.1',
      at: new Date(),
      ...over,
    });
    const officer = actor({});
    expect(clientScope(officer)).toEqual({ municipalityId: 'exempelo', districtId: 'd2' });
    expect(await canSeeClient(t.db, officer, 'c3')).toBe(true);
    expect(await canSeeClient(t.db, officer, 'c1')).toBe(false);
    const manager = actor({ role: 'provider_manager', districtId: null, providerId: 'p1' });
    const orders = await t.db
      .selectFrom('orders')
      .select('order_id')
      .where('municipality_id', '=', manager.municipalityId)
      .where('client_id', 'in', clientIdsInScope(t.db, manager))
      .execute();
    expect(orders.map((o) => o.order_id)).toEqual(['o1']);
    expect(() => clientScope(actor({ districtId: null }))).toThrow(/no district/);
  });
});
