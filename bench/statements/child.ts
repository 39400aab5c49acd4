// One task in a process of its own (forked by bench/statements.ts): generate the month into a
// database, measure it, or measure its kept statements. Separate processes keep each database's peak memory apart, and keep
// the generator's memory out of the measurement.
import { openDatabase, type DatabaseTarget } from '../../apps/server/src/db/connect.ts';
import { openMigrated } from '../../apps/server/src/db/open.ts';
import { generateMonth, type GenerateOptions } from './generate.ts';
import { measureKept } from './kept.ts';
import { measureMonth } from './measure.ts';

export type ChildTask =
  | { task: 'generate'; target: DatabaseTarget; options: GenerateOptions }
  | { task: 'measure' | 'kept'; target: DatabaseTarget; month: string };

async function run(task: ChildTask): Promise<unknown> {
  if (task.task === 'generate') {
    const database = await openMigrated(task.target);
    try {
      return await generateMonth(database, task.options);
    } finally {
      await database.close();
    }
  }
  // A kept database from before a migration of the kept tables is brought up to date first.
  const database = task.task === 'kept' ? await openMigrated(task.target) : await openDatabase(task.target);
  try {
    return await (task.task === 'kept' ? measureKept(database, task.month) : measureMonth(database, task.month));
  } finally {
    await database.close();
  }
}

const task = JSON.parse(process.argv[2] ?? '{}') as ChildTask;
run(task).then(
  (result) => {
    process.send?.({ ok: true, result });
    process.exitCode = 0;
  },
  (err: unknown) => {
    process.send?.({ ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
    process.exitCode = 1;
  },
);
