import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Database } from './connect.ts';

const MIGRATIONS_DIR = join(import.meta.dirname, 'migrations');
// Any constant works; it only has to be the same for every Hemma process on one database.
const ADVISORY_KEY = 4_823_117;

/**
 * Applies the pending forward-only migrations in name (timestamp) order, each in its own
 * transaction, under an advisory lock so that servers starting together migrate once.
 */
export async function migrate(database: Database, dir = MIGRATIONS_DIR): Promise<string[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.sql')).sort();
  return database.session(async (s) => {
    await s.query('select pg_advisory_lock($1)', [ADVISORY_KEY]);
    try {
      // Created only when missing: the server's own role (docs/operations.md) may not create
      // tables, and with nothing pending it needs no more than to read this one.
      const [exists] = await s.query<{ present: boolean }>("select to_regclass('schema_migrations') is not null as present");
      if (!exists?.present) {
        await s.exec('create table schema_migrations (name text primary key, applied_at timestamptz not null default now())');
      }
      const done = new Set(
        (await s.query<{ name: string }>('select name from schema_migrations')).map((r) => r.name),
      );
      const applied: string[] = [];
      for (const file of files) {
        if (done.has(file)) continue;
        const script = await readFile(join(dir, file), 'utf8');
        await s.exec('begin');
        try {
          await s.exec(script);
          await s.query('insert into schema_migrations (name) values ($1)', [file]);
          await s.exec('commit');
        } catch (err) {
          await s.exec('rollback');
          throw new Error(`migration ${file} failed: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
        }
        applied.push(file);
      }
      return applied;
    } finally {
      await s.query('select pg_advisory_unlock($1)', [ADVISORY_KEY]);
    }
  });
}
