import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { readExample } from '../../testing/fixtures.ts';
import { loginAs, type Session } from '../../testing/login.ts';
import { openTestDatabase, type TestDatabase } from '../../testing/test-db.ts';
import { importScenario } from '../scenario/import.service.ts';

// Example 01, December 2016: p1 is paid 5 480 kr (792 capped minutes at 400 kr/h, a night visit
// at 200 kr); January 2017 at 408 kr/h. The what-if must leave every table as it found it.
describe(`what if over HTTP (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let finance: Session;
  let manager: Session;

  beforeAll(async () => {
    t = await openTestDatabase();
    const raw = readExample('01-cap-and-declined.json') as { excessReviews: unknown[] };
    raw.excessReviews = [];
    const r = await importScenario(t, raw, { referenceDate: '2026-11-23' });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    app = await buildApp(loadConfig({}), t);
    finance = await loginAs(app, t, 'finance');
    manager = await loginAs(app, t, 'provider_manager', { providerId: 'p1' });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  /** Rows per table, and every statement row and kept slice as text: what a write would change. */
  async function snapshot(): Promise<{ counts: Record<string, number>; statements: string; kept: string }> {
    const { rows: tables } = await sql<{ table_name: string }>`
      select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(t.db);
    const counts: Record<string, number> = {};
    for (const { table_name } of tables) {
      // The audit log records the read itself (a what-if names clients), and sessions note their use.
      if (table_name === 'audit_log' || table_name.includes('session')) continue;
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table_name)}`.execute(t.db);
      counts[table_name] = rows[0]!.n;
    }
    const statements = await sql`select provider_id, month, status, total_ore, updated_at, document::text from statements order by provider_id, month`.execute(t.db);
    const kept = tables.filter((x) => x.table_name.startsWith('kept_'));
    const keptRows = [];
    for (const { table_name } of kept) keptRows.push((await sql`select * from ${sql.table(table_name)}`.execute(t.db)).rows);
    return { counts, statements: JSON.stringify(statements.rows), kept: JSON.stringify(keptRows) };
  }

  it('compares the real month with the month under changed rules, per provider, district and client', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/what-if?from=2016-12&cap=100', headers: finance.headers });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.statements).toEqual({ realOre: 548_000, changedOre: 500_000, differenceOre: -48_000 });
    expect(body.providers).toEqual([{ provider: 'p1', name: 'Omsorg AB', realOre: 548_000, changedOre: 500_000, differenceOre: -48_000 }]);
    expect(body.districts[0]).toMatchObject({ district: 'd1', differenceOre: -48_000 });
    expect(body.clients[0]).toMatchObject({ client: 'c1', differenceOre: -48_000 });
    // No pay for declined visits and +2 % on the day rate, December and January together.
    const both = (await app.inject({ method: 'GET', url: '/api/v1/what-if?from=2016-12&to=2017-01&declined=care=0,service=0&rates=day=%2B2%25', headers: finance.headers })).json();
    expect(both.months).toEqual(['2016-12', '2017-01']);
    expect(both.byMonth[0].statements.realOre).toBe(548_000);
    expect(both.changes).toMatchObject({ declinedAtDoorPercent: { care: 0, service: 0 }, rates: [{ band: 'day', percent: 2 }] });
  });

  it('refuses a bad change with its field, and other roles', async () => {
    const bad = await app.inject({ method: 'GET', url: '/api/v1/what-if?from=2016-12&declined=care=120', headers: finance.headers });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: 'bad_request', path: '/declined' });
    const late = await app.inject({ method: 'GET', url: '/api/v1/what-if?from=2017-01&to=2016-12', headers: finance.headers });
    expect(late.statusCode).toBe(400);
    expect((await app.inject({ method: 'GET', url: '/api/v1/what-if?from=2016-12', headers: manager.headers })).statusCode).toBe(403);
  });

  it('never writes: row counts, statement versions and kept statements are unchanged', async () => {
    // A real month with kept statements and a locked, approved statement to disturb if it could.
    await app.inject({ method: 'PUT', url: '/api/v1/statements/2016-12/p1/excess/c1/reason', headers: manager.headers, payload: { reason: 'Fall' } });
    expect((await app.inject({ method: 'POST', url: '/api/v1/statements/2016-12/p1/submit', headers: manager.headers })).statusCode).toBe(200);
    expect((await app.inject({ method: 'POST', url: '/api/v1/statements/2016-12/p1/approve', headers: finance.headers })).json()).toMatchObject({ status: 'approved' });
    await app.inject({ method: 'GET', url: '/api/v1/statements/2017-01/p1', headers: finance.headers });
    const before = await snapshot();
    expect(before.counts.statements).toBeGreaterThan(0);
    for (const q of ['from=2016-12&to=2017-01&cap=90&rates=%2B5%25&model=granted_time', 'from=2017-01&declined=care=0&feeBasis=granted']) {
      expect((await app.inject({ method: 'GET', url: `/api/v1/what-if?${q}`, headers: finance.headers })).statusCode).toBe(200);
    }
    const xlsx = await app.inject({ method: 'GET', url: '/api/v1/what-if.xlsx?from=2016-12&cap=100', headers: finance.headers });
    expect(await snapshot()).toEqual(before);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const providers = wb.getWorksheet('Utförare')!;
    expect(providers.getRow(2).values).toEqual([undefined, 'p1', 'Omsorg AB', 5480, 5000, -480]);
  });
});
