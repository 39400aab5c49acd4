import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { insertRecords, lockChain, readHeadForUpdate } from './audit.repository.ts';
import { auditHash, auditTime, canonicalJson, GENESIS_HASH } from './hash.ts';
import { AUDIT_ACTIONS, type AuditEntry, type AuditHead, type AuditRecord, type AuditWho } from './types.ts';

// Who has had entries recorded, by the very object passed in: each request gets an Actor of its
// own, so the route audit knows whether the service already logged the call (no double rows).
const recordedBy = new WeakSet<AuditWho>();

/** Has anything been recorded for this actor object (this request) since it was made? */
export function hasRecorded(who: AuditWho): boolean {
  return recordedBy.has(who);
}

/** Details are context, not a copy of the data: keep them small. */
export const MAX_DETAILS_BYTES = 2048;

export interface RecordOptions {
  /** The time to record; the clock by default. Tests pass one to build a history. */
  now?: Date;
}

/**
 * Appends entries to the actor's municipality chain, in the caller's transaction when `db` is
 * one (then the entries commit or roll back with the change they describe, and the chain stays
 * locked until the caller's transaction ends), else in a short transaction of its own.
 *
 * In a REPEATABLE READ or SERIALIZABLE transaction whose snapshot predates another append, the
 * head's row lock fails with a serialization error: retry the transaction, as for any conflict.
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
  const append = async (trx: Kysely<DB>): Promise<AuditHead> => {
    await lockChain(trx, who.municipalityId);
    const head = await readHeadForUpdate(trx, who.municipalityId);
    let seq = head?.seq ?? 0;
    let prevHash = head?.hash ?? GENESIS_HASH;
    const rows = entries.map((e) => {
      seq += 1;
      const record: AuditRecord = {
        municipalityId: who.municipalityId,
        seq,
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
        prevHash,
      };
      prevHash = auditHash(record);
      return { ...record, hash: prevHash };
    });
    await insertRecords(trx, rows);
    return { seq, hash: prevHash };
  };
  const head = await (db.isTransaction ? append(db) : db.transaction().execute(append));
  recordedBy.add(who);
  return head;
}

// Entries come from code, not from users; a bad one is a programming error worth a clear message.
function checkEntry(e: AuditEntry, i: number): void {
  const where = `audit entry ${i}`;
  if (!(AUDIT_ACTIONS as readonly string[]).includes(e.action)) {
    throw new TypeError(`${where}: action must be one of ${AUDIT_ACTIONS.join(', ')}, got "${e.action}"`);
  }
  if (!e.objectType) throw new TypeError(`${where}: objectType is required`);
  const size = Buffer.byteLength(canonicalJson(e.details ?? {}), 'utf8');
  if (size > MAX_DETAILS_BYTES) {
    throw new RangeError(`${where}: details take ${size} bytes, more than ${MAX_DETAILS_BYTES}; log what happened, not the data`);
  }
}
