import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { describeTarget } from '../db/connect.ts';
import { openMigrated } from '../db/open.ts';
import { seedDemoIfEmpty } from '../demo/seed.ts';
import { startKeptWorker } from '../modules/kept-statements/worker.ts';
import { startShiftDerivation } from '../modules/work-shifts/worker.ts';
import { parse } from './args.ts';

export async function serveCommand(args: string[]): Promise<number> {
  const { values } = parse(args, { db: { type: 'string' } });
  const config = loadConfig(process.env, values.db);
  const started = performance.now();
  const database = await openMigrated(config.database);
  if (config.seedDemo) {
    const seeded = await seedDemoIfEmpty(database);
    if (seeded) console.log(`demo municipality "${seeded.municipality}" created: ${seeded.summary}\n${seeded.logins}`);
  }
  const app = await buildApp(config, database, { logger: true });
  // Kept statements are brought up to date in the background as facts change.
  const worker = startKeptWorker(database, { onError: (err) => app.log.error({ err }, 'kept statements: background pass failed') });
  // Passed days' shifts are derived from the weekly patterns (docs/shifts.md).
  const derivation = startShiftDerivation(database, { onError: (err) => app.log.error({ err }, 'derived shifts: background pass failed') });
  const close = async () => {
    await derivation.stop();
    await worker.stop();
    await app.close();
    await database.close();
  };
  process.once('SIGINT', () => void close());
  process.once('SIGTERM', () => void close());
  const address = await app.listen({ port: config.port, host: config.host });
  console.log(
    `Hemma listens on ${address} (database ${database.kind}: ${describeTarget(config.database)}), ready in ${Math.round(performance.now() - started)} ms; API docs at ${address}/docs`,
  );
  // Keep running until a signal closes the server.
  await new Promise<void>((resolve) => app.server.once('close', () => resolve()));
  return 0;
}
