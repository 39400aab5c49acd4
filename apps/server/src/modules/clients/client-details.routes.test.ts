import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { readExample } from '../../testing/fixtures.ts';
import { loginAs, type Session } from '../../testing/login.ts';
import { openTestDatabase, type TestDatabase } from '../../testing/test-db.ts';
import { importScenario } from '../scenario/import.service.ts';

// What the case officer records beyond name and address (contact details, next of kin, wishes),
// a decision's text and goals, and the LOV offer an order must fit. Example 02 (exempelo: p1
// private, p2 municipal, district d1).

describe(`client details, decision text and the LOV offer (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let officer: Session;
  let manager: Session;
  let admin: Session;

  beforeAll(async () => {
    t = await openTestDatabase();
    const r = await importScenario(t, readExample('02-granted-time-deviations.json'), { referenceDate: '2026-11-23' });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    app = await buildApp(loadConfig({}), t);
    officer = await loginAs(app, t, 'case_officer', { municipalityId: 'exempelo', districtId: 'd1' });
    manager = await loginAs(app, t, 'provider_manager', { municipalityId: 'exempelo', providerId: 'p1' });
    admin = await loginAs(app, t, 'admin', { municipalityId: 'exempelo' });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  const call = (s: Session, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    app.inject({ method, url, headers: s.headers, ...(payload && { payload }) });

  let clientId: string;

  it('registers contact details, next of kin and wishes, stored trimmed, and reads them back', async () => {
    const created = await call(officer, 'POST', '/api/v1/clients', {
      personalNumber: '191212121212', name: 'Elsa Lind', address: 'Storgatan 1',
      phone: ' 070-123  45 67 ', email: 'elsa.lind@exempel.se', nextOfKinName: 'Anna Lind (dotter)', nextOfKinPhone: '+46 8 123 456 78',
      wishes: '  Vill duscha på kvällen och ha samma personal så långt det går.  ',
    });
    expect(created.statusCode, created.body).toBe(201);
    clientId = created.json<{ id: string }>().id;
    const read = await call(officer, 'GET', `/api/v1/clients/${clientId}`);
    expect(read.json()).toMatchObject({
      phone: '070-123 45 67', email: 'elsa.lind@exempel.se', nextOfKinName: 'Anna Lind (dotter)', nextOfKinPhone: '+46 8 123 456 78',
      wishes: 'Vill duscha på kvällen och ha samma personal så långt det går.',
    });
    const reads = await t.db.selectFrom('audit_log').select('seq').where('action', '=', 'read').where('object_type', '=', 'client').where('client_id', '=', clientId).execute();
    expect(reads.length).toBeGreaterThanOrEqual(2);
  });

  it('answers a bad telephone number or e-mail address with 400 and the field', async () => {
    const base = { personalNumber: '194003124171', name: 'Sven Fel' };
    const phone = await call(officer, 'POST', '/api/v1/clients', { ...base, phone: '070-12' });
    expect(phone.statusCode).toBe(400);
    expect(phone.json()).toMatchObject({ path: '/phone' });
    expect(phone.json<{ message: string }>().message).toContain('8 to 10 digits');
    const kin = await call(officer, 'POST', '/api/v1/clients', { ...base, nextOfKinPhone: 'ring Anna' });
    expect(kin.json()).toMatchObject({ path: '/nextOfKinPhone' });
    const email = await call(officer, 'POST', '/api/v1/clients', { ...base, email: 'sven@' });
    expect(email.statusCode).toBe(400);
    expect(email.json()).toMatchObject({ path: '/email' });
    // Nothing was stored by the refusals.
    const list = await call(officer, 'GET', '/api/v1/clients');
    expect(list.json<{ clients: { name: string }[] }>().clients.map((c) => c.name)).not.toContain('Sven Fel');
  });

  it('changes and clears details (a blank field clears it); the provider manager may not', async () => {
    const changed = await call(officer, 'PATCH', `/api/v1/clients/${clientId}`, { phone: '', wishes: 'Vill helst ha besök före nio.', districtId: 'd1' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ phone: null, email: 'elsa.lind@exempel.se', wishes: 'Vill helst ha besök före nio.' });
    expect((await call(officer, 'PATCH', `/api/v1/clients/${clientId}`, { email: null })).json()).toMatchObject({ email: null });
    const forbidden = await call(manager, 'PATCH', `/api/v1/clients/${clientId}`, { wishes: 'X' });
    expect(forbidden.statusCode).toBe(403);
    const unknownDistrict = await call(officer, 'PATCH', `/api/v1/clients/${clientId}`, { districtId: 'nowhere' });
    expect(unknownDistrict.statusCode).toBe(400);
    expect(unknownDistrict.json()).toMatchObject({ path: 'districtId' });
    const update = await t.db.selectFrom('audit_log').select('details').where('action', '=', 'update').where('client_id', '=', clientId).orderBy('seq', 'desc').executeTakeFirst();
    // The names of the changed fields, never their content.
    expect(update?.details).toEqual({ fields: ['email'] });
  });

  it('keeps a decision\'s text and goals, a blank one as none', async () => {
    const decided = await call(officer, 'POST', `/api/v1/clients/${clientId}/decisions`, {
      validFrom: '2017-03-01', hoursPerMonth: { personal_care: 20, service: 4 },
      text: 'Elsa ansöker om hjälp med personlig omvårdnad och städning. Beviljas enligt SoL 4 kap. 1 §.',
      goals: 'Elsa kan bo kvar hemma och sköta sin hygien med stöd.',
    });
    expect(decided.statusCode, decided.body).toBe(201);
    expect(decided.json()).toMatchObject({ goals: 'Elsa kan bo kvar hemma och sköta sin hygien med stöd.' });
    const bare = await call(officer, 'POST', `/api/v1/clients/${clientId}/decisions`, { validFrom: '2018-01-01', hoursPerMonth: { alarm: 0 }, goals: '   ' });
    expect(bare.json()).toMatchObject({ text: null, goals: null });
    const list = (await call(officer, 'GET', `/api/v1/clients/${clientId}/decisions`)).json<{ decisions: { text: string | null }[] }>();
    expect(list.decisions.map((d) => d.text?.slice(0, 12) ?? null)).toEqual([null, 'Elsa ansöker']);
  });

  it('sends an order only to a provider offering every area it names, and lists the offer', async () => {
    await call(admin, 'PATCH', '/api/v1/providers/p1', { serviceAreas: ['service', 'meals'] });
    const providers = (await call(officer, 'GET', '/api/v1/providers')).json<{ providers: { id: string; serviceAreas: string[] }[] }>();
    expect(providers.providers.find((p) => p.id === 'p1')?.serviceAreas).toEqual(['service', 'meals']);
    const decision = (await call(officer, 'GET', `/api/v1/clients/${clientId}/decisions`)).json<{ decisions: { id: string; validFrom: string }[] }>()
      .decisions.find((d) => d.validFrom === '2017-03-01')!;
    const body = { clientId, providerId: 'p1', decisionId: decision.id, from: '2017-03-01', to: null, hoursPerMonth: { personal_care: 10, service: 4 } };
    const refused = await call(officer, 'POST', '/api/v1/orders', body);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ error: 'area_not_offered', path: 'hoursPerMonth' });
    expect(refused.json<{ message: string }>().message).toContain('personal_care');
    const serviceOnly = await call(officer, 'POST', '/api/v1/orders', { ...body, hoursPerMonth: { service: 4 } });
    expect(serviceOnly.statusCode, serviceOnly.body).toBe(201);
    const orderId = serviceOnly.json<{ id: string }>().id;
    // A change may move the hours of an area it has, but not add one the provider lacks.
    expect((await call(officer, 'PATCH', `/api/v1/orders/${orderId}`, { hoursPerMonth: { service: 3 } })).statusCode).toBe(200);
    const added = await call(officer, 'PATCH', `/api/v1/orders/${orderId}`, { hoursPerMonth: { service: 3, personal_care: 5 } });
    expect(added.json()).toMatchObject({ error: 'area_not_offered' });
    const toP2 = await call(officer, 'POST', '/api/v1/orders', { ...body, providerId: 'p2' });
    expect(toP2.statusCode, toP2.body).toBe(201);
  });
});
