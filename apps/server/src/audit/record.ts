import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { auditTime, canonicalJson } from './hash.ts';
import { insertPending, type PendingFields } from './pending.repository.ts';
import { sealerFor } from './sealer.ts';
import { AUDIT_ACTIONS, type AuditEntry, type AuditHead, type AuditWho } from './types.ts';

/** Details are context, not a copy of the data: keep them small. */
export const MAX_DETAILS_BYTES = 2048;

export interface RecordOptions {
  /** The time to record; the clock by default. Tests pass one to build a history. */
  now?: Date;
}

/**
 * Writes entries for the actor's municipality. In the caller's transaction when `db` is one: the
 * entries then commit or roll back with the change they describe, and are chained once it has
 * committed (the server seals before it replies; see sealer.ts). Outside a transaction they are
 * written and chained before this returns, and the new chain head is returned.
 */
export async function appendEntries(
  db: Kysely<DB>,
  who: AuditWho,
  entries: readonly AuditEntry[],
  options: RecordOptions = {},
): Promise<AuditHead | null> {
  if (entries.length === 0) return null;
  entries.forEach(checkEntry);
  const at = auditTime(options.now ?? new Date());
  const fields: PendingFields[] = entries.map((e) => ({
    municipalityId: who.municipalityId,
    at,
    userId: who.userId,
    username: who.username,
    role: who.role,
    action: e.action,
    clientId: e.clientId ?? null,
    objectType: e.objectType,
    objectId: e.objectId ?? null,
    ip: who.ip,
    details: e.details ?? {},
  }));
  if (db.isTransaction) {
    await insertPending(db, fields);
    return null;
  }
  await db.transaction().execute((trx) => insertPending(trx, fields));
  return sealerFor(db).seal(who.municipalityId);
}

// Entries come from code, not from users; a bad one is a programming error worth a clear message.
function checkEntry(e: AuditEntry, i: number): void {
  const where = `audit entry ${i}`;
  if (!(AUDIT_ACTIONS as readonly string[]).includes(e.action)) {
    throw new TypeError(
      `${where}: action must be one of ${AUDIT_ACTIONS.join(', ')}, got "${e.action}"`,
    );
  }
  if (!e.objectType) throw new TypeError(`${where}: objectType is required`);
  const size = Buffer.byteLength(canonicalJson(e.details ?? {}), 'utf8');
  if (size > MAX_DETAILS_BYTES) {
    throw new RangeError(
      `${where}: details take ${size} bytes, more than ${MAX_DETAILS_BYTES}; log what happened, not the data`,
    );
  }
}
