import { sealerFor } from '../audit/audit.service.ts';
import { loadConfig } from '../config.ts';
import type { Database } from '../db/connect.ts';
import { openMigrated } from '../db/open.ts';

/**
 * Opens the command's database (`--db` or HEMMA_DB), runs `fn`, and closes it again. What the
 * command wrote to the audit log is chained before it closes, so a command's entries never wait
 * for the next server start to be sealed.
 */
export async function withDatabase<T>(
  dbArg: string | undefined,
  fn: (database: Database) => Promise<T>,
): Promise<T> {
  const database = await openMigrated(loadConfig(process.env, dbArg).database);
  try {
    const result = await fn(database);
    await sealerFor(database.db).sealAll();
    return result;
  } finally {
    await database.close();
  }
}
