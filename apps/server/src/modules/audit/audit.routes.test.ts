import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { actor } from '../../audit/test-support.ts';
import { loadConfig } from '../../config.ts';
import { loginAs, type Session } from '../../testing/login.ts';
import { readExample } from '../../testing/fixtures.ts';
import { openTestDatabase, type TestDatabase } from '../../testing/test-db.ts';
import { importScenario } from '../scenario/import.service.ts';
import { auditRoutes } from './audit.routes.ts';

describe(`GET /api/v1/audit (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let admin: Session;
  let officer: Session;
  let m: string;
  const clock = new Date('2026-11-23T08:00:00Z');

  beforeAll(async () => {
    t = await openTestDatabase();
    await importScenario(t, readExample('01-cap-and-declined.json'), { referenceDate: '2026-11-23' });
    app = await buildApp(loadConfig({}), t, { now: () => clock });
    // app.ts registers it once the auth plugin is in; until then the test mounts it itself.
    if (!app.hasRoute({ method: 'GET', url: '/api/v1/audit' })) await app.register(auditRoutes(t));
    admin = await loginAs(app, t, 'admin', { at: clock });
    officer = await loginAs(app, t, 'case_officer', { at: clock });
    m = (await t.db.selectFrom('municipalities').select('municipality_id').executeTakeFirstOrThrow()).municipality_id;
    const staff = actor(m, 'staff', 'staff-9');
    for (const [client, at] of [['k1', '2026-11-20T09:00:00Z'], ['k2', '2026-11-21T09:00:00Z'], ['k1', '2026-11-22T09:00:00Z']] as const) {
      await recordAudit(t.db, staff, { action: 'read', clientId: client, objectType: 'client', objectId: client }, { now: new Date(at) });
    }
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  const get = (url: string, session?: Session) => app.inject({ method: 'GET', url, ...(session ? { headers: session.headers } : {}) });

  it("answers an admin's search by client and period, newest first, with a cursor", async () => {
    const res = await get('/api/v1/audit?client=k1&from=2026-11-20&to=2026-11-22&limit=1', admin);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.entries).toEqual([
      {
        seq: expect.any(Number),
        at: '2026-11-22T09:00:00.000Z',
        userId: 'staff-9',
        username: `staff-9@${m}`,
        role: 'staff',
        action: 'read',
        clientId: 'k1',
        objectType: 'client',
        objectId: 'k1',
        ip: '192.0.2.10',
        details: {},
        listOf: null,
      },
    ]);
    const next = await get(`/api/v1/audit?client=k1&limit=1&cursor=${body.nextCursor}`, admin);
    expect(next.json().entries.map((e: { at: string }) => e.at)).toEqual(['2026-11-20T09:00:00.000Z']);
    expect((await get('/api/v1/audit?user=staff-9', admin)).json().entries).toHaveLength(3);
  });

  it('logs the search under the admin, with the address it came from', async () => {
    const head = async () => (await t.db.selectFrom('audit_chain_heads').select('seq').where('municipality_id', '=', m).executeTakeFirstOrThrow()).seq;
    const before = await head();
    await get('/api/v1/audit?client=k2', admin);
    const mine = await t.db.selectFrom('audit_log').selectAll().where('municipality_id', '=', m).where('seq', '>', before).execute();
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ role: 'admin', object_type: 'audit_log', client_id: 'k2', action: 'read', ip: '127.0.0.1', details: { filter: { clientId: 'k2' } } });
  });

  it('refuses other roles and requests without a session, and explains a bad query', async () => {
    expect((await get('/api/v1/audit?client=k1', officer)).statusCode).toBe(403);
    expect((await get('/api/v1/audit?client=k1')).statusCode).toBe(401);
    const bad = await get('/api/v1/audit?from=yesterday', admin);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/expected YYYY-MM-DD or an ISO 8601 time/);
    expect((await get('/api/v1/audit?from=2026-02-30', admin)).json()).toMatchObject({ error: 'bad_request', path: '/from', message: '/from: 2026-02-30 is not a day of the calendar' });
  });
});
