import type { Kysely } from 'kysely';
import type { Actor } from '../auth/actor.ts';
import type { DB } from '../db/schema.ts';
import { ForbiddenError, InvalidError } from '../errors.ts';
import { searchRows, type PeriodBound } from './audit.repository.ts';
import { declaredList } from './hash.ts';
import { appendEntries, type RecordOptions } from './record.ts';
import type { AuditAction, AuditEntry } from './types.ts';

export const MAX_SEARCH_LIMIT = 1000;

export interface AuditSearch {
  clientId?: string | undefined;
  userId?: string | undefined;
  /** One of AUDIT_ACTIONS: only rows of that action. */
  action?: AuditAction | undefined;
  /** `YYYY-MM-DD` (from the start of that day where the municipality is) or an ISO 8601 time. */
  from?: string | undefined;
  /** `YYYY-MM-DD` (through the end of that day) or an ISO 8601 time (inclusive). */
  to?: string | undefined;
  limit: number;
  /** `nextCursor` of the previous page. */
  cursor?: string | undefined;
}

export interface AuditLogEntry {
  seq: number;
  /** ISO 8601, UTC. */
  at: string;
  userId: string;
  username: string;
  role: string;
  action: string;
  clientId: string | null;
  objectType: string;
  objectId: string | null;
  ip: string;
  details: Record<string, unknown>;
  /**
   * For a read of a list: how many clients it showed (its clients are in audit_log_clients; found
   * by client, `clientId` is the one searched for). Null for a row about one client or none.
   */
  listOf: number | null;
}

export interface AuditSearchPage {
  entries: AuditLogEntry[];
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}

/**
 * The review view (DOMAIN.md §6): an admin searches her municipality's log, newest first. The
 * search is itself a read of personal data (who looked at which client), so it is logged: one
 * read of each client on the page (one list row when they are several), or one row when the
 * page names none.
 */
export async function searchAudit(
  db: Kysely<DB>,
  actor: Actor,
  query: AuditSearch,
  options: RecordOptions = {},
): Promise<AuditSearchPage> {
  if (actor.role !== 'admin') throw new ForbiddenError('only an admin may search the audit log');
  if (!Number.isInteger(query.limit) || query.limit < 1 || query.limit > MAX_SEARCH_LIMIT) {
    throw new InvalidError(`limit must be a whole number from 1 to ${MAX_SEARCH_LIMIT}, got ${query.limit}`, 'limit');
  }
  const rows = await searchRows(db, actor.municipalityId, {
    clientId: query.clientId,
    userId: query.userId,
    action: query.action,
    from: parseBound(query.from, 'from'),
    to: parseBound(query.to, 'to'),
    beforeSeq: parseCursor(query.cursor),
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const entries = page.map(
    (r): AuditLogEntry => ({
      seq: r.seq,
      at: r.at.toISOString(),
      userId: r.user_id,
      username: r.username,
      role: r.role,
      action: r.action,
      clientId: r.client_id,
      objectType: r.object_type,
      objectId: r.object_id,
      ip: r.ip,
      details: r.details,
      listOf: declaredList(r.details)?.count ?? null,
    }),
  );
  await appendEntries(db, actor, searchEntries(query, entries), options);
  const last = page[page.length - 1];
  return { entries, nextCursor: rows.length > query.limit && last ? String(last.seq) : null };
}

function searchEntries(query: AuditSearch, entries: readonly AuditLogEntry[]): AuditEntry[] {
  const filter: Record<string, string> = {};
  for (const key of ['clientId', 'userId', 'action', 'from', 'to', 'cursor'] as const) {
    const v = query[key];
    if (v !== undefined) filter[key] = v;
  }
  const clients = [...new Set(entries.map((e) => e.clientId).filter((c) => c !== null))];
  const seen = clients.length > 0 ? clients : [query.clientId ?? null];
  return seen.map((clientId) => ({ action: 'read', clientId, objectType: 'audit_log', details: { filter } }));
}

function parseBound(value: string | undefined, name: 'from' | 'to'): PeriodBound | undefined {
  if (value === undefined) return undefined;
  if (/^\d{4}-\d\d-\d\d$/.test(value)) {
    const day = new Date(`${value}T00:00:00Z`);
    // Date accepts 2026-11-31 as 1 December; a round trip catches it.
    if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) throw new InvalidError(`${name}: no such day "${value}"`, name);
    return { date: value };
  }
  // A time must say where it is (Z or an offset), else it would mean the server's zone.
  const instant = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(value) ? new Date(value) : null;
  if (instant === null || Number.isNaN(instant.getTime())) {
    throw new InvalidError(`${name}: expected YYYY-MM-DD or an ISO 8601 time with Z or an offset, got "${value}"`, name);
  }
  return { instant };
}

function parseCursor(cursor: string | undefined): number | undefined {
  if (cursor === undefined) return undefined;
  const seq = /^[1-9]\d{0,15}$/.test(cursor) ? Number(cursor) : NaN;
  if (!Number.isSafeInteger(seq)) throw new InvalidError(`cursor: not one this API gave out ("${cursor}")`, 'cursor');
  return seq;
}
