import { auditHash, declaredList, GENESIS_HASH, type ClientList } from './hash.ts';
import type { AuditHead, AuditRecord } from './types.ts';

export interface ChainBreak {
  firstBadSeq: number;
  reason: string;
}

/**
 * Walks one chain row by row in seq order, then compares its end with the chain head. Each row
 * must carry the next seq, its own recomputed hash, and the previous row's hash as prev_hash.
 */
export class ChainChecker {
  private expectedSeq = 1;
  private prevHash = GENESIS_HASH;

  get rows(): number {
    return this.expectedSeq - 1;
  }

  /** The first problem with this row, or null when it continues the chain. */
  push(row: AuditRecord & { hash: string }): ChainBreak | null {
    const seq = this.expectedSeq;
    if (row.seq !== seq) {
      const missing = row.seq === seq + 1 ? `row ${seq} is missing` : `rows ${seq}…${row.seq - 1} are missing`;
      return { firstBadSeq: seq, reason: `${missing} (removed, or renumbered): the next row present is ${row.seq}` };
    }
    if (auditHash(row) !== row.hash) {
      return { firstBadSeq: seq, reason: `row ${seq} was altered: its fields no longer give its stored hash` };
    }
    if (row.prevHash !== this.prevHash) {
      return {
        firstBadSeq: seq,
        reason:
          seq === 1
            ? 'row 1 does not start a chain: its prev_hash is not the genesis value'
            : `row ${seq} does not follow row ${seq - 1}: its prev_hash is not that row's hash (one of the two was replaced, or rows were reordered)`,
      };
    }
    this.expectedSeq += 1;
    this.prevHash = row.hash;
    return null;
  }

  /** After the last row: does the chain head name it? */
  finish(head: AuditHead | null): ChainBreak | null {
    const last = this.rows;
    if (head === null) {
      return last === 0 ? null : { firstBadSeq: last, reason: `the chain head is missing, though rows 1…${last} exist` };
    }
    if (head.seq > last) {
      const what = head.seq === last + 1 ? `row ${head.seq} is missing` : `rows ${last + 1}…${head.seq} are missing`;
      return { firstBadSeq: last + 1, reason: `${what} at the end: the chain head records row ${head.seq}` };
    }
    if (head.seq < last) {
      return { firstBadSeq: head.seq + 1, reason: `rows after ${head.seq} were added past the chain head (written around its guard)` };
    }
    if (head.hash !== this.prevHash) {
      return { firstBadSeq: last, reason: `row ${last} is not the row the chain head records (its hash differs)` };
    }
    return null;
  }
}

/**
 * A list row's clients, as audit_log_clients holds them now (`named`: their count and digest, or
 * null when it holds none), must be the list its details declare, which its hash covers; any
 * other row must name no clients there. Removed, added or changed side rows break the chain.
 */
export function listProblem(row: AuditRecord, named: ClientList | null): ChainBreak | null {
  const declared = declaredList(row.details);
  if (declared === null) {
    return named === null ? null : { firstBadSeq: row.seq, reason: `audit_log_clients names ${named.count} clients for row ${row.seq}, which is no list: they were added around the server` };
  }
  if (named !== null && named.count === declared.count && named.sha256 === declared.sha256) return null;
  const holds = named === null ? 'none' : `${named.count}${named.count === declared.count ? ', not the same ones' : ''}`;
  return { firstBadSeq: row.seq, reason: `row ${row.seq} is a list of ${declared.count} clients, but audit_log_clients holds ${holds}: its clients were removed, added or changed` };
}
