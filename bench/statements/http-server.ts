// The server under the HTTP measurement of kept statements, in a process of its own (forked by
// http.ts) so the measuring client does not run on its event loop: the app as `hemma serve`
// runs it, with the kept statements' background worker, on a random loopback port.
import { buildApp } from '../../apps/server/src/app.ts';
import { loadConfig } from '../../apps/server/src/config.ts';
import { openMigrated } from '../../apps/server/src/db/open.ts';
import { startKeptWorker } from '../../apps/server/src/modules/kept-statements/worker.ts';

const url = process.argv[2];
if (!url) throw new Error('usage: http-server.ts <postgresql url>');

const database = await openMigrated({ url });
// A few logins from one address; the limit is not what is measured.
const app = await buildApp(loadConfig({}), database, { auth: { rateLimit: { max: 10_000, windowMs: 60_000 } } });
const worker = startKeptWorker(database, { onError: (err) => console.error('kept statements: background pass failed', err) });
const address = await app.listen({ host: '127.0.0.1', port: 0 });
process.send?.({ port: new URL(address).port });

process.on('message', (m) => {
  if (m === 'cpu') process.send?.({ cpu: process.cpuUsage() });
  if (m === 'stop') void worker.stop().then(() => app.close()).then(() => database.close()).then(() => process.exit(0));
});
