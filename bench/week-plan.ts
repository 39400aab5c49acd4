// The week plan on the demo municipality: npm run bench:week-plan
// Seeds the demo (150 clients, 40 staff, plans and weekly shift patterns) into an in-memory
// database and times `GET /api/v1/week-plans` as each provider's manager, in process through
// the HTTP layer (fastify's inject): the reads, the shift derivation and the audit append (one
// list row naming the clients shown, since docs/audit.md "Lists"). Figures: docs/benchmarks.md.
import { loadConfig } from '../apps/server/src/config.ts';
import { buildApp } from '../apps/server/src/app.ts';
import { openDatabase } from '../apps/server/src/db/connect.ts';
import { migrate } from '../apps/server/src/db/migrate.ts';
import { seedDemoIfEmpty } from '../apps/server/src/demo/seed.ts';
import { loginAs } from '../apps/server/src/testing/login.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const database = await openDatabase({ memory: true });
await migrate(database);
const seeded = await seedDemoIfEmpty(database);
if (!seeded) throw new Error('the database was not empty');
const app = await buildApp(loadConfig({}), database);
const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

const providers = await database.db.selectFrom('providers').select('provider_id').orderBy('provider_id').execute();
for (const { provider_id: provider } of providers) {
  const manager = await loginAs(app, database, 'provider_manager', { providerId: provider, municipalityId: seeded.municipality });
  const times: number[] = [];
  let visits = 0;
  let staff = 0;
  for (let i = 0; i < ROUNDS; i++) {
    const started = performance.now();
    const res = await app.inject({ method: 'GET', url: `/api/v1/week-plans?provider=${provider}&week=${today}`, headers: manager.headers });
    times.push(performance.now() - started);
    if (res.statusCode !== 200) throw new Error(`${provider}: ${res.statusCode} ${res.body}`);
    const week = res.json<{ staff: { days: { visits: unknown[] }[] }[] }>();
    staff = week.staff.length;
    visits = week.staff.reduce((n, s) => n + s.days.reduce((m, d) => m + d.visits.length, 0), 0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(0);
  console.log(`${provider}: ${staff} staff, ${visits} visits in the week; ${ROUNDS} reads p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`);
}
await app.close();
await database.close();
