import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/**
 * Stands for another server in the middle of its work: `take` runs in a transaction of its own,
 * which then stays open (its locks held) until `release` is called. Resolves once `take` is done.
 */
export async function holdTransaction(db: Kysely<DB>, take: (trx: Kysely<DB>) => Promise<void>): Promise<{ release: () => Promise<void> }> {
  let release: () => void = () => undefined;
  const released = new Promise<void>((r) => { release = r; });
  let held: () => void = () => undefined;
  const holding = new Promise<void>((r) => { held = r; });
  const other = db.transaction().execute(async (trx) => {
    await take(trx);
    held();
    await released;
  });
  await Promise.race([holding, other]);
  return {
    release: async () => {
      release();
      await other;
    },
  };
}
