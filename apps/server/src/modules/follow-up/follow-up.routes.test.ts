import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { readExample } from '../../testing/fixtures.ts';
import { loginAs, type Session } from '../../testing/login.ts';
import { openTestDatabase, type TestDatabase } from '../../testing/test-db.ts';
import { importScenario } from '../scenario/import.service.ts';

// Example 01 (exempelby, December 2016: c1 has 78 minutes of excess with p1), its review left
// undone; a second district d2 whose officer must see nothing of d1.

function exempelby(): unknown {
  const raw = readExample('01-cap-and-declined.json') as { excessReviews: unknown[]; districts: { id: string; name: string }[] };
  raw.excessReviews = [];
  raw.districts.push({ id: 'd2', name: 'Södra' });
  return raw;
}

describe(`the case officer's follow-up (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let officer: Session;
  let other: Session;
  const statement = JSON.parse(JSON.stringify(readExample('01-cap-and-declined.2016-12.statements.json'))) as { statements: { lines: Record<string, unknown>[] }[] };

  beforeAll(async () => {
    t = await openTestDatabase();
    const r = await importScenario(t, exempelby(), { referenceDate: '2026-11-23' });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    app = await buildApp(loadConfig({}), t);
    officer = await loginAs(app, t, 'case_officer', { districtId: 'd1' });
    other = await loginAs(app, t, 'case_officer', { districtId: 'd2' });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  const call = (s: Session, method: 'GET' | 'POST', url: string, payload?: object) =>
    app.inject({ method, url, headers: s.headers, ...(payload && { payload }) });

  it('shows the statement lines of her district\'s clients, exactly as the statement has them', async () => {
    const res = await call(officer, 'GET', '/api/v1/follow-up/2016-12');
    expect(res.statusCode, res.body).toBe(200);
    const { client: _c, ...expected } = statement.statements[0]!.lines[0]!;
    expect(res.json()).toEqual({
      month: '2016-12', model: 'performed_time',
      clients: [{ clientId: 'c1', clientName: 'Karl Karlsson', lines: [{ ...expected, providerId: 'p1', excessStatus: 'pending' }] }],
    });
    expect((await call(other, 'GET', '/api/v1/follow-up/2016-12')).json().clients).toEqual([]);
    const manager = await loginAs(app, t, 'provider_manager', { providerId: 'p1' });
    expect((await call(manager, 'GET', '/api/v1/follow-up/2016-12')).statusCode).toBe(403);
  });

  it('lists excess awaiting review with its visits, and takes a decision with a reason', async () => {
    const list = await call(officer, 'GET', '/api/v1/follow-up/2016-12/excess');
    expect(list.statusCode, list.body).toBe(200);
    const [excess] = list.json().excess;
    expect(excess).toMatchObject({ clientId: 'c1', providerId: 'p1', minutes: 78, status: 'pending', providerReason: null, reviewReason: null });
    expect(excess.visits.length).toBeGreaterThan(0);
    expect(excess.visits.every((v: { providerId: string; date: string }) => v.providerId === 'p1' && v.date.startsWith('2016-12'))).toBe(true);
    expect((await call(other, 'GET', '/api/v1/follow-up/2016-12/excess')).json().excess).toEqual([]);

    const url = '/api/v1/statements/2016-12/p1/excess/c1/review';
    const bare = await call(officer, 'POST', url, { decision: 'rejected' });
    expect(bare.statusCode).toBe(400);
    expect(bare.json()).toMatchObject({ path: '/reason' });
    expect((await call(other, 'POST', url, { decision: 'rejected', reason: 'x' })).statusCode).toBe(404);
    expect((await call(officer, 'POST', url, { decision: 'rejected', reason: 'Inte motiverat' })).statusCode).toBe(204);
    expect((await call(officer, 'GET', '/api/v1/follow-up/2016-12/excess')).json().excess).toEqual([]);
    const decided = (await call(officer, 'GET', '/api/v1/follow-up/2016-12/excess?status=all')).json().excess;
    expect(decided).toMatchObject([{ clientId: 'c1', status: 'rejected', reviewReason: 'Inte motiverat' }]);
    const audit = await t.db.selectFrom('audit_log').select(['object_type', 'action']).where('client_id', '=', 'c1').execute();
    expect(audit).toEqual(expect.arrayContaining([{ object_type: 'excess', action: 'update' }, { object_type: 'excess', action: 'read' }, { object_type: 'statement_line', action: 'read' }]));
  });
});
