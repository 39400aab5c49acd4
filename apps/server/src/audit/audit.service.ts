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
 * Records many entries at one time and in one append; entries alike but for their client become
 * one list row (docs/audit.md, "Lists"). Returns the new chain head, or null when there was
 * nothing to record.
 */
export async function recordAuditMany(
  db: Kysely<DB>,
  actor: AuditWho,
  entries: readonly AuditEntry[],
  options?: RecordOptions,
): Promise<AuditHead | null> {
  return appendEntries(db, actor, entries, options);
}

/**
 * Records one read (or export) of a screen that showed the data of `clientIds`: one chain row
 * naming them all in audit_log_clients, or an ordinary row when it showed one client. `read`
 * says what the screen showed (the kind of data, the view, its filter), not object by object:
 * a list's rows must be alike but for their client to be one row (docs/audit.md, "Lists").
 * Nothing is recorded for a screen that showed no client.
 */
export async function recordListRead(
  db: Kysely<DB>,
  actor: AuditWho,
  read: Omit<AuditEntry, 'clientId'>,
  clientIds: Iterable<string>,
  options?: RecordOptions,
): Promise<AuditHead | null> {
  return appendEntries(db, actor, [...new Set(clientIds)].map((clientId) => ({ ...read, clientId })), options);
}
