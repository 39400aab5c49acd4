// What a list screen costs the audit log: npm run bench:list-reads
// Seeds the demo (150 clients, 40 staff, plans and shifts) into an in-memory database and reads
// each screen that lists many clients' data once per round, in process through the HTTP layer,
// as the role that uses it. Counts, from the database, the chain rows each read appended, the
// clients they name (a list row's in audit_log_clients) and times the reads. Figures:
// docs/benchmarks.md and docs/audit.md ("Lists").
import { Temporal } from 'temporal-polyfill';
import { loadConfig } from '../apps/server/src/config.ts';
import { buildApp } from '../apps/server/src/app.ts';
import { openDatabase } from '../apps/server/src/db/connect.ts';
import { migrate } from '../apps/server/src/db/migrate.ts';
import { seedDemoIfEmpty } from '../apps/server/src/demo/seed.ts';
import { loginAs, type Session } from '../apps/server/src/testing/login.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const database = await openDatabase({ memory: true });
await migrate(database);
const seeded = await seedDemoIfEmpty(database);
if (!seeded) throw new Error('the database was not empty');
const M = seeded.municipality;
const db = database.db;
const app = await buildApp(loadConfig({}), database);
const today = Temporal.Now.plainDateISO('Europe/Stockholm');
const lastMonth = today.toPlainYearMonth().subtract({ months: 1 }).toString();

// The busiest of each: the district with most clients, the provider with most orders, and its
// staff member with most planned visits.
const district = await db.selectFrom('clients').select('district_id').where('municipality_id', '=', M)
  .groupBy('district_id').orderBy((eb) => eb.fn.countAll(), 'desc').executeTakeFirstOrThrow();
const provider = await db.selectFrom('orders').select('provider_id').where('municipality_id', '=', M)
  .groupBy('provider_id').orderBy((eb) => eb.fn.countAll(), 'desc').executeTakeFirstOrThrow();
const staff = await db.selectFrom('plan_visits').innerJoin('staff', (j) => j.onRef('staff.municipality_id', '=', 'plan_visits.municipality_id').onRef('staff.staff_id', '=', 'plan_visits.preferred_staff_id'))
  .select('staff.staff_id').where('plan_visits.municipality_id', '=', M).where('staff.provider_id', '=', provider.provider_id)
  .groupBy('staff.staff_id').orderBy((eb) => eb.fn.countAll(), 'desc').executeTakeFirstOrThrow();

const sessions: Record<string, Session> = {
  admin: await loginAs(app, database, 'admin', { municipalityId: M }),
  case_officer: await loginAs(app, database, 'case_officer', { municipalityId: M, districtId: district.district_id }),
  provider_manager: await loginAs(app, database, 'provider_manager', { municipalityId: M, providerId: provider.provider_id }),
  staff: await loginAs(app, database, 'staff', { municipalityId: M, staffId: staff.staff_id }),
};
// The dialogue, the staff notes and the deviations start empty in the demo: for each client of
// the provider one message, one note and two deviations of last month.
const served = await db.selectFrom('orders').select('client_id').distinct().where('municipality_id', '=', M).where('provider_id', '=', provider.provider_id).execute();
for (const { client_id: client } of served) {
  for (const [who, url, payload] of [
    ['provider_manager', `/api/v1/clients/${client}/messages`, { body: 'Hej!' }],
    ['provider_manager', '/api/v1/staff-notes', { client, body: 'Ny portkod.' }],
    ['provider_manager', '/api/v1/deviations', { clientId: client, month: lastMonth, minutes: 30, reason: 'extra_need' }],
    ['provider_manager', '/api/v1/deviations', { clientId: client, month: lastMonth, minutes: -60, reason: 'hospital' }],
  ] as const) {
    const res = await app.inject({ method: 'POST', url, headers: sessions[who]!.headers, payload });
    if (res.statusCode !== 201) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
  }
}

const SCREENS: [string, string][] = [
  ['admin', '/api/v1/clients?limit=500'],
  ['case_officer', '/api/v1/clients?limit=500'],
  ['case_officer', '/api/v1/orders?limit=500'],
  ['case_officer', `/api/v1/deviations?month=${lastMonth}`],
  ['case_officer', `/api/v1/follow-up/${lastMonth}/excess?status=all`],
  ['provider_manager', '/api/v1/messages/inbox'],
  ['provider_manager', '/api/v1/staff-notes'],
  ['provider_manager', `/api/v1/week-plans?provider=${provider.provider_id}&week=${today.toString()}`],
  ['staff', `/api/v1/my-day?date=${today.toString()}`],
];

const head = async () => (await db.selectFrom('audit_chain_heads').select('seq').where('municipality_id', '=', M).executeTakeFirst())?.seq ?? 0;
async function logged(after: number): Promise<{ rows: number; clients: number }> {
  const rows = await db.selectFrom('audit_log').select('client_id').where('municipality_id', '=', M).where('seq', '>', after).execute();
  const listed = await db.selectFrom('audit_log_clients').select('client_id').where('municipality_id', '=', M).where('seq', '>', after).execute();
  return { rows: rows.length, clients: new Set([...rows.map((r) => r.client_id), ...listed.map((r) => r.client_id)].filter((c) => c !== null)).size };
}

console.log(`${seeded.summary.split(';')[0]}; ${ROUNDS} reads of each screen`);
for (const [who, url] of SCREENS) {
  const times: number[] = [];
  let last = { rows: 0, clients: 0 };
  for (let i = 0; i < ROUNDS; i++) {
    const before = await head();
    const started = performance.now();
    const res = await app.inject({ method: 'GET', url, headers: sessions[who]!.headers });
    times.push(performance.now() - started);
    if (res.statusCode !== 200) throw new Error(`${who} ${url}: ${res.statusCode} ${res.body}`);
    last = await logged(before);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!.toFixed(0);
  console.log(`${who} GET ${url.split('?')[0]}: ${last.clients} clients shown, ${last.rows} chain rows per read; median ${median} ms`);
}
await app.close();
await database.close();
