import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tamper } from '../../audit/test-support.ts';
import { loginAs, type Session } from '../../testing/login.ts';
import type { TestDatabase } from '../../testing/test-db.ts';
import { BY, call, twoMunicipalities } from '../municipality/test-setup.ts';

// The review view's chain state and its search by action (issue 12).

describe(`audit verification and search by action (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let admin: Session;
  let finance: Session;

  beforeAll(async () => {
    ({ t, app } = await twoMunicipalities());
    admin = await loginAs(app, t, 'admin', { municipalityId: BY });
    finance = await loginAs(app, t, 'finance', { municipalityId: BY });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('searches by action', async () => {
    await call(app, admin, 'PATCH', '/api/v1/districts/d1', { name: 'Norr' });
    const res = await call(app, admin, 'GET', '/api/v1/audit?action=login&limit=50');
    expect(res.statusCode, res.body).toBe(200);
    const actions = new Set(res.json<{ entries: { action: string }[] }>().entries.map((e) => e.action));
    expect([...actions]).toEqual(['login']);
    expect((await call(app, admin, 'GET', '/api/v1/audit?action=peek')).statusCode).toBe(400);
  });

  it("reports the chain's head when it holds, and the first bad row when a row was changed", async () => {
    const good = await call(app, admin, 'GET', '/api/v1/audit/verify');
    expect(good.statusCode, good.body).toBe(200);
    expect(good.json()).toMatchObject({ ok: true, signaturesChecked: false, checkpoints: 0, firstBadSeq: null });
    expect(good.json().rows).toBeGreaterThan(0);
    expect(good.json().head.seq).toBe(good.json().rows);
    expect((await call(app, finance, 'GET', '/api/v1/audit/verify')).statusCode).toBe(403);

    // Someone with the database's own rights edits row 1 behind the triggers' back.
    await tamper(t.db, (db) => sql`update audit_log set ip = '10.0.0.1' where municipality_id = ${BY} and seq = 1`.execute(db));
    const bad = await call(app, admin, 'GET', '/api/v1/audit/verify');
    expect(bad.json()).toMatchObject({ ok: false, firstBadSeq: 1 });
    expect(bad.json().reason).toBeTruthy();
  });
});
