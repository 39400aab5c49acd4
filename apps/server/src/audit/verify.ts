import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { chainMunicipalities, readChainPage, readHead } from './audit.repository.ts';
import { ChainChecker } from './chain-check.ts';
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

/**
 * Recomputes every chain (or one municipality's) from its first row and compares its end with
 * the chain head. Reads page by page, so memory stays flat however long the log is. Stops at
 * the first break: everything after it is suspect anyway.
 */
export async function verifyAuditChain(db: Kysely<DB>, municipalityId?: string): Promise<AuditVerifyResult> {
  // One snapshot for heads and rows: appends made meanwhile are neither half-seen nor mistaken
  // for rows written around the head.
  const run = async (trx: Kysely<DB>): Promise<AuditVerifyResult> => {
      const municipalities = municipalityId === undefined ? await chainMunicipalities(trx) : [municipalityId];
      const chains: ChainSummary[] = [];
      for (const m of municipalities) {
        const result = await verifyChain(trx, m);
        if (!result.ok) return result;
        chains.push(result.chain);
      }
      return { ok: true, rows: chains.reduce((n, c) => n + c.rows, 0), chains };
  };
  return db.isTransaction ? run(db) : db.transaction().setIsolationLevel('repeatable read').execute(run);
}

async function verifyChain(
  trx: Kysely<DB>,
  municipalityId: string,
): Promise<{ ok: true; chain: ChainSummary } | Extract<AuditVerifyResult, { ok: false }>> {
  const head = await readHead(trx, municipalityId);
  const checker = new ChainChecker();
  for (let after = 0; ; ) {
    const page = await readChainPage(trx, municipalityId, after, PAGE);
    for (const row of page) {
      const problem = checker.push(row);
      if (problem) return { ok: false, municipalityId, ...problem };
    }
    if (page.length < PAGE) break;
    after = page[page.length - 1]!.seq;
  }
  const problem = checker.finish(head);
  if (problem) return { ok: false, municipalityId, ...problem };
  return { ok: true, chain: { municipalityId, rows: checker.rows, head } };
}
