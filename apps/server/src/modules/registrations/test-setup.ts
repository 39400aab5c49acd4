import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { readExample } from '../../testing/fixtures.ts';
import { openTestDatabase, type TestDatabase } from '../../testing/test-db.ts';
import { importScenario } from '../scenario/import.service.ts';

// Example 03 with a second provider: p1 (staff s1, s2; clients c1, c2) and p2 (staff s3; client
// c3, whom example 03 has s2 visit without an order). Registrations are left for the API to store.

export interface Setup {
  t: TestDatabase;
  app: FastifyInstance;
  /** Example 03's registrations, repeats included, as the file has them. */
  fileRegistrations: { id: string; kind: string; client: string; staff: string; at: string; method: 'nfc' | 'manual'; reason?: string; corrects?: string }[];
}

export async function setUp(): Promise<Setup> {
  const t = await openTestDatabase();
  const raw = readExample('03-bands-holidays-exceptions.json') as {
    providers: unknown[]; staff: unknown[]; orders: unknown[]; registrations: Setup['fileRegistrations'];
  };
  const fileRegistrations = raw.registrations;
  raw.registrations = [];
  raw.providers.push({ id: 'p2', name: 'Andra Omsorg AB', orgNumber: '212000-0159', kind: 'private' });
  raw.staff.push({ id: 's3', provider: 'p2', name: 'Cecilia Ek' });
  raw.orders.push({ id: 'o3', client: 'c3', provider: 'p2', from: '2017-03-01', to: null, hoursPerMonth: { service: 4 }, doubleStaffing: false });
  const r = await importScenario(t, raw, { referenceDate: '2026-11-23' });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const app = await buildApp(loadConfig({}), t);
  return { t, app, fileRegistrations };
}

/** Tag UIDs used by the tests: one per client. */
export const TAG = { c1: '04:a1:00:00:00:00:01', c2: '04:a1:00:00:00:00:02', c3: '04:a1:00:00:00:00:03' } as const;
