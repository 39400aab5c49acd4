import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { readExample } from '../../testing/fixtures.ts';
import { loginAs, type Session } from '../../testing/login.ts';
import { openTestDatabase, type TestDatabase } from '../../testing/test-db.ts';
import { importScenario } from '../scenario/import.service.ts';

describe(`month close over HTTP (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let manager: Session;
  let finance: Session;
  let officer: Session;
  const url = '/api/v1/statements/2016-12/p1';

  beforeAll(async () => {
    t = await openTestDatabase();
    const raw = readExample('01-cap-and-declined.json') as any;
    raw.excessReviews = [];
    const r = await importScenario(t, raw, { referenceDate: '2026-11-23' });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    app = await buildApp(loadConfig({}), t);
    manager = await loginAs(app, t, 'provider_manager', { providerId: 'p1' });
    finance = await loginAs(app, t, 'finance');
    officer = await loginAs(app, t, 'case_officer', { districtId: 'd1' });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('walks the month from draft to exported, and says what blocks each step', async () => {
    const view = await app.inject({ method: 'GET', url, headers: manager.headers });
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({ status: 'draft', toPayOre: 548000, blockers: { submit: [{ kind: 'excess_without_reason', client: 'c1' }] } });

    const blocked = await app.inject({ method: 'POST', url: `${url}/submit`, headers: manager.headers });
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json()).toMatchObject({ error: 'blocked', blockers: [{ kind: 'excess_without_reason', client: 'c1', minutes: 78 }] });

    const reason = await app.inject({ method: 'PUT', url: `${url}/excess/c1/reason`, headers: manager.headers, payload: { reason: 'Fall i hemmet' } });
    expect(reason.json()).toMatchObject({ excessReasons: [{ client: 'c1', reason: 'Fall i hemmet' }] });
    expect((await app.inject({ method: 'POST', url: `${url}/submit`, headers: manager.headers })).json()).toMatchObject({ status: 'submitted' });

    expect((await app.inject({ method: 'POST', url: `${url}/approve`, headers: manager.headers })).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url: `${url}/approve`, headers: finance.headers })).json()).toMatchObject({ status: 'approved' });
    const again = await app.inject({ method: 'POST', url: `${url}/approve`, headers: finance.headers });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: 'conflict' });

    const review = await app.inject({ method: 'POST', url: `${url}/excess/c1/review`, headers: officer.headers, payload: { decision: 'approved' } });
    expect(review.statusCode).toBe(204);

    const csv = await app.inject({ method: 'GET', url: '/api/v1/statements/2016-12/payments.csv', headers: finance.headers });
    // Paid on the 6th of the next month, but 6 January 2017 is Epiphany: the Thursday before.
    expect(csv.body).toBe('provider,org_number,month,payment_date,amount_kr\np1,556677-8899,2016-12,2017-01-05,5480.00\n');
    const admin = await loginAs(app, t, 'admin');
    const patched = await app.inject({ method: 'PATCH', url: '/api/v1/municipality', headers: admin.headers, payload: { paymentDay: 2 } });
    expect(patched.json()).toMatchObject({ paymentDay: 2 });
    expect((await app.inject({ method: 'PATCH', url: '/api/v1/municipality', headers: admin.headers, payload: { paymentDay: 29 } })).statusCode).toBe(400);
    // 2 January 2017 is a Monday and a banking day.
    const later = await app.inject({ method: 'GET', url: '/api/v1/statements/2016-12/payments.csv', headers: finance.headers });
    expect(later.body.split('\n')[1]).toBe('p1,556677-8899,2016-12,2017-01-02,5480.00');
    const pdf = await app.inject({ method: 'GET', url: `${url}/export?format=pdf`, headers: finance.headers });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const xlsx = await app.inject({ method: 'GET', url: `${url}/export?format=xlsx`, headers: finance.headers });
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect((await app.inject({ method: 'GET', url, headers: finance.headers })).json()).toMatchObject({ status: 'exported' });
  });

  it('refuses bad input with a message and a path, and requests without a session', async () => {
    const bad = await app.inject({ method: 'PUT', url: '/api/v1/statements/2016-13/p1/excess/c1/reason', headers: manager.headers, payload: { reason: '' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: 'bad_request' });
    expect((await app.inject({ method: 'GET', url })).statusCode).toBe(401);
    const other = await app.inject({ method: 'GET', url: '/api/v1/statements/2016-12/p9', headers: finance.headers });
    expect(other.statusCode).toBe(404);
  });
});
