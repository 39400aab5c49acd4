import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { importScenario } from '../modules/scenario/import.service.ts';
import { readExample } from './fixtures.ts';
import { loginAs, type Session } from './login.ts';
import { openTestDatabase, type TestDatabase } from './test-db.ts';

// Example 01 (exempelby: provider p1 with staff s1, client c1 with order o1) as the staff app's
// tests start from: p1's manager and staff s1 signed in, and s3, whom the manager adds to p1.

export interface StaffAppExample {
  t: TestDatabase;
  app: FastifyInstance;
  manager: Session;
  s1: Awaited<ReturnType<typeof loginAs>>;
  s3: Session;
  close: () => Promise<void>;
}

/** `now` is the app's clock; `at`, its time when the three sign in. */
export async function openStaffAppExample(now: () => Date, at: Date): Promise<StaffAppExample> {
  const t = await openTestDatabase();
  const r = await importScenario(t, readExample('01-cap-and-declined.json'), { referenceDate: '2026-11-23' });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const app = await buildApp(loadConfig({}), t, { now });
  const manager = await loginAs(app, t, 'provider_manager', { providerId: 'p1', at });
  const s1 = await loginAs(app, t, 'staff', { staffId: 's1', at });
  const added = await app.inject({ method: 'POST', url: '/api/v1/staff', headers: manager.headers, payload: { id: 's3', provider: 'p1', name: 'Cilla Ny' } });
  if (added.statusCode !== 201) throw new Error(`s3 was not added: ${added.statusCode} ${added.body}`);
  const s3 = await loginAs(app, t, 'staff', { staffId: 's3', at });
  return {
    t, app, manager, s1, s3,
    close: async () => {
      await app.close();
      await t.dispose();
    },
  };
}
