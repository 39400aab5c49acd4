import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { targetFrom, type DatabaseTarget } from './db/connect.ts';

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly database: DatabaseTarget;
  /** Seed the demo municipality when the database holds none. */
  readonly seedDemo: boolean;
  /** The built web app served at `/` (apps/web/dist unless HEMMA_WEB_DIR says otherwise). */
  readonly webDir: string;
}

const BUILT_WEB_APP = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** Reads the environment once; fails fast with a message on a bad value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, dbOverride?: string): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  }
  // An empty variable counts as unset, as shells and CI files often leave them.
  const db = dbOverride ?? (env.DATABASE_URL || undefined) ?? resolve(env.HEMMA_DATA_DIR || './data');
  return Object.freeze({
    port,
    host: env.HOST ?? '127.0.0.1',
    database: targetFrom(db),
    seedDemo: env.HEMMA_DEMO !== '0',
    webDir: env.HEMMA_WEB_DIR ? resolve(env.HEMMA_WEB_DIR) : BUILT_WEB_APP,
  });
}
