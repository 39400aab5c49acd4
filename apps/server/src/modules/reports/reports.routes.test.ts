import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { loginAs, type Session } from '../../testing/login.ts';
import { openTestDatabase, type TestDatabase } from '../../testing/test-db.ts';
import { importScenario } from '../scenario/import.service.ts';
import { REPORT_NAMES } from './report-kinds.ts';

const SCENARIO = join(import.meta.dirname, '../../../../../fixtures/reports/reports-example.json');

type Row = Record<string, unknown>;
interface Reply { scope: Row; document: Record<string, Row[] | Row | string | number | null>; units?: Row[]; districts?: Row[]; drillDown: string; names: Record<string, Row> }

// fixtures/reports/reports-example.json (see reports.cli.test.ts): c1 and c2 live in d1 and have
// orders with p1; c3 lives in d2 with an order from p2; t1 of p2 also met c1 once.
describe(`follow-up reports over HTTP (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  const sessions: Record<string, Session> = {};
  beforeAll(async () => {
    t = await openTestDatabase();
    const r = await importScenario(t, JSON.parse(readFileSync(SCENARIO, 'utf8')), { referenceDate: '2026-11-23' });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    app = await buildApp(loadConfig({}), t);
    sessions.finance = await loginAs(app, t, 'finance');
    sessions.admin = await loginAs(app, t, 'admin');
    sessions.officer = await loginAs(app, t, 'case_officer', { districtId: 'd1' });
    sessions.manager = await loginAs(app, t, 'provider_manager', { providerId: 'p2' });
    sessions.staff = await loginAs(app, t, 'staff', { providerId: 'p1', staffId: 's1' });
  }, 300_000);
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  const get = (who: string, url: string) => app.inject({ method: 'GET', url, headers: sessions[who]!.headers });
  const report = async (who: string, url: string): Promise<Reply> => {
    const res = await get(who, url);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Reply>();
  };

  it('narrows client rows to the reader\'s clients and aggregate rows to her district or provider', async () => {
    const finance = await report('finance', '/api/v1/reports/continuity/2017-04');
    expect(finance.scope).toEqual({ level: 'municipality' });
    expect(finance.document).toMatchObject({ format: 'hemma-continuity/1', clients: [{ client: 'c1', staff: 4 }, { client: 'c2', staff: 2 }, { client: 'c3', staff: 1 }] });
    expect(finance.drillDown).toBe('/api/v1/clients/{client}/visits?month=2017-04');

    const officer = await report('officer', '/api/v1/reports/continuity/2017-04');
    expect(officer.scope).toEqual({ level: 'district', district: 'd1' });
    expect(officer.document.clients).toEqual([{ client: 'c1', staff: 4 }, { client: 'c2', staff: 2 }]);
    expect(officer.document.providers).toEqual(finance.document.providers);

    const manager = await report('manager', '/api/v1/reports/continuity/2017-04');
    expect(manager.scope).toEqual({ level: 'provider', provider: 'p2' });
    expect(manager.document.clients).toEqual([{ client: 'c3', staff: 1 }]);
    expect(manager.document.providers).toEqual([{ provider: 'p2', clients: 2, mean: 1, median: 1, max: 1 }]);
    expect(manager.document.total).toEqual(finance.document.total);

    const excess = await report('manager', '/api/v1/reports/excess/2017-04');
    expect(excess.document.excess).toEqual([{ client: 'c3', provider: 'p2', minutes: 510, amountOre: 340_000, status: 'rejected', reason: 'Ej styrkt' }]);
    expect(excess.document.districts).toEqual([]);
    const officerExcess = await report('officer', '/api/v1/reports/excess/2017-04');
    expect((officerExcess.document.districts as Row[]).map((d) => d.district)).toEqual(['d1']);
  });

  it('gives the same number to everyone who sees it, in every report', async () => {
    for (const name of REPORT_NAMES) {
      const url = name === 'continuity-14' ? '/api/v1/reports/continuity-14/2017-04-03' : `/api/v1/reports/${name}/2017-04`;
      const all = await report('admin', url);
      expect(await report('finance', url)).toEqual(all);
      for (const who of ['officer', 'manager']) {
        const mine = await report(who, url);
        for (const [key, rows] of Object.entries(mine.document)) {
          if (!Array.isArray(rows)) {
            expect(rows, `${who} ${name} ${key}`).toEqual(all.document[key]);
            continue;
          }
          const everyone = all.document[key] as Row[];
          for (const row of rows) expect(everyone, `${who} ${name} ${key}`).toContainEqual(row);
        }
      }
    }
  }, 300_000);

  it('gives time at clients per unit beside the providers, and exports csv and xlsx', async () => {
    const finance = await report('finance', '/api/v1/reports/time-at-clients/2017-04');
    // u1 is s1 and s2: 840 visit minutes of 7140 + 5190 shift minutes.
    expect(finance.units).toEqual([{ unit: 'u1', provider: 'p1', visitMinutes: 840, shiftMinutes: 12_330, percent: 6.8 }]);
    expect(finance.names).toEqual({ municipality: 'Rapportby kommun', clients: {}, providers: { p1: 'Omsorg AB', p2: 'Kommunens hemtjänst' }, districts: {}, units: { u1: 'Grupp 1' } });
    expect((await report('manager', '/api/v1/reports/time-at-clients/2017-04')).units).toEqual([]);
    // Names only for the rows the reader sees.
    expect((await report('manager', '/api/v1/reports/continuity/2017-04')).names).toMatchObject({ clients: { c3: 'Maj M' }, providers: { p2: 'Kommunens hemtjänst' } });
    const csv = await get('officer', '/api/v1/reports/paid/2017-04?format=csv');
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.body.split('\n').slice(0, 6)).toEqual([
      '\uFEFFUtbetalt belopp, april 2017',
      'Rapportby kommun, distrikt Norra (kommunen totalt som jämförelse)',
      '',
      'Nivå;Id;Namn;Belopp (kr);Godkänd överskjutande tid (kr);Utbetalt (kr)',
      'Klient;c1;Karl K;4400,00;0,00;4400,00',
      'Klient;c2;Lisa L;4400,00;0,00;4400,00',
    ]);
    const xlsx = await get('manager', '/api/v1/reports/declined/2017-04?format=xlsx');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getCell('A2').value).toBe('Rapportby kommun, utförare Kommunens hemtjänst (kommunen totalt som jämförelse)');
    // The manager sees her own clients and provider, no district, and the total.
    expect(sheet.getColumn(2).values.slice(5)).toEqual(['c3', 'p2', '']);
    expect(sheet.getColumn(3).values.slice(5)).toEqual(['Maj M', 'Kommunens hemtjänst', 'Rapportby kommun']);
  });

  it('compares continuity between districts, narrowed as the district rows are', async () => {
    // d1: c1 met by 4 staff, c2 by 2; d2: c3 by 1. The indicator: only c1 (d1) is eligible, with 3.
    const d1 = { district: 'd1', clients: 2, mean: 3, median: 3, max: 4 };
    const finance = await report('finance', '/api/v1/reports/continuity/2017-04');
    expect(finance.districts).toEqual([d1, { district: 'd2', clients: 1, mean: 1, median: 1, max: 1 }]);
    expect(finance.names.districts).toEqual({ d1: 'Norra', d2: 'Södra' });
    expect((await report('officer', '/api/v1/reports/continuity/2017-04')).districts).toEqual([d1]);
    expect((await report('manager', '/api/v1/reports/continuity/2017-04')).districts).toEqual([]);
    expect((await report('finance', '/api/v1/reports/continuity-14/2017-04-03')).districts).toEqual([{ district: 'd1', clients: 1, mean: 3, median: 3, max: 3 }]);
    expect((await report('finance', '/api/v1/reports/paid/2017-04')).districts).toBeUndefined();
  });

  it('follows a report\'s main figure over 12 months, the reader\'s own beside the municipality\'s', async () => {
    const trend = async (who: string, url: string) => {
      const res = await get(who, url);
      expect(res.statusCode, res.body).toBe(200);
      return res.json<{ figure: string; periods: { period: string; month: string; total: number | null; own: number | null }[]; names: Row }>();
    };
    const officer = await trend('officer', '/api/v1/reports/trend/continuity/2017-04');
    expect(officer.figure).toBe('median');
    expect(officer.periods.map((p) => p.period)).toEqual([
      '2016-05', '2016-06', '2016-07', '2016-08', '2016-09', '2016-10', '2016-11', '2016-12', '2017-01', '2017-02', '2017-03', '2017-04',
    ]);
    // Only April has meetings: the municipality's median 2, d1's (4 and 2) 3.
    expect(officer.periods.at(-1)).toEqual({ period: '2017-04', month: '2017-04', total: 2, own: 3 });
    expect(officer.periods[0]).toEqual({ period: '2016-05', month: '2016-05', total: null, own: null });
    expect(officer.names.districts).toEqual({ d1: 'Norra' });
    expect((await trend('manager', '/api/v1/reports/trend/continuity/2017-04')).periods.at(-1)).toMatchObject({ total: 2, own: 1 });
    const paid = await trend('officer', '/api/v1/reports/trend/paid/2017-04');
    expect(paid.periods.at(-1)).toMatchObject({ total: 1_100_000, own: 880_000 });
    // A month without payments pays 0, to the district as to the municipality; a percent of nothing is null.
    expect(paid.periods[0]).toMatchObject({ total: 0, own: 0 });
    expect((await trend('officer', '/api/v1/reports/trend/declined/2017-04')).periods[0]).toMatchObject({ total: null, own: null });
    // Time at clients in total from the summed minutes: 2580 of 28290 → 9.1 %.
    expect((await trend('finance', '/api/v1/reports/trend/time-at-clients/2017-04')).periods.at(-1)).toMatchObject({ total: 9.1, own: null });
    const indicator = await trend('officer', '/api/v1/reports/trend/continuity-14/2017-05-31');
    expect(indicator.periods.slice(-3).map((p) => p.period)).toEqual(['2017-03-31', '2017-04-30', '2017-05-31']);
    expect((await get('staff', '/api/v1/reports/trend/paid/2017-04')).statusCode).toBe(403);
    const bad = await get('finance', '/api/v1/reports/trend/paid/2017-04-03');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatch(/expected a month YYYY-MM/);
    expect((await get('finance', '/api/v1/reports/trend/continuity-14/2017-04')).statusCode).toBe(400);
    expect((await get('finance', '/api/v1/reports/trend/nonsense/2017-04')).statusCode).toBe(400);
  }, 300_000);

  it('logs each client row shown as a read of that client', async () => {
    const before = await sql<{ n: number }>`select count(*)::int as n from audit_log where object_type = 'report' and client_id = 'c3'`.execute(t.db);
    await report('manager', '/api/v1/reports/continuity/2017-04');
    const after = await sql<{ n: number; c: string[] }>`select count(*)::int as n, array_agg(distinct client_id) as c from audit_log
      where object_type = 'report' and object_id = 'continuity/2017-04' and username = (select username from audit_log order by seq desc limit 1)`.execute(t.db);
    expect(after.rows[0]!.c).toEqual(['c3']);
    const total = await sql<{ n: number }>`select count(*)::int as n from audit_log where object_type = 'report' and client_id = 'c3'`.execute(t.db);
    expect(total.rows[0]!.n).toBe(before.rows[0]!.n + 1);
  });

  it('stores purposes and shifts so that importing the file again changes nothing', async () => {
    const again = await importScenario(t, JSON.parse(readFileSync(SCENARIO, 'utf8')), { referenceDate: '2026-11-23' });
    expect(again).toMatchObject({ ok: true, changed: 0, registrationsAdded: 0 });
    const stored = await sql<{ shifts: number; purposes: number }>`select (select count(*)::int from work_shifts where municipality_id = 'rapportby') as shifts,
      (select count(*)::int from registrations where municipality_id = 'rapportby' and purpose is not null) as purposes`.execute(t.db);
    expect(stored.rows[0]).toEqual({ shifts: 57, purposes: 2 });
  });

  it('counts a client in her new district at once, and in the old one again when moved back', async () => {
    const districts = async () => ((await report('finance', '/api/v1/reports/excess/2017-04')).document.districts as Row[]).map((d) => [d.district, d.excessMinutes]);
    expect(await districts()).toEqual([['d1', 390], ['d2', 510]]);
    const move = (to: string) => t.db.updateTable('clients').set({ district_id: to }).where('municipality_id', '=', 'rapportby').where('client_id', '=', 'c2').execute();
    await move('d2');
    expect(await districts()).toEqual([['d1', 210], ['d2', 690]]);
    await move('d1');
    expect(await districts()).toEqual([['d1', 390], ['d2', 510]]);
  });

  it('refuses staff, and a bad month or date with a 400 saying where', async () => {
    expect((await get('staff', '/api/v1/reports/continuity/2017-04')).statusCode).toBe(403);
    const month = await get('finance', '/api/v1/reports/continuity/2017-13');
    expect(month.statusCode).toBe(400);
    expect(month.body).toMatch(/month/);
    const date = await get('finance', '/api/v1/reports/continuity-14/2017-02-30');
    expect(date.statusCode).toBe(400);
    expect((await get('finance', '/api/v1/reports/continuity/2017-04?format=pdf')).statusCode).toBe(400);
  });
});
