import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { readExample } from '../../testing/fixtures.ts';
import { loginAs, type Session } from '../../testing/login.ts';
import { openTestDatabase, type TestDatabase } from '../../testing/test-db.ts';
import { importScenario } from '../scenario/import.service.ts';

// Example 01, December 2016: p1's statement has 78 minutes of excess at c1 (5 480 kr to pay),
// with no reason from the provider yet and no review by the case officer.
describe(`the month-close board and sending back with a reason (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let manager: Session;
  let finance: Session;
  const url = '/api/v1/statements/2016-12/p1';

  beforeAll(async () => {
    t = await openTestDatabase();
    const raw = readExample('01-cap-and-declined.json') as { excessReviews: unknown[] };
    raw.excessReviews = [];
    const r = await importScenario(t, raw, { referenceDate: '2026-11-23' });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    app = await buildApp(loadConfig({}), t);
    manager = await loginAs(app, t, 'provider_manager', { providerId: 'p1' });
    finance = await loginAs(app, t, 'finance');
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  const board = async () => (await app.inject({ method: 'GET', url: '/api/v1/month-close/2016-12', headers: finance.headers })).json();

  it('lists each provider with its state, what it pays and what blocks it, with who must act', async () => {
    expect(await board()).toEqual({
      month: '2016-12',
      // 6 January 2017 is Epiphany: paid the Thursday before.
      paymentDate: '2017-01-05',
      providers: [{
        provider: 'p1', name: 'Omsorg AB', orgNumber: '556677-8899', status: 'draft', totalOre: 548_000, toPayOre: 548_000, clients: 1, canApprove: false,
        blockers: [
          { kind: 'excess_without_reason', count: 1, client: 'c1', actor: 'provider_manager', minutes: 78 },
          { kind: 'pending_excess', count: 1, client: 'c1', actor: 'case_officer', minutes: 78 },
        ],
      }],
    });
    expect((await app.inject({ method: 'GET', url: '/api/v1/month-close/2016-12', headers: manager.headers })).statusCode).toBe(403);

    await app.inject({ method: 'PUT', url: `${url}/excess/c1/reason`, headers: manager.headers, payload: { reason: 'Fall i hemmet' } });
    await app.inject({ method: 'POST', url: `${url}/submit`, headers: manager.headers });
    // Excess under review does not hold approval back: approved excess is paid next month.
    expect((await board()).providers[0]).toMatchObject({ status: 'submitted', canApprove: true, blockers: [{ kind: 'pending_excess' }] });
  });

  it('sends a submitted statement back only with a reason, which the provider then reads', async () => {
    const bare = await app.inject({ method: 'POST', url: `${url}/reopen`, headers: finance.headers, payload: {} });
    expect(bare.statusCode).toBe(400);
    expect(bare.json()).toMatchObject({ path: '/reason' });
    const sent = await app.inject({ method: 'POST', url: `${url}/reopen`, headers: finance.headers, payload: { reason: 'Avvikelsen den 12:e saknas' } });
    expect(sent.json()).toMatchObject({ status: 'draft', reopened: { by: expect.any(String), reason: 'Avvikelsen den 12:e saknas' } });
    expect((await app.inject({ method: 'GET', url, headers: manager.headers })).json()).toMatchObject({ reopened: { reason: 'Avvikelsen den 12:e saknas' } });
  });

  it('gives one client\'s fee decision, or says it has none', async () => {
    const none = await app.inject({ method: 'GET', url: '/api/v1/fees/2016-12?format=pdf&client=nobody', headers: finance.headers });
    expect(none.statusCode).toBe(404);
  });
});
