import type { AuditVerifyReply } from '@hemma/contract/api';
import type { Actor } from '../../auth/actor.ts';
import { verifyAuditChain } from '../../audit/audit.service.ts';
import { readCheckpoints, type LoadedCheckpoint } from '../../audit/checkpoint.ts';
import type { AuditConfig } from '../../config.ts';
import type { Database } from '../../db/connect.ts';
import { only } from '../municipality/guards.ts';

// The review view's verification: the same check as `hemma audit verify --municipality M`, with
// the server's checkpoints when it keeps any. It reads the whole chain, so it runs when asked.

async function checkpointsOf(config: AuditConfig | null): Promise<LoadedCheckpoint[]> {
  if (!config?.key || !config.checkpointDir) return [];
  try {
    return await readCheckpoints(config.checkpointDir);
  } catch (err) {
    // No directory yet means the server has not written its first checkpoint.
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}

export async function chainState(database: Database, actor: Actor, config: AuditConfig | null): Promise<AuditVerifyReply> {
  only(actor, ['admin'], 'verify the audit log');
  const checkpoints = await checkpointsOf(config);
  const key = config?.key ?? null;
  const result = await verifyAuditChain(database.db, actor.municipalityId, { key, checkpoints });
  const base = { signaturesChecked: key !== null, checkpoints: checkpoints.length, verifiedAt: actor.at.toISOString() };
  if (!result.ok) return { ...base, ok: false, rows: 0, head: null, firstBadSeq: result.firstBadSeq, reason: result.reason };
  const chain = result.chains.find((c) => c.municipalityId === actor.municipalityId);
  return { ...base, ok: true, rows: chain?.rows ?? 0, head: chain?.head ?? null, firstBadSeq: null, reason: null };
}
