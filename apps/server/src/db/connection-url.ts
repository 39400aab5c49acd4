// The PostgreSQL address a Kysely instance was opened with, for code that holds only the
// instance and must open connections of its own beside it (month-parts' worker threads).
// PGlite instances have none: they live in one thread.
import type { Kysely } from 'kysely';
import type { DB } from './schema.ts';

const urls = new WeakMap<Kysely<DB>, string>();

export function rememberUrl(db: Kysely<DB>, url: string): void {
  urls.set(db, url);
}

export function urlOf(db: Kysely<DB>): string | undefined {
  return urls.get(db);
}
