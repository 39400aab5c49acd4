import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../db/connect.ts';
import { migrate } from '../db/migrate.ts';

export interface TestDatabase extends Database {
  /** Closes the connection and removes what the test created. */
  dispose(): Promise<void>;
}

/**
 * A fresh database name on the PostgreSQL test server, for tests that hand a URL to another
 * process (the command line). Returns the URL and a function that drops the database.
 */
export async function freshPostgresUrl(): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error('the PostgreSQL test tier needs DATABASE_URL (e.g. postgresql://postgres@127.0.0.1:5432/postgres)');
  const name = `hemma_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: base });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

/**
 * A fresh, migrated database for one test file: PGlite in memory, or, in the PostgreSQL tier
 * (HEMMA_TEST_DB=postgres), a new database on the server named by DATABASE_URL.
 */
export async function openTestDatabase(): Promise<TestDatabase> {
  if (process.env.HEMMA_TEST_DB !== 'postgres') {
    const database = await openDatabase({ memory: true });
    await migrate(database);
    return { ...database, dispose: () => database.close() };
  }
  const fresh = await freshPostgresUrl();
  const database = await openDatabase({ url: fresh.url });
  await migrate(database);
  return {
    ...database,
    dispose: async () => {
      await database.close();
      await fresh.drop();
    },
  };
}
