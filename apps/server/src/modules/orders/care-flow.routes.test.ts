import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { clientRows } from '../../audit/test-support.ts';
import { loadConfig } from '../../config.ts';
import { readExample } from '../../testing/fixtures.ts';
import { loginAs, type Session } from '../../testing/login.ts';
import { openTestDatabase, type TestDatabase } from '../../testing/test-db.ts';
import { importScenario } from '../scenario/import.service.ts';

// The care flow through the API: decision → order sent → accepted → plan → deviation, and the
// refusals around it. Example 02 (exempelo: p1 with staff s1, p2 with s2) gets a second district
// d2; example 01 (exempelby) is another municipality.

function exempeloWithTwoDistricts(): unknown {
  const s = readExample('02-granted-time-deviations.json') as { districts: { id: string; name: string }[] };
  s.districts.push({ id: 'd2', name: 'Fastlandet' });
  return s;
}

describe(`the care API (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let officer: Session & { user: { username: string } };
  let otherDistrict: Session;
  let p1: Session;
  let p2: Session;
  let foreignAdmin: Session;
  let clientId: string;
  let decisionId: string;
  let orderId: string;

  beforeAll(async () => {
    t = await openTestDatabase();
    for (const scenario of [exempeloWithTwoDistricts(), readExample('01-cap-and-declined.json')]) {
      const r = await importScenario(t, scenario, { referenceDate: '2026-11-23' });
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
    }
    app = await buildApp(loadConfig({}), t);
    officer = await loginAs(app, t, 'case_officer', { municipalityId: 'exempelo', districtId: 'd1' });
    otherDistrict = await loginAs(app, t, 'case_officer', { municipalityId: 'exempelo', districtId: 'd2' });
    p1 = await loginAs(app, t, 'provider_manager', { municipalityId: 'exempelo', providerId: 'p1' });
    p2 = await loginAs(app, t, 'provider_manager', { municipalityId: 'exempelo', providerId: 'p2' });
    foreignAdmin = await loginAs(app, t, 'admin', { municipalityId: 'exempelby' });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  const call = (s: Session, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    app.inject({ method, url, headers: s.headers, ...(payload && { payload }) });
  // Client by client: a list read counts once for each client it names.
  const auditRows = async (objectType: string, action: 'read' | 'create' | 'update', client: string) =>
    (await clientRows(t.db, 'exempelo')).filter((r) => r.object_type === objectType && r.action === action && r.client_id === client);

  it('registers a client, decides, sends an order, accepts it, plans visits and reports a deviation', async () => {
    const created = await call(officer, 'POST', '/api/v1/clients', { personalNumber: '191212121212', name: 'Elsa Lind', address: 'Storgatan 1' });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ personalNumber: '19121212-1212', districtId: 'd1', lifeStory: null });
    clientId = created.json<{ id: string }>().id;

    const decided = await call(officer, 'POST', `/api/v1/clients/${clientId}/decisions`, {
      validFrom: '2017-03-01', validTo: null, hoursPerMonth: { personal_care: 20, service: 4 }, doubleStaffing: true,
    });
    expect(decided.statusCode, decided.body).toBe(201);
    decisionId = decided.json<{ id: string }>().id;
    const decisions = await call(officer, 'GET', `/api/v1/clients/${clientId}/decisions`);
    expect(decisions.json().decisions).toHaveLength(1);

    const sent = await call(officer, 'POST', '/api/v1/orders', {
      clientId, providerId: 'p1', decisionId, from: '2017-03-01', to: null, hoursPerMonth: { personal_care: 16 }, doubleStaffing: true,
    });
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json()).toMatchObject({ status: 'sent', hoursPerMonth: { personal_care: 16 } });
    orderId = sent.json<{ id: string }>().id;

    // The chosen provider sees the order sent to it; the other provider does not.
    expect((await call(p1, 'GET', '/api/v1/orders?status=sent')).json().orders.map((o: { id: string }) => o.id)).toEqual([orderId]);
    expect((await call(p2, 'GET', '/api/v1/orders')).json().orders.map((o: { id: string }) => o.id)).not.toContain(orderId);

    const accepted = await call(p1, 'POST', `/api/v1/orders/${orderId}/accept`, { contactPersonStaffId: 's1' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted' });
    expect((await call(p1, 'POST', `/api/v1/orders/${orderId}/accept`, {})).statusCode).toBe(409);
    expect((await call(officer, 'GET', `/api/v1/clients/${clientId}`)).json()).toMatchObject({ contactPersonStaffId: 's1' });

    const planned = await call(p1, 'POST', `/api/v1/orders/${orderId}/plans`, {
      validFrom: '2017-03-01',
      notes: 'Morgon och kväll; Elsa vill ha kaffe först.',
      visits: [
        { weekdays: ['mon', 'wed', 'fri'], windowFrom: '07:30', windowTo: '09:00', durationMinutes: 45, areas: ['personal_care'], staffCount: 2, preferredStaffId: 's1' },
        { weekdays: ['sat'], windowFrom: '18:00', windowTo: '19:00', durationMinutes: 30, areas: ['personal_care'] },
      ],
    });
    expect(planned.statusCode, planned.body).toBe(201);
    const plan = planned.json<{ id: string; visits: unknown[]; warnings: unknown[] }>();
    expect(plan.visits).toHaveLength(2);
    // 16 h ordered; March 2017 plans 14 visits of 45 minutes by two staff and 4 of 30 minutes.
    expect(plan.warnings[0]).toEqual({ kind: 'planned_exceeds_ordered', month: '2017-03', plannedMinutes: 14 * 90 + 4 * 30, orderedMinutes: 960 });
    expect(planned.json()).toMatchObject({ agreedAt: null, agreedHow: null });
    const half = await call(p1, 'PATCH', `/api/v1/orders/${orderId}/plans/${plan.id}`, { agreedAt: '2017-02-27' });
    expect(half.statusCode).toBe(400);
    expect(half.json()).toMatchObject({ path: '/agreedHow' });
    const changed = await call(p1, 'PATCH', `/api/v1/orders/${orderId}/plans/${plan.id}`, {
      notes: 'Ny tid på lördagar', agreedAt: '2017-02-27', agreedHow: 'relative',
      visits: [{ weekdays: ['sat'], windowFrom: '17:00', windowTo: '18:00', durationMinutes: 30, areas: ['personal_care'] }],
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ notes: 'Ny tid på lördagar', agreedAt: '2017-02-27', agreedHow: 'relative', warnings: [], visits: [{ windowFrom: '17:00', staffCount: 1, preferredStaffId: null }] });
    // The officer of the district reads the plan too; the plan's areas must be ordered ones.
    expect((await call(officer, 'GET', `/api/v1/orders/${orderId}/plans`)).json().plans).toHaveLength(1);
    const unordered = await call(p1, 'POST', `/api/v1/orders/${orderId}/plans`, { validFrom: '2017-04-01', visits: [{ weekdays: ['mon'], windowFrom: '08:00', windowTo: '09:00', durationMinutes: 30, areas: ['meals'] }] });
    expect(unordered.statusCode).toBe(400);
    expect(unordered.json()).toMatchObject({ path: 'visits/0/areas' });

    const life = await call(p1, 'PATCH', `/api/v1/clients/${clientId}`, { lifeStory: 'Sjöman i ungdomen; tycker om radio.' });
    expect(life.statusCode, life.body).toBe(200);
    expect((await call(p1, 'PATCH', `/api/v1/clients/${clientId}`, { name: 'X' })).statusCode).toBe(403);

    const deviation = await call(p1, 'POST', '/api/v1/deviations', { clientId, month: '2017-03', minutes: -240, reason: 'hospital', comment: 'Inlagd 10–14 mars' });
    expect(deviation.statusCode, deviation.body).toBe(201);
    expect(deviation.json()).toMatchObject({ providerId: 'p1', status: 'reported', minutes: -240 });
    const month = (s: Session) => call(s, 'GET', '/api/v1/deviations?month=2017-03');
    expect((await month(officer)).json().deviations.map((d: { clientId: string }) => d.clientId)).toContain(clientId);
    expect((await month(p2)).json().deviations.map((d: { clientId: string }) => d.clientId)).not.toContain(clientId);
    // The case officer decides it where month close does.
    const id = deviation.json<{ id: string }>().id;
    const verdict = await call(officer, 'POST', `/api/v1/deviations/${id}/decision`, { decision: 'approved' });
    expect(verdict.statusCode, verdict.body).toBe(200);
    expect(verdict.json()).toMatchObject({ id, status: 'approved', decisionReason: null });
  });

  it('answers other districts, providers and municipalities with 404 and keeps them out of lists', async () => {
    for (const s of [otherDistrict, foreignAdmin]) {
      expect((await call(s, 'GET', `/api/v1/clients/${clientId}`)).statusCode).toBe(404);
      expect((await call(s, 'GET', `/api/v1/orders/${orderId}`)).statusCode).toBe(404);
      expect((await call(s, 'GET', `/api/v1/orders/${orderId}/plans`)).statusCode).toBe(404);
      expect((await call(s, 'GET', '/api/v1/orders')).json().orders.map((o: { clientId: string }) => o.clientId)).not.toContain(clientId);
      expect((await call(s, 'GET', '/api/v1/clients')).json().clients.map((c: { id: string }) => c.id)).not.toContain(clientId);
      expect((await call(s, 'GET', '/api/v1/deviations?month=2017-03')).json().deviations).toEqual(
        expect.not.arrayContaining([expect.objectContaining({ clientId })]),
      );
    }
    expect((await call(otherDistrict, 'POST', `/api/v1/clients/${clientId}/decisions`, { validFrom: '2017-01-01', hoursPerMonth: { alarm: 1 } })).statusCode).toBe(404);
    expect((await call(otherDistrict, 'PATCH', `/api/v1/orders/${orderId}`, { to: '2017-04-30' })).statusCode).toBe(404);
    expect((await call(otherDistrict, 'POST', '/api/v1/clients', { personalNumber: '194001010008', name: 'Ny', districtId: 'd1' })).statusCode).toBe(404);
    expect((await call(p2, 'GET', `/api/v1/orders/${orderId}`)).statusCode).toBe(404);
    expect((await call(p2, 'POST', `/api/v1/orders/${orderId}/plans`, { validFrom: '2017-03-01' })).statusCode).toBe(404);
    expect((await call(p2, 'POST', '/api/v1/deviations', { clientId, month: '2017-03', minutes: 60, reason: 'extra_need' })).statusCode).toBe(404);
  });

  it('refuses an order that overlaps another of the same client and provider, sent or changed', async () => {
    const body = { clientId, providerId: 'p1', decisionId, from: '2017-06-01', to: '2017-06-30', hoursPerMonth: { service: 2 } };
    const overlap = await call(officer, 'POST', '/api/v1/orders', body);
    expect(overlap.statusCode).toBe(409);
    expect(overlap.json()).toMatchObject({ error: 'conflict' });

    const ended = await call(officer, 'POST', `/api/v1/orders/${orderId}/end`, { to: '2017-05-31' });
    expect(ended.json()).toMatchObject({ status: 'ended', to: '2017-05-31' });
    const later = await call(officer, 'POST', '/api/v1/orders', body);
    expect(later.statusCode, later.body).toBe(201);
    const laterId = later.json<{ id: string }>().id;
    const back = await call(officer, 'PATCH', `/api/v1/orders/${laterId}`, { from: '2017-05-15' });
    expect(back.statusCode).toBe(409);
    const more = await call(officer, 'PATCH', `/api/v1/orders/${laterId}`, { hoursPerMonth: { service: 3, personal_care: 1 } });
    expect(more.json()).toMatchObject({ hoursPerMonth: { service: 3, personal_care: 1 } });
    // The same dates with the other provider are no overlap (and bring the client into p2's scope).
    expect((await call(officer, 'POST', '/api/v1/orders', { ...body, providerId: 'p2' })).statusCode).toBe(201);
  });

  it('answers bad input with 400 and the path', async () => {
    const pn = await call(officer, 'POST', '/api/v1/clients', { personalNumber: '191212121213', name: 'Fel Nummer' });
    expect(pn.statusCode).toBe(400);
    expect(pn.json()).toMatchObject({ path: 'personalNumber' });
    const hours = await call(officer, 'POST', '/api/v1/orders', { clientId, providerId: 'p2', decisionId, from: '2018-01-01', hoursPerMonth: { personal_care: 99 } });
    expect(hours.json()).toMatchObject({ path: 'hoursPerMonth/personal_care' });
    const schema = await call(officer, 'POST', '/api/v1/orders', { clientId, providerId: 'p2', decisionId, from: 'tomorrow', hoursPerMonth: {} });
    expect(schema.statusCode).toBe(400);
    expect(schema.json()).toHaveProperty('path');
    expect((await call(officer, 'POST', '/api/v1/clients', { personalNumber: '191212121212', name: 'Igen' })).statusCode).toBe(409);
  });

  it('answers a role that may never do a thing with 403', async () => {
    const staff = await loginAs(app, t, 'staff', { municipalityId: 'exempelo', staffId: 's1' });
    const finance = await loginAs(app, t, 'finance', { municipalityId: 'exempelo' });
    expect((await call(p1, 'POST', '/api/v1/orders', { clientId, providerId: 'p1', decisionId, from: '2019-01-01', hoursPerMonth: { service: 1 } })).statusCode).toBe(403);
    expect((await call(p1, 'POST', `/api/v1/clients/${clientId}/decisions`, { validFrom: '2017-01-01', hoursPerMonth: { alarm: 1 } })).statusCode).toBe(403);
    expect((await call(officer, 'POST', `/api/v1/orders/${orderId}/plans`, { validFrom: '2017-03-01' })).statusCode).toBe(403);
    expect((await call(staff, 'GET', '/api/v1/deviations?month=2017-03')).statusCode).toBe(403);
    expect((await call(finance, 'GET', `/api/v1/clients/${clientId}/messages`)).statusCode).toBe(403);
    expect((await call(finance, 'POST', '/api/v1/clients', { personalNumber: '194001010008', name: 'Ny' })).statusCode).toBe(403);
  });

  it('keeps each provider\'s dialogue with the case officer to itself', async () => {
    const toP1 = await call(officer, 'POST', `/api/v1/clients/${clientId}/messages`, { body: 'Kan ni börja måndag?', orderId });
    expect(toP1.statusCode, toP1.body).toBe(201);
    expect(toP1.json()).toMatchObject({ providerId: 'p1', authorRole: 'case_officer' });
    expect((await call(p1, 'POST', `/api/v1/clients/${clientId}/messages`, { body: 'Ja, från 07:30.' })).statusCode).toBe(201);
    expect((await call(officer, 'POST', `/api/v1/clients/${clientId}/messages`, { body: 'Till p2', providerId: 'p2' })).statusCode).toBe(201);
    expect((await call(p1, 'GET', `/api/v1/clients/${clientId}/messages`)).json().messages.map((m: { body: string }) => m.body)).toEqual(['Kan ni börja måndag?', 'Ja, från 07:30.']);
    expect((await call(p2, 'GET', `/api/v1/clients/${clientId}/messages`)).json().messages.map((m: { body: string }) => m.body)).toEqual(['Till p2']);
    expect((await call(officer, 'GET', `/api/v1/clients/${clientId}/messages`)).json().messages).toHaveLength(3);
    expect((await call(otherDistrict, 'GET', `/api/v1/clients/${clientId}/messages`)).statusCode).toBe(404);
  });

  it('logs every client shown and every change', async () => {
    const before = (await auditRows('client', 'read', clientId)).length;
    const list = await call(officer, 'GET', '/api/v1/clients');
    const shown: string[] = list.json().clients.map((c: { id: string }) => c.id);
    expect(shown).toContain(clientId);
    expect((await auditRows('client', 'read', clientId)).length).toBe(before + 1);
    const listRows = (await clientRows(t.db, 'exempelo')).filter((r) => r.object_type === 'client' && r.action === 'read' && r.username === officer.user.username);
    expect(new Set(listRows.map((r) => r.client_id))).toEqual(new Set(shown));
    expect(listRows.at(-1)!.list_of).toBe(shown.length);
    for (const [type, action] of [['client', 'create'], ['client', 'update'], ['decision', 'create'], ['decision', 'read'], ['order', 'create'], ['order', 'update'],
      ['plan', 'create'], ['plan', 'update'], ['plan', 'read'], ['deviation', 'create'], ['deviation', 'read'], ['message', 'create'], ['message', 'read']] as const) {
      expect((await auditRows(type, action, clientId)).length, `${type} ${action}`).toBeGreaterThan(0);
    }
    // A refused change leaves no trace of a change.
    const updates = (await auditRows('order', 'update', clientId)).length;
    expect((await call(p2, 'POST', `/api/v1/orders/${orderId}/accept`, {})).statusCode).toBe(404);
    expect((await auditRows('order', 'update', clientId)).length).toBe(updates);
  });

  it('lets the provider decline an order sent to it, with a reason, only while it is sent', async () => {
    const sent = await call(officer, 'POST', '/api/v1/orders', {
      clientId, providerId: 'p2', decisionId, from: '2019-01-01', to: '2019-01-31', hoursPerMonth: { service: 1 },
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const id = sent.json<{ id: string }>().id;
    expect((await call(p2, 'POST', `/api/v1/orders/${id}/decline`, {})).json()).toMatchObject({ path: '/reason' });
    expect((await call(p1, 'POST', `/api/v1/orders/${id}/decline`, { reason: 'Inte vår' })).statusCode).toBe(404);
    expect((await call(officer, 'POST', `/api/v1/orders/${id}/decline`, { reason: 'x' })).statusCode).toBe(403);
    const declined = await call(p2, 'POST', `/api/v1/orders/${id}/decline`, { reason: 'Ingen personal i området' });
    expect(declined.statusCode, declined.body).toBe(200);
    expect(declined.json()).toMatchObject({ status: 'declined', declinedReason: 'Ingen personal i området' });
    expect((await call(officer, 'GET', `/api/v1/orders/${id}`)).json()).toMatchObject({ status: 'declined', declinedReason: 'Ingen personal i området' });
    expect((await call(officer, 'POST', `/api/v1/orders/${id}/end`, { to: '2019-01-15' })).statusCode).toBe(409);
    // A declined order blocks no new order with the same provider for the same days.
    const again = await call(officer, 'POST', '/api/v1/orders', { clientId, providerId: 'p2', decisionId, from: '2019-01-01', to: '2019-01-31', hoursPerMonth: { service: 1 } });
    expect(again.statusCode, again.body).toBe(201);
    const againId = again.json<{ id: string }>().id;
    expect((await call(p2, 'POST', `/api/v1/orders/${againId}/accept`, {})).statusCode).toBe(200);
    expect((await call(p2, 'POST', `/api/v1/orders/${againId}/decline`, { reason: 'För sent' })).statusCode).toBe(409);
    expect((await auditRows('order', 'update', clientId)).length).toBeGreaterThan(0);
  });

  it('keeps a rejected deviation\'s reason for the provider, and refuses a rejection without one', async () => {
    const reported = await call(p1, 'POST', '/api/v1/deviations', { clientId, month: '2017-04', minutes: 60, reason: 'extra_need' });
    expect(reported.statusCode, reported.body).toBe(201);
    const id = reported.json<{ id: string }>().id;
    const bare = await call(officer, 'POST', `/api/v1/deviations/${id}/decision`, { decision: 'rejected' });
    expect(bare.statusCode).toBe(400);
    expect(bare.json()).toMatchObject({ path: '/reason' });
    expect((await call(p1, 'POST', `/api/v1/deviations/${id}/decision`, { decision: 'rejected', reason: 'x' })).statusCode).toBe(403);
    expect((await call(otherDistrict, 'POST', `/api/v1/deviations/${id}/decision`, { decision: 'rejected', reason: 'x' })).statusCode).toBe(404);
    const rejected = await call(officer, 'POST', `/api/v1/deviations/${id}/decision`, { decision: 'rejected', reason: 'Ingår i beslutet' });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(rejected.json()).toMatchObject({ status: 'rejected', decisionReason: 'Ingår i beslutet' });
    expect((await call(officer, 'POST', `/api/v1/deviations/${id}/decision`, { decision: 'approved' })).statusCode).toBe(409);
    const seen = (await call(p1, 'GET', '/api/v1/deviations?month=2017-04')).json().deviations;
    expect(seen).toContainEqual(expect.objectContaining({ id, status: 'rejected', decisionReason: 'Ingår i beslutet' }));
    expect((await auditRows('deviation', 'update', clientId)).length).toBe(2);
  });
});
