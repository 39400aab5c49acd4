// Generates the Stockholm-sized month into an empty, migrated database: registers first, then
// the registrations a day at a time. While one day is written the next is simulated, so on
// PostgreSQL the server's work and ours overlap.
import type { Database } from '../../apps/server/src/db/connect.ts';
import type { RegistrationColumns } from './batch.ts';
import { buildOrders } from './orders.ts';
import { Prng } from './prng.ts';
import { buildRegistry, sizeAt } from './registry.ts';
import { MUNICIPALITY, writeRegisters } from './setup.ts';
import type { GeneratedCounts } from './visits.ts';
import { MonthSimulator } from './visits.ts';
import { insertRegistrations } from './writer.ts';

export interface GenerateOptions {
  month: string;
  scale: number;
  seed: number;
}

export interface GenerateResult {
  seconds: number;
  clients: number;
  providers: number;
  staff: number;
  counts: GeneratedCounts;
}

export async function generateMonth(database: Database, options: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now();
  const [year, month] = options.month.split('-').map(Number) as [number, number];
  const rng = new Prng(options.seed);
  const size = sizeAt(options.scale);
  const registry = buildRegistry(rng.fork(1), size);
  const orders = buildOrders(rng.fork(2), registry.clients, year, month);
  const simulator = new MonthSimulator(rng.fork(3), registry, orders.visitDays, year, month);
  await database.session(async (s) => {
    await writeRegisters(s, rng.fork(4), registry, orders, options.month);
    let writing: Promise<number> = Promise.resolve(0);
    for (let day = 1; day <= simulator.days; day++) {
      const batch: RegistrationColumns = simulator.simulateDay(day);
      await writing;
      writing = insertRegistrations(s, MUNICIPALITY, batch);
    }
    await writing;
    // A month-old table has been vacuumed and analysed by autovacuum; give the planner the same.
    await s.exec('vacuum analyze');
  });
  return {
    seconds: (performance.now() - started) / 1000,
    clients: registry.clients.length,
    providers: registry.providers.length,
    staff: [...registry.staff.values()].reduce((n, list) => n + list.length, 0),
    counts: simulator.counts,
  };
}
