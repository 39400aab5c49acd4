import { createHash } from 'node:crypto';
import type { AuditRecord } from './types.ts';

// The hash of a row is SHA-256 over a canonical serialisation of all its fields and the previous
// row's hash. Canonical means: one fixed field order, a JSON array (so every string is escaped and
// no two rows serialise alike), object keys sorted, and the time at microsecond precision as
// PostgreSQL stores it. Verification reads the row back and must arrive at the same bytes.

/** prev_hash of the first row of every chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** Bumped if the serialisation ever changes; part of every hashed string. */
const FORMAT = 'hemma-audit/1';

/** JSON with object keys sorted at every level: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj)
      .filter((k) => obj[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError(`audit details cannot hold ${value}`);
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return JSON.stringify(value);
  }
  throw new TypeError(`audit details hold only JSON values, not ${typeof value}`);
}

/** A JS time as the column stores it and verification reads it: UTC, six fraction digits. */
export function auditTime(at: Date): string {
  return at.toISOString().replace(/Z$/, '000Z');
}

export function auditHash(record: AuditRecord): string {
  const fields = [
    FORMAT,
    record.municipalityId,
    record.seq,
    record.at,
    record.userId,
    record.username,
    record.role,
    record.action,
    record.clientId,
    record.objectType,
    record.objectId,
    record.ip,
  ];
  const text = `[${fields.map((f) => JSON.stringify(f)).join(',')},${canonicalJson(record.details)},${JSON.stringify(record.prevHash)}]`;
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * What a list row's details say about the clients it names in audit_log_clients: how many, and
 * SHA-256 (hex) over their ids sorted by their UTF-8 bytes (PostgreSQL's `collate "C"`, so
 * verification can recompute it in the database) and joined by "\n".
 */
export interface ClientList {
  count: number;
  sha256: string;
}

export function clientListOf(clientIds: readonly string[]): ClientList {
  const digest = createHash('sha256');
  // For ASCII ids JavaScript's own order (UTF-16 code units) is the byte order, and much faster.
  if (clientIds.every((id) => Buffer.byteLength(id, 'utf8') === id.length)) {
    digest.update([...clientIds].sort().join('\n'), 'utf8');
  } else {
    const sorted = clientIds.map((id) => Buffer.from(id, 'utf8')).sort((a, b) => Buffer.compare(a, b));
    digest.update(Buffer.concat(sorted.flatMap((b, i) => (i === 0 ? [b] : [NEWLINE, b]))));
  }
  return { count: clientIds.length, sha256: digest.digest('hex') };
}

const NEWLINE = Buffer.from('\n');

/** The list a row's details declare, or null for a row about one client or none. */
export function declaredList(details: Record<string, unknown>): ClientList | null {
  const list = details.clients as Partial<ClientList> | undefined;
  return typeof list === 'object' && list !== null && typeof list.count === 'number' && typeof list.sha256 === 'string'
    ? { count: list.count, sha256: list.sha256 }
    : null;
}
