// The server under test, in a process of its own (forked by bench/ingest.ts), so the load
// generator's work does not run on the server's event loop. It listens on a random loopback port
// and tells the parent which.
import { buildApp } from '../../apps/server/src/app.ts';
import { loadConfig } from '../../apps/server/src/config.ts';
import { openDatabase } from '../../apps/server/src/db/connect.ts';

const url = process.argv[2];
if (!url) throw new Error('usage: server.ts <postgresql url>');

const database = await openDatabase({ url });
// Logging in every phone at once would trip the login rate limit (per address, and all phones
// share 127.0.0.1 here); ingest is what is measured, so the limit is raised for this run only.
const app = await buildApp(loadConfig({}), database, { auth: { rateLimit: { max: 100_000, windowMs: 60_000 } } });
const address = await app.listen({ host: '127.0.0.1', port: 0 });
process.send?.({ port: new URL(address).port });

process.on('message', (m) => {
  if (m === 'stop') void app.close().then(() => database.close()).then(() => process.exit(0));
});
