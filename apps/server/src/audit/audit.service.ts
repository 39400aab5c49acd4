import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { appendEntries, type RecordOptions } from './record.ts';
import type { AuditEntry, AuditHead, AuditWho } from './types.ts';

// The audit log's API for the rest of the server (DOMAIN.md §6, docs/audit.md): record reads and
// changes of personal data, verify the chain, search it.

export { verifyAuditChain, type AuditVerifyResult, type ChainSummary } from './verify.ts';
export { searchAudit, MAX_SEARCH_LIMIT, type AuditSearch, type AuditSearchPage, type AuditLogEntry } from './search.ts';
export { AUDIT_ACTIONS, type AuditAction, type AuditEntry, type AuditWho, type JsonValue } from './types.ts';
export { hasRecorded, type RecordOptions } from './record.ts';

/**
 * Records one read or change by `actor`. Pass the caller's transaction to make the entry commit
 * or roll back with the change it describes. Returns the new chain head.
 */
export async function recordAudit(db: Kysely<DB>, actor: AuditWho, entry: AuditEntry, options?: RecordOptions): Promise<AuditHead> {
  const head = await appendEntries(db, actor, [entry], options);
  return head!;
}

/**
 * Records many entries at one time and in one append: a list read logs one entry per client it
 * showed. Returns the new chain head, or null when there was nothing to record.
 */
export async function recordAuditMany(
  db: Kysely<DB>,
  actor: AuditWho,
  entries: readonly AuditEntry[],
  options?: RecordOptions,
): Promise<AuditHead | null> {
  return appendEntries(db, actor, entries, options);
}
