// The two databases the bench runs on: its own PostgreSQL database on the given server, and a
// PGlite directory. Each says whether it already holds a generated month (for --reuse) and
// cleans up after itself unless kept.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DatabaseTarget } from '../../apps/server/src/db/connect.ts';
import type { BenchOptions } from './options.ts';

export interface BenchDatabase {
  label: 'PostgreSQL' | 'PGlite';
  target: DatabaseTarget;
  /** Shown in the report (no credentials). */
  where: string;
  /** True when it already holds the month and --reuse asked to use it. */
  reused: boolean;
  cleanUp(): Promise<void>;
}

const scaleTag = (scale: number): string => String(Math.round(scale * 1000)).padStart(4, '0');

async function withAdmin<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function preparePostgres(o: BenchOptions): Promise<BenchDatabase> {
  const name = o.keep ? `hemma_bench_s${scaleTag(o.scale)}_${o.seed}` : `hemma_bench_${process.pid}_${Date.now().toString(36)}`;
  const url = new URL(o.pg);
  url.pathname = `/${name}`;
  const exists = await withAdmin(o.pg, async (c) => (await c.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1);
  const reused = exists && o.reuse;
  if (!reused) {
    await withAdmin(o.pg, async (c) => {
      await c.query(`drop database if exists ${name}`);
      await c.query(`create database ${name}`);
    });
  }
  return {
    label: 'PostgreSQL',
    target: { url: url.toString() },
    where: `${url.host}/${name}`,
    reused,
    cleanUp: async () => {
      if (!o.keep) await withAdmin(o.pg, async (c) => c.query(`drop database if exists ${name}`));
    },
  };
}

export function preparePGlite(o: BenchOptions): BenchDatabase {
  const named = o.pglite !== undefined;
  const dir = o.pglite ?? (o.keep ? join(tmpdir(), `hemma-bench-pglite-s${scaleTag(o.scale)}-${o.seed}`) : mkdtempSync(join(tmpdir(), 'hemma-bench-pglite-')));
  const holdsData = existsSync(join(dir, 'PG_VERSION'));
  if (holdsData && !o.reuse) {
    if (named) throw new Error(`--pglite ${dir} already holds a database: name an empty directory, or add --reuse`);
    rmSync(dir, { recursive: true, force: true });
  }
  if (existsSync(dir) && !holdsData && readdirSync(dir).length > 0) throw new Error(`--pglite ${dir} is not empty`);
  return {
    label: 'PGlite',
    target: { dir },
    where: dir,
    reused: holdsData && o.reuse,
    cleanUp: () => {
      // A directory the user named is theirs; only our own temp directory goes.
      if (!o.keep && !named) rmSync(dir, { recursive: true, force: true });
      return Promise.resolve();
    },
  };
}
