import { createHmac, timingSafeEqual } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { readHeads } from './audit.repository.ts';
import { canonicalJson } from './hash.ts';

// Checkpoints: the heads of every municipality's chain (last seq and hash), signed with the
// server's audit key and kept outside the database (a directory the server writes on a schedule,
// or `hemma audit checkpoint`). Whoever rewrites or truncates the log in the database cannot
// rewrite these: `hemma audit verify --checkpoints` holds the log against them.

const FORMAT = 'hemma-audit-checkpoint/1';

export interface CheckpointChain {
  municipalityId: string;
  seq: number;
  hash: string;
}

export interface Checkpoint {
  format: typeof FORMAT;
  /** When it was taken, ISO 8601 UTC. */
  at: string;
  chains: CheckpointChain[];
  /** HMAC-SHA256 over the format, time and chains, hex. */
  signature: string;
}

export interface LoadedCheckpoint {
  file: string;
  checkpoint: Checkpoint;
}

function signatureOf(key: Buffer, at: string, chains: readonly CheckpointChain[]): string {
  return createHmac('sha256', key).update(`${FORMAT}\n${canonicalJson({ at, chains })}`, 'utf8').digest('hex');
}

export function signatureValid(key: Buffer, c: Checkpoint): boolean {
  const expected = Buffer.from(signatureOf(key, c.at, c.chains), 'hex');
  const given = Buffer.from(c.signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The heads as they are now, signed. */
export async function takeCheckpoint(db: Kysely<DB>, key: Buffer, now: Date): Promise<Checkpoint> {
  const chains = (await readHeads(db)).map((h) => ({ municipalityId: h.municipality_id, seq: h.seq, hash: h.hash }));
  const at = now.toISOString();
  return { format: FORMAT, at, chains, signature: signatureOf(key, at, chains) };
}

/** Writes the checkpoint into `dir` under a name that sorts by time; never half a file. */
export async function writeCheckpoint(dir: string, c: Checkpoint): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = join(dir, `audit-checkpoint-${c.at.replace(/[-:.]/g, '')}.json`);
  await writeFile(`${file}.tmp`, `${JSON.stringify(c, null, 1)}\n`, { flag: 'wx' });
  await rename(`${file}.tmp`, file);
  return file;
}

/** A checkpoint file, or every `*.json` in a directory, oldest first. */
export async function readCheckpoints(path: string): Promise<LoadedCheckpoint[]> {
  const files = (await stat(path)).isDirectory()
    ? (await readdir(path)).filter((f) => f.endsWith('.json')).map((f) => join(path, f))
    : [path];
  const loaded = await Promise.all(files.map(async (file) => ({ file, checkpoint: parseCheckpoint(basename(file), await readFile(file, 'utf8')) })));
  return loaded.sort((a, b) => a.checkpoint.at.localeCompare(b.checkpoint.at));
}

function parseCheckpoint(name: string, text: string): Checkpoint {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`${name}: not JSON`);
  }
  const c = value as Partial<Checkpoint>;
  const chainOk = (x: unknown): x is CheckpointChain => {
    const h = x as Partial<CheckpointChain>;
    return typeof h.municipalityId === 'string' && Number.isInteger(h.seq) && typeof h.hash === 'string' && /^[0-9a-f]{64}$/.test(h.hash);
  };
  if (c.format !== FORMAT || typeof c.at !== 'string' || !Array.isArray(c.chains) || !c.chains.every(chainOk) || typeof c.signature !== 'string') {
    throw new Error(`${name}: not a ${FORMAT} file (format, at, chains of municipalityId/seq/hash, signature)`);
  }
  return c as Checkpoint;
}
