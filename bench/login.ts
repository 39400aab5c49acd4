// Login cost of an unknown username against a wrong password: npm run bench:login -- [--rounds N]
// Both go through the real HTTP route on an in-memory PGlite, interleaved (unknown, wrong,
// unknown, …) so that a busy moment of the machine hits both alike. Prints the median and the
// quartiles of each in milliseconds; figures and the machine: docs/benchmarks.md.
import { parseArgs } from 'node:util';
import { buildApp } from '../apps/server/src/app.ts';
import { loadConfig } from '../apps/server/src/config.ts';
import { openDatabase } from '../apps/server/src/db/connect.ts';
import { migrate } from '../apps/server/src/db/migrate.ts';
import { importScenario } from '../apps/server/src/modules/scenario/import.service.ts';
import { createUser } from '../apps/server/src/modules/users/users.service.ts';
import { readExample } from '../apps/server/src/testing/fixtures.ts';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '300' } } });
const rounds = Number(values.rounds);
const PASSWORD = 'a long and secret password';

const database = await openDatabase({ memory: true });
await migrate(database);
await importScenario(database, readExample('01-cap-and-declined.json'), { referenceDate: '2026-11-23' });
const created = await createUser(database.db, { role: 'case_officer', username: 'anna', password: PASSWORD, districtId: 'd1' });
if (!created.ok) throw new Error(JSON.stringify(created.issues));
// No lockout and no rate limit: every wrong password must take the wrong-password path.
const app = await buildApp(loadConfig({}), database, { auth: { maxFailures: 1_000_000, rateLimit: { max: 1_000_000, windowMs: 60_000 } } });

const timed = async (username: string): Promise<number> => {
  const started = performance.now();
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: 'not the password, though long' } });
  const ms = performance.now() - started;
  if (res.statusCode !== 401) throw new Error(`expected 401, got ${res.statusCode} ${res.body}`);
  return ms;
};

const unknown: number[] = [];
const wrong: number[] = [];
for (let i = 0; i < 20; i++) await timed(i % 2 === 0 ? 'nobody' : 'anna'); // warm-up
for (let i = 0; i < rounds; i++) {
  unknown.push(await timed(`nobody${i}`));
  wrong.push(await timed('anna'));
}
await app.close();
await database.close();

const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const line = (name: string, xs: number[]) =>
  `${name.padEnd(18)} median ${quantile(xs, 0.5).toFixed(2)} ms  (quartiles ${quantile(xs, 0.25).toFixed(2)}–${quantile(xs, 0.75).toFixed(2)})`;
console.log(`${rounds} rounds, interleaved`);
console.log(line('unknown username', unknown));
console.log(line('wrong password', wrong));
console.log(`difference of medians: ${(quantile(unknown, 0.5) - quantile(wrong, 0.5)).toFixed(2)} ms`);
