import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { targetFrom, type DatabaseTarget } from './db/connect.ts';

/** Heavy work off the event loop (jobs/pool.ts) and the planner's ceilings (docs/operations.md). */
export interface JobsConfig {
  /** Worker threads for heavy jobs. */
  readonly workers: number;
  /** Jobs that may wait for a free worker before the pool answers 503. */
  readonly queue: number;
  /** Jobs one municipality may have running or waiting before it gets 429. */
  readonly perMunicipality: number;
  /** The most solver iterations a day plan may ask for. */
  readonly planMaxIterations: number;
  /** The solver stops after this long and keeps the best plan found so far. */
  readonly planTimeLimitMs: number;
}

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly database: DatabaseTarget;
  /** Seed the demo municipality when the database holds none. */
  readonly seedDemo: boolean;
  /** The address users reach the server at; an https:// one makes the session cookie Secure. */
  readonly publicUrl: string | undefined;
  /** Fastify's trustProxy: whose X-Forwarded-* headers to believe (false: nobody's). */
  readonly trustProxy: boolean | string;
  readonly jobs: JobsConfig;
  readonly audit: AuditConfig;
  /** The built web app served at `/` (apps/web/dist unless HEMMA_WEB_DIR says otherwise). */
  readonly webDir: string;
}

/** The audit log's outside anchors (docs/audit.md): none of this is ever stored in the database. */
export interface AuditConfig {
  /** HEMMA_AUDIT_KEY: signs each row the server writes and each checkpoint; null leaves both off. */
  readonly key: Buffer | null;
  /** HEMMA_AUDIT_CHECKPOINT_DIR: where the server writes signed chain heads; null for none. */
  readonly checkpointDir: string | null;
  /** HEMMA_AUDIT_CHECKPOINT_MINUTES: how often (default 60). */
  readonly checkpointIntervalMs: number;
}

function auditConfig(env: NodeJS.ProcessEnv): AuditConfig {
  const hex = env.HEMMA_AUDIT_KEY || undefined;
  if (hex !== undefined && !/^([0-9a-fA-F]{2}){32,}$/.test(hex)) {
    throw new Error('HEMMA_AUDIT_KEY must be at least 32 bytes in hex (64 hex digits), e.g. from `openssl rand -hex 32`');
  }
  const minutes = Number(env.HEMMA_AUDIT_CHECKPOINT_MINUTES || 60);
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 7 * 24 * 60) {
    throw new Error(`HEMMA_AUDIT_CHECKPOINT_MINUTES must be whole minutes from 1 to 10080, got "${env.HEMMA_AUDIT_CHECKPOINT_MINUTES}"`);
  }
  const dir = env.HEMMA_AUDIT_CHECKPOINT_DIR || undefined;
  if (dir !== undefined && hex === undefined) {
    throw new Error('HEMMA_AUDIT_CHECKPOINT_DIR needs HEMMA_AUDIT_KEY: a checkpoint is only worth what its signature is');
  }
  return Object.freeze({
    key: hex === undefined ? null : Buffer.from(hex, 'hex'),
    checkpointDir: dir === undefined ? null : resolve(dir),
    checkpointIntervalMs: minutes * 60_000,
  });
}

const BUILT_WEB_APP = fileURLToPath(new URL('../../web/dist', import.meta.url));

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be a whole number ≥ ${min}, got "${raw}"`);
  return n;
}

function publicUrlOf(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (!URL.canParse(raw) || !/^https?:$/.test(new URL(raw).protocol)) {
    throw new Error(`HEMMA_PUBLIC_URL must be an http:// or https:// URL, got "${raw}"`);
  }
  return raw;
}

/** `true` (any proxy), or a comma-separated list of the proxies' addresses and networks. */
function trustProxyOf(raw: string | undefined): boolean | string {
  if (raw === undefined || raw === '' || raw === 'false') return false;
  return raw === 'true' ? true : raw;
}

/** Reads the environment once; fails fast with a message on a bad value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, dbOverride?: string): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  }
  // An empty variable counts as unset, as shells and CI files often leave them.
  const db = dbOverride ?? (env.DATABASE_URL || undefined) ?? resolve(env.HEMMA_DATA_DIR || './data');
  // One core stays with the event loop; a small machine still gets one worker.
  const workers = whole(env, 'HEMMA_JOB_WORKERS', Math.max(1, Math.min(4, availableParallelism() - 1)), 1);
  return Object.freeze({
    port,
    host: env.HOST ?? '127.0.0.1',
    database: targetFrom(db),
    seedDemo: env.HEMMA_DEMO !== '0',
    publicUrl: publicUrlOf(env.HEMMA_PUBLIC_URL),
    trustProxy: trustProxyOf(env.HEMMA_TRUST_PROXY),
    jobs: Object.freeze({
      workers,
      queue: whole(env, 'HEMMA_JOB_QUEUE', 2 * workers, 0),
      perMunicipality: whole(env, 'HEMMA_JOBS_PER_MUNICIPALITY', 2, 1),
      planMaxIterations: whole(env, 'HEMMA_PLAN_MAX_ITERATIONS', 5_000, 1),
      planTimeLimitMs: whole(env, 'HEMMA_PLAN_TIME_LIMIT_MS', 20_000, 100),
    }),
    audit: auditConfig(env),
    webDir: env.HEMMA_WEB_DIR ? resolve(env.HEMMA_WEB_DIR) : BUILT_WEB_APP,
  });
}
