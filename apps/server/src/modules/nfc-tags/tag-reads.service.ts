import type { NfcTagReadsReply } from '@hemma/contract/api';
import type { Actor } from '../../auth/actor.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import type { Database } from '../../db/connect.ts';
import { Refusal } from '../registrations/refusal.ts';
import { findTagInScope, readsOfTag, refusedReadsOfTag, toNfcTag } from './nfc-tags.repository.ts';

// A tag's history for the admin's tag screen: what was registered with it and which reads were
// refused (a tag read before it was enrolled, after it was retired). The reads show when staff
// were at the client's door, so the call is a read of that client.

const NEWEST = 200;

export async function tagReads(database: Database, actor: Actor, uid: string): Promise<NfcTagReadsReply> {
  const tag = await findTagInScope(database.db, actor, uid);
  if (!tag) throw new Refusal(404, 'not_found', `no tag ${uid}`, 'uid');
  const [reads, refused] = await Promise.all([
    readsOfTag(database.db, actor.municipalityId, uid, NEWEST),
    refusedReadsOfTag(database.db, actor.municipalityId, uid, NEWEST),
  ]);
  await recordAudit(database.db, actor, { action: 'read', clientId: tag.client_id, objectType: 'nfc_tag', objectId: uid, details: { reads: reads.length } });
  return {
    tag: toNfcTag(tag),
    reads: reads.map((r) => ({ registration: r.registration_id, kind: r.kind, staff: r.staff_id, client: r.client_id, at: r.at.toISOString() })),
    refused: refused.map((r) => ({ registration: r.registration_id, failure: r.failure, staff: r.staff_id, at: r.at.toISOString() })),
  };
}
