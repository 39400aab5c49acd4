import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { rememberUrl } from './connection-url.ts';
import { lockDirectory } from './directory-lock.ts';
import { PGliteDialect } from './pglite-dialect.ts';
import type { DB } from './schema.ts';
import { TYPE_PARSERS } from './type-parsers.ts';

export type DatabaseKind = 'pglite' | 'postgresql';

/** One connection held for a while: session-level locks, multi-statement scripts. */
export interface Session {
  exec(script: string): Promise<void>;
  query<R>(text: string, params?: unknown[]): Promise<R[]>;
}

export interface Database {
  kind: DatabaseKind;
  db: Kysely<DB>;
  /** PostgreSQL's address, where worker threads open connections of their own (month-parts). */
  url?: string | undefined;
  session<T>(fn: (s: Session) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Where the data lives: a PostgreSQL URL, a PGlite directory, or PGlite in memory (tests). */
export type DatabaseTarget = { url: string } | { dir: string } | { memory: true };

export function targetFrom(value: string): DatabaseTarget {
  return /^postgres(ql)?:\/\//.test(value) ? { url: value } : { dir: value };
}

export function describeTarget(target: DatabaseTarget): string {
  if ('url' in target) return target.url.replace(/\/\/[^@/]*@/, '//***@');
  return 'dir' in target ? target.dir : 'memory';
}

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  return 'url' in target ? openPostgres(target.url) : openPGlite('dir' in target ? target.dir : undefined);
}

async function openPGlite(dir: string | undefined): Promise<Database> {
  const unlock = dir === undefined ? () => undefined : lockDirectory(dir);
  let client: PGlite;
  try {
    client = new PGlite(dir);
    await client.waitReady;
  } catch (err) {
    unlock();
    throw err;
  }
  // PGlite rebuilds its parser table while starting, so ours go in once it is ready.
  Object.assign(client.parsers, TYPE_PARSERS);
  await client.exec(`set time zone 'UTC'`);
  const db = new Kysely<DB>({ dialect: new PGliteDialect(client) });
  const session: Session = {
    exec: async (script) => {
      await client.exec(script);
    },
    query: async <R>(text: string, params: unknown[] = []) => (await client.query<R>(text, params)).rows,
  };
  return {
    kind: 'pglite',
    db,
    // Holding Kysely's only connection keeps every other query out while the session runs.
    session: (fn) => db.connection().execute(() => fn(session)),
    close: async () => {
      try {
        await db.destroy();
      } finally {
        unlock();
      }
    },
  };
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: Number(process.env.HEMMA_PG_POOL ?? 20),
    options: '-c TimeZone=UTC',
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        TYPE_PARSERS[oid] ??
        (pg.types.getTypeParser(oid, format) as (text: string) => unknown)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle connection the server drops (a restart, a terminated backend) must not bring the
  // process down: the pool discards it and opens a new one for the next query.
  pool.on('error', (err) => process.emitWarning(`PostgreSQL dropped an idle connection: ${err.message}`));
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  await sql`select 1`.execute(db);
  rememberUrl(db, url);
  return {
    kind: 'postgresql',
    db,
    url,
    session: async (fn) => {
      const client = await pool.connect();
      try {
        return await fn({
          exec: async (script) => {
            await client.query(script);
          },
          query: async <R>(text: string, params: unknown[] = []) => {
            const result = await client.query(text, params);
            return result.rows as R[];
          },
        });
      } finally {
        client.release();
      }
    },
    close: () => db.destroy(),
  };
}
