import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { chainMunicipalities, firstListSeqAfter, readChainPage, readHead, readListDigests, type StoredRecord } from './audit.repository.ts';
import { ChainChecker, listProblem, type ChainBreak } from './chain-check.ts';
import { signatureValid, type LoadedCheckpoint } from './checkpoint.ts';
import type { ClientList } from './hash.ts';
import { rowMac } from './row-signer.ts';
import type { AuditHead } from './types.ts';

const PAGE = 2000;

export interface ChainSummary {
  municipalityId: string;
  rows: number;
  head: AuditHead | null;
}

export type AuditVerifyResult =
  | { ok: true; rows: number; chains: ChainSummary[] }
  | { ok: false; municipalityId: string; firstBadSeq: number; reason: string };

export interface VerifyOptions {
  /** The server's audit key: checks each row's signature and each checkpoint's. */
  key?: Buffer | null;
  /** Signed heads kept outside the database, oldest first; they need the key. */
  checkpoints?: readonly LoadedCheckpoint[];
}

interface Expectation {
  seq: number;
  hash: string;
  file: string;
}

/**
 * Recomputes every chain (or one municipality's) from its first row and compares its end with
 * the chain head. With the key, every row must carry the server's signature, except rows the
 * oldest checkpoint already vouches for (written before signing began); with checkpoints, each
 * recorded head must still be in the chain with the same hash. Reads page by page, so memory
 * stays flat however long the log is. Stops at the first break: everything after it is suspect.
 */
export async function verifyAuditChain(db: Kysely<DB>, municipalityId?: string, options: VerifyOptions = {}): Promise<AuditVerifyResult> {
  const checkpoints = options.checkpoints ?? [];
  const key = options.key ?? null;
  if (checkpoints.length > 0 && key === null) throw new Error('checking checkpoints needs the audit key (HEMMA_AUDIT_KEY) they were signed with');
  const expected = new Map<string, Expectation[]>();
  for (const { file, checkpoint } of checkpoints) {
    if (!signatureValid(key!, checkpoint)) {
      const first = checkpoint.chains[0];
      return { ok: false, municipalityId: first?.municipalityId ?? '-', firstBadSeq: first?.seq ?? 0, reason: `checkpoint ${file} does not carry a valid signature: forged, altered, or signed with another key` };
    }
    for (const c of checkpoint.chains) {
      if (municipalityId !== undefined && c.municipalityId !== municipalityId) continue;
      expected.set(c.municipalityId, [...(expected.get(c.municipalityId) ?? []), { seq: c.seq, hash: c.hash, file }]);
    }
  }
  // Rows the oldest checkpoint vouches for may predate signing; every later row is signed.
  const oldest = checkpoints[0]?.checkpoint.chains ?? [];
  const unsignedThrough = (m: string) => oldest.find((c) => c.municipalityId === m)?.seq ?? 0;

  // One snapshot for heads and rows: appends made meanwhile are neither half-seen nor mistaken
  // for rows written around the head.
  const run = async (trx: Kysely<DB>): Promise<AuditVerifyResult> => {
    const inDb = municipalityId === undefined ? await chainMunicipalities(trx) : [municipalityId];
    const municipalities = [...new Set([...inDb, ...expected.keys()])].sort();
    const chains: ChainSummary[] = [];
    for (const m of municipalities) {
      const result = await verifyChain(trx, m, { key, unsignedThrough: unsignedThrough(m), expected: expected.get(m) ?? [] });
      if (!result.ok) return result;
      chains.push(result.chain);
    }
    return { ok: true, rows: chains.reduce((n, c) => n + c.rows, 0), chains };
  };
  return db.isTransaction ? run(db) : db.transaction().setIsolationLevel('repeatable read').execute(run);
}

interface ChainOptions {
  key: Buffer | null;
  unsignedThrough: number;
  expected: readonly Expectation[];
}

async function verifyChain(
  trx: Kysely<DB>,
  municipalityId: string,
  options: ChainOptions,
): Promise<{ ok: true; chain: ChainSummary } | Extract<AuditVerifyResult, { ok: false }>> {
  const fail = (problem: ChainBreak) => ({ ok: false as const, municipalityId, ...problem });
  const head = await readHead(trx, municipalityId);
  const checker = new ChainChecker();
  const bySeq = new Map<number, Expectation[]>();
  for (const e of options.expected) bySeq.set(e.seq, [...(bySeq.get(e.seq) ?? []), e]);
  for (let after = 0; ; ) {
    const page = await readChainPage(trx, municipalityId, after, PAGE);
    const lists = page.length === 0 ? new Map<number, ClientList>() : await readListDigests(trx, municipalityId, after, page[page.length - 1]!.seq);
    for (const row of page) {
      const problem =
        checker.push(row) ?? listProblem(row, lists.get(row.seq) ?? null) ?? signatureProblem(row, options) ?? checkpointProblem(row, bySeq.get(row.seq));
      if (problem) return fail(problem);
    }
    if (page.length < PAGE) break;
    after = page[page.length - 1]!.seq;
  }
  const stray = await firstListSeqAfter(trx, municipalityId, checker.rows);
  if (stray !== null) return fail({ firstBadSeq: stray, reason: `audit_log_clients names clients for row ${stray}, past the end of the chain (row ${checker.rows})` });
  const problem = checker.finish(head) ?? truncation(checker.rows, options.expected);
  if (problem) return fail(problem);
  return { ok: true, chain: { municipalityId, rows: checker.rows, head } };
}

function signatureProblem(row: StoredRecord, { key, unsignedThrough }: ChainOptions): ChainBreak | null {
  if (key === null) return null;
  if (row.mac === null) {
    return row.seq <= unsignedThrough
      ? null
      : { firstBadSeq: row.seq, reason: `row ${row.seq} carries no server signature and no checkpoint vouches for it: it was written around the server (a plain INSERT)` };
  }
  return row.mac === rowMac(key, row.hash) ? null : { firstBadSeq: row.seq, reason: `row ${row.seq} carries a signature that does not fit its hash: forged or rewritten` };
}

function checkpointProblem(row: StoredRecord, expected: readonly Expectation[] | undefined): ChainBreak | null {
  const differs = expected?.find((e) => e.hash !== row.hash);
  return differs
    ? { firstBadSeq: row.seq, reason: `row ${row.seq} is not the row checkpoint ${differs.file} recorded (another hash): the log was rewritten` }
    : null;
}

function truncation(rows: number, expected: readonly Expectation[]): ChainBreak | null {
  const beyond = expected.filter((e) => e.seq > rows).sort((a, b) => b.seq - a.seq)[0];
  if (!beyond) return null;
  const now = rows === 0 ? 'the chain is gone entirely' : `the chain now ends at row ${rows}`;
  return { firstBadSeq: rows + 1, reason: `checkpoint ${beyond.file} recorded row ${beyond.seq}, but ${now}: rows were removed and the head moved back` };
}
