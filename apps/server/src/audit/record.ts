import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { insertListClients, insertRecords, lockChain, readHeadForUpdate } from './audit.repository.ts';
import { auditHash, auditTime, canonicalJson, clientListOf, GENESIS_HASH } from './hash.ts';
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
 * One chain row to append: an entry as given, or a list — entries alike but for their client,
 * which become one row whose details declare the list and whose clients go to audit_log_clients.
 */
interface Append {
  entry: AuditEntry;
  clients: string[] | null;
}

/**
 * Entries identical but for `clientId` (two or more clients) become one list row, where the first
 * of them stood; a lone entry, or one about no client, stays a row of its own. A screen of N
 * clients then costs one chained row, not N (docs/audit.md, "Lists").
 */
function groupLists(entries: readonly AuditEntry[], detailsText: readonly string[]): Append[] {
  // Keys once per entry (a list may hold 15 000), the details' text already computed.
  const keys = entries.map((e, i) =>
    e.clientId === undefined || e.clientId === null ? null : `${JSON.stringify([e.action, e.objectType, e.objectId ?? null])}${detailsText[i]}`,
  );
  const clientsByKey = new Map<string, Set<string>>();
  entries.forEach((e, i) => {
    const key = keys[i];
    if (key === null || key === undefined) return;
    const clients = clientsByKey.get(key) ?? new Set<string>();
    clients.add(e.clientId!);
    clientsByKey.set(key, clients);
  });
  const out: Append[] = [];
  const placed = new Set<string>();
  entries.forEach((e, i) => {
    const key = keys[i] ?? null;
    const clients = key === null ? undefined : clientsByKey.get(key);
    if (key === null || clients === undefined || clients.size < 2) {
      out.push({ entry: e, clients: null });
    } else if (!placed.has(key)) {
      placed.add(key);
      const ids = [...clients];
      out.push({ entry: { ...e, clientId: null, details: { ...e.details, clients: { ...clientListOf(ids) } } }, clients: ids });
    }
  });
  return out;
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
  const detailsText = detailsTexts(entries);
  entries.forEach((e, i) => checkEntry(e, i, detailsText[i]!));
  const at = auditTime(options.now ?? new Date());
  const append = async (trx: Kysely<DB>): Promise<AuditHead> => {
    await lockChain(trx, who.municipalityId);
    const head = await readHeadForUpdate(trx, who.municipalityId);
    let seq = head?.seq ?? 0;
    let prevHash = head?.hash ?? GENESIS_HASH;
    const appends = groupLists(entries, detailsText);
    const rows = appends.map(({ entry: e }) => {
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
    await insertListClients(trx, who.municipalityId, appends.flatMap((a, i) => (a.clients === null ? [] : [{ seq: rows[i]!.seq, clientIds: a.clients }])));
    return { seq, hash: prevHash };
  };
  const head = await (db.isTransaction ? append(db) : db.transaction().execute(append));
  recordedBy.add(who);
  return head;
}

/** Each entry's details as canonical JSON, once per details object: a list's entries often share one. */
function detailsTexts(entries: readonly AuditEntry[]): string[] {
  const seen = new Map<object, string>();
  return entries.map((e) => {
    if (e.details === undefined) return '{}';
    let text = seen.get(e.details);
    if (text === undefined) seen.set(e.details, (text = canonicalJson(e.details)));
    return text;
  });
}

// Entries come from code, not from users; a bad one is a programming error worth a clear message.
function checkEntry(e: AuditEntry, i: number, detailsText: string): void {
  const where = `audit entry ${i}`;
  if (!(AUDIT_ACTIONS as readonly string[]).includes(e.action)) {
    throw new TypeError(`${where}: action must be one of ${AUDIT_ACTIONS.join(', ')}, got "${e.action}"`);
  }
  if (!e.objectType) throw new TypeError(`${where}: objectType is required`);
  if (e.details?.clients !== undefined) throw new TypeError(`${where}: details.clients is reserved for the list a row names`);
  const size = Buffer.byteLength(detailsText, 'utf8');
  if (size > MAX_DETAILS_BYTES) {
    throw new RangeError(`${where}: details take ${size} bytes, more than ${MAX_DETAILS_BYTES}; log what happened, not the data`);
  }
}
