import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { readExample } from '../../testing/fixtures.ts';
import { loginAs, type Session } from '../../testing/login.ts';
import { openTestDatabase, type TestDatabase } from '../../testing/test-db.ts';
import { importScenario } from '../scenario/import.service.ts';

describe(`fees over HTTP (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let finance: Session;
  let admin: Session;
  let officer: Session;

  beforeAll(async () => {
    t = await openTestDatabase();
    const r = await importScenario(t, readExample('04-fees.json'), { referenceDate: '2026-11-23' });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    app = await buildApp(loadConfig({}), t);
    finance = await loginAs(app, t, 'finance');
    admin = await loginAs(app, t, 'admin');
    officer = await loginAs(app, t, 'case_officer');
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('gives the month\'s fees exactly as hemma-fees/1, as CSV and as fee decisions in PDF', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/fees/2017-05', headers: finance.headers });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(readExample('04-fees.2017-05.fees.json'));
    const csv = await app.inject({ method: 'GET', url: '/api/v1/fees/2017-05?format=csv', headers: finance.headers });
    expect(csv.body.split('\n')[1]).toBe('avgiftsby,2017-05,c1,19380407-1110,600,246000,201300,505700,544300,0,201300,2013.00,maxtaxa');
    const pdf = await app.inject({ method: 'GET', url: '/api/v1/fees/2017-05?format=pdf', headers: finance.headers });
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('lets only finance read and change income data, and logs every read and change', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/clients/c1/fee-data', headers: officer.headers })).statusCode).toBe(403);
    const read = await app.inject({ method: 'GET', url: '/api/v1/clients/c1/fee-data', headers: finance.headers });
    expect(read.json()).toEqual({ client: 'c1', netIncomeOre: 1650000, housingSupplementOre: 120000, housingCostOre: 720000, household: 'single', adjustmentsOre: 0 });
    const put = await app.inject({
      method: 'PUT', url: '/api/v1/clients/c3/fee-data', headers: finance.headers,
      payload: { netIncomeOre: 1200000, housingCostOre: 600000 },
    });
    expect(put.json()).toMatchObject({ client: 'c3', household: 'single', housingSupplementOre: 0 });
    const { rows } = await sql<{ action: string; client_id: string; object_type: string }>`
      select action, client_id, object_type from audit_log where object_type = 'fee_data' order by seq`.execute(t.db);
    expect(rows).toEqual([
      { action: 'read', client_id: 'c1', object_type: 'fee_data' },
      { action: 'update', client_id: 'c3', object_type: 'fee_data' },
    ]);
    // c3 now has income data: capacity 12 000 − 6 000 − minimibelopp 5 057 = 943 kr, above the tariff, which still binds.
    const fees = (await app.inject({ method: 'GET', url: '/api/v1/fees/2017-05', headers: finance.headers })).json();
    expect(fees.fees[2]).toMatchObject({ client: 'c3', capacityOre: 94300, binding: 'tariff', feeOre: 64200 });
    expect((await app.inject({ method: 'GET', url: '/api/v1/clients/nobody/fee-data', headers: finance.headers })).statusCode).toBe(404);
  });

  it('keeps fee models as effective-dated history and refuses a bad one with its path', async () => {
    const bad = await app.inject({
      method: 'POST', url: '/api/v1/fee-model', headers: finance.headers,
      payload: { from: '2018-01-01', basis: 'granted', tariff: { kind: 'levels', levels: [{ upToHours: 5, ore: 50000 }] } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: 'invalid', path: 'tariff' });
    const ok = await app.inject({
      method: 'POST', url: '/api/v1/fee-model', headers: finance.headers,
      payload: { from: '2018-01-01', basis: 'granted', tariff: { kind: 'fixed', ore: 100000 } },
    });
    expect(ok.statusCode).toBe(204);
    const models = (await app.inject({ method: 'GET', url: '/api/v1/fee-model', headers: finance.headers })).json();
    expect(models.feeModels.map((m: { from: string }) => m.from)).toEqual(['2017-01-01', '2018-01-01']);
    expect(models.prisbasbelopp['2026']).toBe(59200);
    expect((await app.inject({ method: 'PUT', url: '/api/v1/prisbasbelopp/2027', headers: finance.headers, payload: { kronor: 60000 } })).statusCode).toBe(403);
    expect((await app.inject({ method: 'PUT', url: '/api/v1/prisbasbelopp/2027', headers: admin.headers, payload: { kronor: 60000 } })).statusCode).toBe(204);
    const after = (await app.inject({ method: 'GET', url: '/api/v1/fee-model', headers: admin.headers })).json();
    expect(after.prisbasbelopp['2027']).toBe(60000);
  });

  it('takes the municipality’s own minimibelopp and uplift age from its fee model', async () => {
    const tariff = { kind: 'hourly', orePerHour: 24600 };
    const bad = await app.inject({
      method: 'POST', url: '/api/v1/fee-model', headers: finance.headers,
      payload: { from: '2017-06-01', basis: 'performed', tariff, ownMinimibelopp: { singleOre: 550050, cohabitingOre: 480000 } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().path).toBe('/ownMinimibelopp/singleOre');
    const ok = await app.inject({
      method: 'POST', url: '/api/v1/fee-model', headers: finance.headers,
      payload: { from: '2017-06-01', basis: 'performed', tariff, under65MinimibeloppPercent: 110, upliftUnderAge: 55, ownMinimibelopp: { singleOre: 550000, cohabitingOre: 480000 } },
    });
    expect(ok.statusCode).toBe(204);
    const models = (await app.inject({ method: 'GET', url: '/api/v1/fee-model', headers: finance.headers })).json();
    expect(models.feeModels.at(-1)).toMatchObject({ upliftUnderAge: 55, ownMinimibelopp: { singleOre: 550000, cohabitingOre: 480000 } });
    expect(models.feeModels[0]).toMatchObject({ upliftUnderAge: 65, ownMinimibelopp: null });
    const fees = (await app.inject({ method: 'GET', url: '/api/v1/fees/2017-06', headers: finance.headers })).json();
    const of = (id: string) => fees.fees.find((f: { client: string }) => f.client === id);
    // c1 (single, 79): 5 500 kr of its own beats the national 5 057 kr. c2 (cohabiting, 57): no
    // uplift below 55 any more, and its own 4 800 kr beats the national 4 273 kr.
    expect(of('c1').minimibeloppOre).toBe(550000);
    expect(of('c2').minimibeloppOre).toBe(480000);
  });

  it('names the year when a month has no prisbasbelopp', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/fees/2031-01', headers: finance.headers });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/2031/);
  });
});
