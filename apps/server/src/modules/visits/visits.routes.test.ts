import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { readExample } from '../../testing/fixtures.ts';
import { loginAs, type Session } from '../../testing/login.ts';
import { openTestDatabase, type TestDatabase } from '../../testing/test-db.ts';
import { importScenario } from '../scenario/import.service.ts';

// Example 03 (exempelstad, April 2017): c1 has an unordered second staff member and an overlap,
// c2 a corrected leave and the other half of that overlap, c3 a visit with no active order.

describe(`a client's visits of a month (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let admin: Session;
  beforeAll(async () => {
    t = await openTestDatabase();
    for (const scenario of [readExample('03-bands-holidays-exceptions.json'), readExample('01-cap-and-declined.json')]) {
      const r = await importScenario(t, scenario, { referenceDate: '2026-11-23' });
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
    }
    app = await buildApp(loadConfig({}), t);
    admin = await loginAs(app, t, 'admin', { municipalityId: 'exempelstad' });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  const visits = (s: Session, client: string, month = '2017-04') =>
    app.inject({ method: 'GET', url: `/api/v1/clients/${client}/visits?month=${month}`, headers: s.headers });

  it('shows the exceptions the statement holds, on the visits they hold', async () => {
    const res = await visits(admin, 'c1');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{ visits: { id: string; minutes: number; held: boolean; exceptions: { type: string }[] }[]; exceptions: { type: string }[] }>();
    expect(body.exceptions.map((e) => e.type).sort()).toEqual(['overlap', 'unordered_double_staffing']);
    const second = body.visits.find((v) => v.id === 'b6033992-4a41-58a9-adad-490812703655');
    expect(second).toMatchObject({ minutes: 30, exceptions: [{ type: 'unordered_double_staffing', minutes: 30 }] });
    expect(body.visits.find((v) => v.id === 'd30e319b-0008-5557-878c-f1688a95e967')).toMatchObject({ held: true, exceptions: [{ type: 'overlap' }] });
    // Who came, by first name and initial: s1 made the visits, s2 the double staffing.
    expect(res.json<{ staffNames: unknown }>().staffNames).toEqual({ s1: 'Leila H.', s2: 'Mikael N.' });
    // The voided pair of 6 April is no visit.
    expect(body.visits.map((v) => v.id)).not.toContain('5362394a-7b99-57a4-87f8-a6ad9f803b3f');

    const c3 = (await visits(admin, 'c3')).json<{ visits: { held: boolean; exceptions: { type: string }[] }[] }>();
    expect(c3.visits).toMatchObject([{ held: true, exceptions: [{ type: 'no_active_order' }] }]);
  });

  it('shows corrections: who corrected what, when and why', async () => {
    const c2 = (await visits(admin, 'c2')).json<{ visits: { date: string; minutes: number; staffId: string; corrected: boolean; manual: boolean }[]; corrections: unknown[]; staffNames: Record<string, string> }>();
    expect(c2.corrections).toEqual([
      expect.objectContaining({ id: '6db3af3d-3be3-556c-a8fe-de09ac35ca8b', corrects: '5e55d009-2034-5a87-a5a2-39205edd5749', kind: 'leave', reason: 'Fel tid, lämnade 09:50' }),
    ]);
    expect(c2.visits.find((v) => v.date === '2017-04-18')).toMatchObject({ minutes: 50, corrected: true, manual: true });
    expect(c2.visits.filter((v) => v.corrected)).toHaveLength(1);
    // Each staff member the reply names has her name beside her id.
    for (const v of c2.visits) expect(c2.staffNames[v.staffId]).toMatch(/\S/);
    const c1 = (await visits(admin, 'c1')).json<{ corrections: { kind: string }[] }>();
    expect(c1.corrections.map((c) => c.kind)).toEqual(['void', 'void']);
  });

  it('is scoped and logged', async () => {
    const manager = await loginAs(app, t, 'provider_manager', { municipalityId: 'exempelstad', providerId: 'p1' });
    expect((await visits(manager, 'c1')).json().exceptions).toHaveLength(2);
    const staff = await loginAs(app, t, 'staff', { municipalityId: 'exempelstad', staffId: 's1' });
    expect((await visits(staff, 'c1')).statusCode).toBe(403);
    const foreign = await loginAs(app, t, 'admin', { municipalityId: 'exempelby' });
    expect((await visits(foreign, 'c3')).statusCode).toBe(404);
    expect((await visits(admin, 'c1', '2017-13')).statusCode).toBe(400);
    const rows = await t.db.selectFrom('audit_log').select(['client_id', 'details']).where('municipality_id', '=', 'exempelstad').where('object_type', '=', 'visits').execute();
    expect(rows.length).toBeGreaterThanOrEqual(4);
    expect(rows[0]).toMatchObject({ client_id: 'c1', details: { month: '2017-04' } });
  });
});
