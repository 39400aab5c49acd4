import type { NfcTag } from '@hemma/contract/api';
import type { Actor } from '../../auth/actor.ts';
import { canSeeClient } from '../../auth/scope.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import type { Database } from '../../db/connect.ts';
import { Refusal } from '../registrations/refusal.ts';
import { findAnyTag, findTagInScopeForUpdate, insertTag, retireTag, toNfcTag } from './nfc-tags.repository.ts';

// Enrolling and retiring the tags at clients' doors (DOMAIN.md §6). Admins do it for the whole
// municipality, provider managers for the clients their provider has an order for: the people
// who put the tag on the door. Each change is in the audit log with the client it concerns.

export async function enrolTag(database: Database, actor: Actor, uid: string, clientId: string): Promise<{ tag: NfcTag; created: boolean }> {
  return database.db.transaction().execute(async (trx) => {
    if (!(await canSeeClient(trx, actor, clientId))) throw new Refusal(404, 'not_found', `no client ${clientId}`, 'client');
    const inserted = await insertTag(trx, actor.municipalityId, uid, clientId);
    if (inserted) {
      await recordAudit(trx, actor, { action: 'create', clientId, objectType: 'nfc_tag', objectId: uid });
      return { tag: toNfcTag(inserted), created: true };
    }
    const existing = await findAnyTag(trx, actor.municipalityId, uid);
    // Enrolling the same tag to the same client again is a retry, not a conflict.
    if (existing && existing.client_id === clientId && existing.retired_at === null) return { tag: toNfcTag(existing), created: false };
    // A UID is bound once: a retired tag stays retired, so old reads keep resolving to their client.
    const why = existing?.retired_at ? 'was retired and cannot be enrolled again' : 'is enrolled to another client';
    throw new Refusal(409, 'tag_taken', `tag ${uid} ${why}`, 'uid');
  });
}

export async function retire(database: Database, actor: Actor, uid: string, now: Date = new Date()): Promise<NfcTag> {
  return database.db.transaction().execute(async (trx) => {
    const tag = await findTagInScopeForUpdate(trx, actor, uid);
    if (!tag) throw new Refusal(404, 'not_found', `no tag ${uid}`, 'uid');
    if (tag.retired_at !== null) return toNfcTag(tag);
    const retired = await retireTag(trx, actor.municipalityId, uid, now);
    await recordAudit(trx, actor, { action: 'update', clientId: tag.client_id, objectType: 'nfc_tag', objectId: uid, details: { retired: true } });
    return toNfcTag(retired);
  });
}
