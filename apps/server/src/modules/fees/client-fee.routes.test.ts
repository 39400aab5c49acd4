import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { readExample } from '../../testing/fixtures.ts';
import { loginAs, type Session } from '../../testing/login.ts';
import { openTestDatabase, type TestDatabase } from '../../testing/test-db.ts';
import { importScenario } from '../scenario/import.service.ts';

// The fee on the case officer's client page: example 04 (avgiftsby, May 2017), whose fees the
// spec gives; the reply must be the month list's fee, never a second computation.

describe(`a client's fee for the case officer (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let officer: Session;
  beforeAll(async () => {
    t = await openTestDatabase();
    for (const scenario of [readExample('04-fees.json'), readExample('01-cap-and-declined.json')]) {
      const r = await importScenario(t, scenario, { referenceDate: '2026-11-23' });
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
    }
    app = await buildApp(loadConfig({}), t);
    officer = await loginAs(app, t, 'case_officer', { municipalityId: 'avgiftsby', districtId: 'd1' });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  const get = (s: Session, url: string) => app.inject({ method: 'GET', url, headers: s.headers });

  it('gives the fee the month list gives, without the income behind it', async () => {
    const expected = readExample('04-fees.2017-05.fees.json') as { fees: { client: string; feeOre: number; basisMinutes: number; binding: string }[] };
    for (const f of expected.fees) {
      const res = await get(officer, `/api/v1/clients/${f.client}/fees/2017-05`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({ client: f.client, month: '2017-05', fee: { feeOre: f.feeOre, basisMinutes: f.basisMinutes, binding: f.binding } });
    }
  });

  it('opens the fee decision as a PDF, and says when a month has none', async () => {
    const pdf = await get(officer, '/api/v1/clients/c1/fees/2017-05/decision');
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    // Before the fee model's first day there is no fee, so no decision.
    expect((await get(officer, '/api/v1/clients/c1/fees/2016-01')).json()).toMatchObject({ fee: null });
    expect((await get(officer, '/api/v1/clients/c1/fees/2016-01/decision')).statusCode).toBe(404);
    expect((await get(officer, '/api/v1/clients/c1/fees/2017-13')).statusCode).toBe(400);
  });

  it('is scoped by role and municipality, and logged', async () => {
    const manager = await loginAs(app, t, 'provider_manager', { municipalityId: 'avgiftsby', providerId: 'p1' });
    expect((await get(manager, '/api/v1/clients/c1/fees/2017-05')).statusCode).toBe(403);
    const foreign = await loginAs(app, t, 'case_officer', { municipalityId: 'exempelby' });
    // Another municipality's officer: its own c1 exists, avgiftsby's c4 does not for it.
    expect((await get(foreign, '/api/v1/clients/c4/fees/2017-05')).statusCode).toBe(404);
    const rows = await t.db.selectFrom('audit_log').select(['action', 'object_id']).where('municipality_id', '=', 'avgiftsby').where('object_type', '=', 'fee').where('client_id', '=', 'c1').execute();
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['read', 'export']));
  });
});
