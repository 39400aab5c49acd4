import type { Insertable, Kysely } from 'kysely';
import type { Actor } from '../../auth/actor.ts';
import type { DB, TagReadFailuresTable } from '../../db/schema.ts';
import { findTags } from '../nfc-tags/nfc-tags.repository.ts';
import { pathOf, type Item } from './batch.ts';
import { correctionRefusals } from './corrections.ts';
import { Refusal } from './refusal.ts';
import { clientsInScope, staffOfProvider } from './registrations.repository.ts';

// Who and where: a tag's UID resolves to the client it is enrolled to; the client must be
// in the reader's scope. Failed tag reads are collected for the log, and the first problem in
// batch order is the answer.

export type Resolved = Item & { clientId: string };

/** A batch that cannot be stored, with the failed tag reads to log once it has rolled back. */
export class BatchRefused extends Error {
  constructor(
    readonly refusal: Refusal,
    readonly failures: Insertable<TagReadFailuresTable>[],
  ) {
    super(refusal.message);
  }
}

type Failure = TagReadFailuresTable['failure'];

// A tag of another provider's client is answered like an unknown one, so tags cannot be probed.
const MESSAGES: Record<Failure, string> = {
  retired: 'was retired before this read',
  not_yet_enrolled: 'was enrolled after the time of this read (check the phone\'s clock)',
  unknown: 'is not enrolled to a client you serve',
  out_of_scope: 'is not enrolled to a client you serve',
};

const tagRefusal = (item: Item, failure: Failure): Refusal =>
  new Refusal(
    422,
    'unknown_tag',
    `tag ${item.input.tag} ${MESSAGES[failure]}: register manually with a reason, and tell your manager`,
    pathOf(item.index, 'tag'),
  );

export async function resolveBatch(db: Kysely<DB>, actor: Actor, items: readonly Item[]): Promise<Resolved[]> {
  const problems: Refusal[] = [];
  const failures: Insertable<TagReadFailuresTable>[] = [];
  const fail = (item: Item, failure: Failure) => {
    failures.push({
      municipality_id: actor.municipalityId, tag_uid: item.input.tag ?? '', registration_id: item.input.id, failure,
      staff_id: item.staffId, user_id: actor.userId, at: new Date(item.atMs),
    });
    problems[item.index] ??= tagRefusal(item, failure);
  };

  if (actor.role !== 'staff') {
    const ids = [...new Set(items.map((i) => i.staffId))];
    const ours = await staffOfProvider(db, actor.municipalityId, actor.providerId ?? '', ids);
    // Another provider's staff member is answered like one that does not exist.
    for (const i of items) if (!ours.has(i.staffId)) problems[i.index] ??= new Refusal(404, 'not_found', `no staff member ${i.staffId}`, pathOf(i.index, 'staff'));
  }

  const uids = [...new Set(items.flatMap((i) => i.input.tag ?? []))];
  const manual = [...new Set(items.flatMap((i) => (i.input.tag === undefined ? (i.input.client ?? []) : [])))];
  const rows = await clientsInScope(db, actor, uids, manual);
  const visible = new Set(rows.map((r) => r.client_id));
  const tags = new Map(rows.flatMap((r) => (r.tag_uid === null ? [] : [[r.tag_uid, r] as const])));
  // Only when something failed: is a tag that did not resolve unknown, or another provider's?
  const missing = uids.filter((u) => !tags.has(u));
  const elsewhere = new Set(missing.length === 0 ? [] : (await findTags(db, actor.municipalityId, missing)).map((t) => t.tag_uid));

  const resolved: Resolved[] = [];
  items.forEach((item) => {
    const { tag, client } = item.input;
    const clientId = tag === undefined ? client : tags.get(tag)?.client_id;
    if (tag !== undefined) {
      const row = tags.get(tag);
      if (!row) return fail(item, elsewhere.has(tag) ? 'out_of_scope' : 'unknown');
      // A read dated before the tag was put up cannot have been made at it (a tag moved from
      // elsewhere, or a phone's clock far behind). A read before it was retired stays valid:
      // the phone may have been offline since.
      if (row.enrolled_at !== null && item.atMs < row.enrolled_at.getTime()) return fail(item, 'not_yet_enrolled');
      if (row.retired_at !== null && item.atMs >= row.retired_at.getTime()) return fail(item, 'retired');
      if (client !== undefined && client !== row.client_id) {
        problems[item.index] ??= new Refusal(422, 'tag_mismatch', `tag ${tag} belongs to another client than ${client}`, pathOf(item.index, 'client'));
        return;
      }
    } else if (clientId === undefined || !visible.has(clientId)) {
      // Out of scope is answered exactly like nonexistent.
      problems[item.index] ??= new Refusal(404, 'not_found', `no client ${client}`, pathOf(item.index, 'client'));
      return;
    }
    if (clientId !== undefined) resolved.push({ ...item, clientId });
  });

  for (const [index, refusal] of await correctionRefusals(db, actor, resolved)) problems[index] ??= refusal;
  const first = problems.find((p) => p !== undefined);
  if (first) throw new BatchRefused(first, failures);
  return resolved;
}
