import type { RegistrationBatchReply, RegistrationInput } from '@hemma/contract/api';
import type { Actor } from '../../auth/actor.ts';
import { recordAuditMany, type AuditEntry } from '../../audit/audit.service.ts';
import type { Database } from '../../db/connect.ts';
import { sameRegistration } from '../scenario/import.repository.ts';
import { conflictRefusal, prepareBatch } from './batch.ts';
import { raiseMovedTagFlags, raiseNoPlannedVisitFlags } from './flags.repository.ts';
import { findStored, insertNew, logReadFailures, type NewRows, type StoredWithTag } from './registrations.repository.ts';
import { BatchRefused, resolveBatch, type Resolved } from './resolve.ts';

// A batch of registrations from a phone, stored whole or not at all, in one
// transaction that commits before the reply: a 2xx means the phone may forget them.

/** The batch as column arrays for one insert. The phone's time is kept as sent; received_at is the server's. */
function toColumns(resolved: readonly Resolved[]): NewRows {
  const c: NewRows = { id: [], kind: [], client: [], staff: [], at: [], method: [], reason: [], corrects: [], plannedMinutes: [], category: [], tag: [] };
  for (const r of resolved) {
    const i = r.input;
    c.id.push(i.id);
    c.kind.push(i.kind);
    c.client.push(r.clientId);
    c.staff.push(r.staffId);
    c.at.push(i.at);
    c.method.push(i.method);
    c.reason.push(i.reason ?? null);
    c.corrects.push(i.corrects ?? null);
    c.plannedMinutes.push(i.plannedMinutes ?? null);
    c.category.push(i.category ?? null);
    c.tag.push(i.tag ?? null);
  }
  return c;
}

/** a stored registration is the same when every field the phone sent is. */
function sameAsStored(stored: StoredWithTag, r: Resolved): boolean {
  const i = r.input;
  return (
    stored.tag_uid === (i.tag ?? null) &&
    sameRegistration(stored, {
      id: i.id, kind: i.kind, client: r.clientId, staff: r.staffId, at: i.at, method: i.method,
      ...(i.reason !== undefined && { reason: i.reason }),
      ...(i.corrects !== undefined && { corrects: i.corrects }),
      ...(i.plannedMinutes !== undefined && { plannedMinutes: i.plannedMinutes }),
      ...(i.category !== undefined && { category: i.category }),
    })
  );
}

/** Registrations per audit entry: their ids must fit the entry's 2 kB of details. */
const IDS_PER_ENTRY = 40;

/**
 * The audit log gets one entry per client (and up to 40 registrations) of a batch: which client's
 * data was written, by whom, and the ids to find the rows. One entry per row would say the same
 * at many times the cost while the municipality's audit chain is locked.
 */
function auditEntries(fresh: readonly Resolved[]): AuditEntry[] {
  const byClient = new Map<string, Resolved[]>();
  for (const r of fresh) byClient.set(r.clientId, [...(byClient.get(r.clientId) ?? []), r]);
  const entries: AuditEntry[] = [];
  for (const [clientId, rs] of byClient) {
    for (let i = 0; i < rs.length; i += IDS_PER_ENTRY) {
      const part = rs.slice(i, i + IDS_PER_ENTRY);
      entries.push({
        action: 'create', clientId, objectType: 'registration', objectId: part.length === 1 ? part[0]!.input.id : null,
        details: { registrations: part.map((r) => r.input.id), staff: [...new Set(part.map((r) => r.staffId))] },
      });
    }
  }
  return entries;
}

export async function ingestBatch(database: Database, actor: Actor, inputs: readonly RegistrationInput[]): Promise<RegistrationBatchReply> {
  const { items, repeats } = prepareBatch(actor, inputs);
  try {
    return await database.db.transaction().execute(async (trx) => {
      const resolved = await resolveBatch(trx, actor, items);
      const inserted = await insertNew(trx, actor.municipalityId, toColumns(resolved));

      const already = resolved.filter((r) => !inserted.has(r.input.id));
      const stored = new Map((await findStored(trx, actor.municipalityId, already.map((r) => r.input.id))).map((s) => [s.registration_id, s]));
      for (const r of already) {
        const s = stored.get(r.input.id);
        if (!s || !sameAsStored(s, r)) throw conflictRefusal(r.input.id, r.index, 'already stored');
      }

      const fresh = resolved.filter((r) => inserted.has(r.input.id));
      const reads = fresh.flatMap((r) => (r.input.tag === undefined ? [] : [{ id: r.input.id, staff: r.staffId, client: r.clientId, at: r.input.at }]));
      const provider = actor.providerId ?? '';
      const flags = [
        ...(await raiseMovedTagFlags(trx, actor.municipalityId, provider, reads)),
        ...(await raiseNoPlannedVisitFlags(trx, actor.municipalityId, provider, reads)),
      ];
      // Last, because the audit chain is locked from here until the commit.
      await recordAuditMany(trx, actor, auditEntries(fresh));
      return { accepted: fresh.length, duplicates: repeats + already.length, flags };
    });
  } catch (err) {
    if (!(err instanceof BatchRefused)) throw err;
    await logReadFailures(database.db, err.failures);
    throw err.refusal;
  }
}
