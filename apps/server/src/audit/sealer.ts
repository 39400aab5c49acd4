import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { insertRecords, lockChain, readHeadForUpdate } from './audit.repository.ts';
import { auditHash, GENESIS_HASH } from './hash.ts';
import {
  deletePending,
  hasPending,
  pendingMunicipalities,
  readPending,
} from './pending.repository.ts';
import type { AuditHead, AuditRecord } from './types.ts';

// Sealing moves committed entries from audit_pending into the municipality's chain: under the
// chain's lock, oldest first, each row linked to the one before it. A change's transaction only
// writes its entries, so changes commit side by side; one seal then chains what many of them
// wrote. Any number of sealers may run, in this process or others: the lock orders them.

/** Entries chained per seal transaction; a longer backlog takes several. */
const SEAL_BATCH = 2000;

/** Chains every waiting entry of one municipality. Returns the head after the last seal, or null when nothing waited. */
export async function sealPending(
  db: Kysely<DB>,
  municipalityId: string,
): Promise<AuditHead | null> {
  let head: AuditHead | null = null;
  // Checked without the lock first: most calls find nothing and should cost one index probe.
  while (await hasPending(db, municipalityId)) {
    const sealed = await db.transaction().execute(async (trx) => {
      await lockChain(trx, municipalityId);
      const before = await readHeadForUpdate(trx, municipalityId);
      const pending = await readPending(trx, municipalityId, SEAL_BATCH);
      if (pending.length === 0) return { head: before, full: false };
      let seq = before?.seq ?? 0;
      let prevHash = before?.hash ?? GENESIS_HASH;
      const rows = pending.map(({ pendingId, ...fields }) => {
        seq += 1;
        const record: AuditRecord = { ...fields, seq, prevHash };
        prevHash = auditHash(record);
        return { ...record, hash: prevHash, pendingId };
      });
      await insertRecords(trx, rows);
      await deletePending(
        trx,
        rows.map((r) => r.pendingId),
      );
      return { head: { seq, hash: prevHash }, full: pending.length === SEAL_BATCH };
    });
    head = sealed.head;
    if (!sealed.full) break;
  }
  return head;
}

interface SealState {
  running: Promise<AuditHead | null> | null;
  queued: Promise<AuditHead | null> | null;
}

/**
 * Seals on request, at most one seal per municipality at a time and one waiting behind it: a
 * caller whose entries committed while a seal ran waits for the next one, which takes the entries
 * of everyone who asked meanwhile. So a reply can wait until its entries are chained without
 * every request paying for a seal of its own.
 */
export class AuditSealer {
  private readonly states = new Map<string, SealState>();

  constructor(private readonly db: Kysely<DB>) {}

  /** Resolves once every entry committed before the call is chained. */
  seal(municipalityId: string): Promise<AuditHead | null> {
    let s = this.states.get(municipalityId);
    if (!s) this.states.set(municipalityId, (s = { running: null, queued: null }));
    const state = s;
    if (state.queued) return state.queued;
    if (!state.running) return this.run(municipalityId, state);
    const settled = state.running.then(
      () => undefined,
      () => undefined,
    );
    const queued = settled.then(() => {
      state.queued = null;
      return this.run(municipalityId, state);
    });
    state.queued = queued;
    return queued;
  }

  /** Seals every municipality with waiting entries: at start, on a timer, before shutting down. */
  async sealAll(): Promise<void> {
    for (const m of await pendingMunicipalities(this.db)) await this.seal(m);
  }

  /**
   * Seals what was left waiting (a crash between commit and seal, a transaction outside a
   * request) every `intervalMs`. Returns the function that stops it.
   */
  startTimer(intervalMs: number, onError: (err: unknown) => void): () => void {
    let busy = false;
    const timer = setInterval(() => {
      if (busy) return;
      busy = true;
      this.sealAll()
        .catch(onError)
        .finally(() => (busy = false));
    }, intervalMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  private run(municipalityId: string, state: SealState): Promise<AuditHead | null> {
    const p: Promise<AuditHead | null> = sealPending(this.db, municipalityId).finally(() => {
      if (state.running === p) state.running = null;
    });
    state.running = p;
    return p;
  }
}

const sealers = new WeakMap<Kysely<DB>, AuditSealer>();

/** The one sealer of a database handle, shared by the server's hooks and direct callers. */
export function sealerFor(db: Kysely<DB>): AuditSealer {
  let sealer = sealers.get(db);
  if (!sealer) sealers.set(db, (sealer = new AuditSealer(db)));
  return sealer;
}
