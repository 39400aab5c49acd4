import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { generateDemo } from '../../demo/generate.ts';
import { login } from '../../testing/login.ts';
import { openTestDatabase, type TestDatabase } from '../../testing/test-db.ts';
import { importScenario } from '../scenario/import.service.ts';
import { DEMO_PASSWORD, createDemoAccounts, demoTotpSecret } from './demo-accounts.ts';

describe(`demo accounts (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let printed: string;
  let clock = new Date('2026-11-23T08:00:00Z');
  beforeAll(async () => {
    t = await openTestDatabase();
    // The demo municipality without its registrations: the accounts only need its people.
    const r = await importScenario(
      t,
      { ...generateDemo({ firstMonth: '2026-09' }), registrations: [] },
      { referenceDate: '2026-11-23' },
    );
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    printed = await createDemoAccounts(t.db, r.municipality);
    app = await buildApp(loadConfig({}), t, { now: () => clock });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('makes one account per role that logs in with the printed password and secret', async () => {
    expect(printed).toContain(DEMO_PASSWORD);
    const expected = {
      admin: 'admin',
      handlaggare: 'case_officer',
      ekonomi: 'finance',
      enhetschef: 'provider_manager',
      personal: 'staff',
    };
    for (const [username, role] of Object.entries(expected)) {
      expect(printed).toContain(`secret=${demoTotpSecret(username)}`);
      const s = await login(
        app,
        { username, password: DEMO_PASSWORD, totpSecret: demoTotpSecret(username) },
        clock,
      );
      const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: s.headers });
      expect(me.json()).toMatchObject({ username, role, municipalityId: 'demoby' });
    }
  });

  it("shows the demo case officer her district's clients only", async () => {
    clock = new Date(clock.getTime() + 30_000);
    const s = await login(
      app,
      {
        username: 'handlaggare',
        password: DEMO_PASSWORD,
        totpSecret: demoTotpSecret('handlaggare'),
      },
      clock,
    );
    const res = await app.inject({
      method: 'GET',
      url: '/api/v1/clients?limit=500',
      headers: s.headers,
    });
    const districts = new Set(
      res.json<{ clients: { districtId: string }[] }>().clients.map((c) => c.districtId),
    );
    expect([...districts]).toEqual(['norr']);
  });
});
