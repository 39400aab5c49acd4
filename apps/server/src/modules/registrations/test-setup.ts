import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { readExample } from '../../testing/fixtures.ts';
import { openTestDatabase, type TestDatabase } from '../../testing/test-db.ts';
import { importScenario } from '../scenario/import.service.ts';

// Example 03 with a second provider: p1 (staff s1, s2; clients c1, c2) and p2 (staff s3; client
// c3, whom example 03 has s2 visit without an order), each with a plan. Registrations are left
// for the API to store.

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
  // A visit planned every day at each client, so tag reads raise no no_planned_visit flag unless a test removes it.
  for (const order of ['o1', 'o2', 'o3']) {
    await sql`insert into plans (municipality_id, plan_id, order_id, valid_from) values ('exempelstad', ${`plan-${order}`}, ${order}, '2017-01-01')`.execute(t.db);
    await sql`insert into plan_visits (municipality_id, plan_visit_id, plan_id, weekdays, window_from, window_to, duration_minutes, areas)
      values ('exempelstad', ${`pv-${order}`}, ${`plan-${order}`}, '{mon,tue,wed,thu,fri,sat,sun}', '07:00', '22:00', 30, '{service}')`.execute(t.db);
  }
  const app = await buildApp(loadConfig({}), t);
  return { t, app, fileRegistrations };
}

/** Tag UIDs used by the tests: one per client. */
export const TAG = { c1: '04:a1:00:00:00:00:01', c2: '04:a1:00:00:00:00:02', c3: '04:a1:00:00:00:00:03' } as const;

/**
 * Enrols a tag as if it had been put up long ago (the API enrols with the current time, and a
 * read dated before its enrolment is refused): the example's reads are from 2017.
 */
export async function enrolEarly(t: TestDatabase, uid: string, client: string, since = '2017-01-01T00:00:00Z'): Promise<void> {
  await sql`insert into nfc_tags (municipality_id, tag_uid, client_id, enrolled_at) values ('exempelstad', ${uid}, ${client}, ${since})`.execute(t.db);
}
