// The measuring task of bench/reports.ts, in a process of its own (generation reuses the
// statement benchmark's child).
import { openMigrated } from '../../apps/server/src/db/open.ts';
import type { DatabaseTarget } from '../../apps/server/src/db/connect.ts';
import { measureReports } from './measure.ts';

const task = JSON.parse(process.argv[2] ?? '{}') as { target: DatabaseTarget; month: string; verify: boolean };
openMigrated(task.target)
  .then(async (database) => {
    try {
      return await measureReports(database, task.month, task.verify);
    } finally {
      await database.close();
    }
  })
  .then(
    (result) => process.send?.({ ok: true, result }),
    (err: unknown) => {
      process.send?.({ ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
      process.exitCode = 1;
    },
  );
