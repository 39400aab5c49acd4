import type { Kysely } from 'kysely';
import type { Actor } from '../../auth/actor.ts';
import type { DB } from '../../db/schema.ts';
import { pathOf } from './batch.ts';
import { Refusal } from './refusal.ts';
import { correctableRegistrations } from './registrations.repository.ts';
import type { Resolved } from './resolve.ts';

// A correction names in `corrects` the registration it supersedes; a `void` withdraws it
// from the statement. It reaches into stored data through the body, so it passes the same scope
// as anything else (auth/scope.ts, registrationInReach): staff correct their own registrations,
// a provider manager those of her provider's staff. One out of reach is answered exactly like
// one that does not exist. The corrected registration must also be at the correction's client,
// or a correction at one client could withdraw a visit at another.

const key = (uuid: string): string => uuid.toLowerCase();

/** The refusals of the batch's corrections, by position in the batch; empty when all are sound. */
export async function correctionRefusals(db: Kysely<DB>, actor: Actor, resolved: readonly Resolved[]): Promise<Map<number, Refusal>> {
  const corrections = resolved.filter((r) => r.input.corrects !== undefined);
  const refusals = new Map<number, Refusal>();
  if (corrections.length === 0) return refusals;
  // A registration and its correction may arrive in one batch: the batch's own are the sender's.
  const clientOf = new Map(resolved.map((r) => [key(r.input.id), r.clientId]));
  const elsewhere = [...new Set(corrections.map((r) => key(r.input.corrects!)))].filter((id) => !clientOf.has(id));
  for (const row of await correctableRegistrations(db, actor, elsewhere)) clientOf.set(key(row.registration_id), row.client_id);
  for (const r of corrections) {
    const target = r.input.corrects!;
    const client = clientOf.get(key(target));
    const path = pathOf(r.index, 'corrects');
    if (client === undefined) {
      refusals.set(r.index, new Refusal(422, 'unknown_registration', `no registration ${target} that you may correct (staff correct their own, a manager her staff's)`, path));
    } else if (client !== r.clientId) {
      refusals.set(r.index, new Refusal(422, 'other_client', `registration ${target} is at another client than ${r.clientId}: a correction is made at the client of the registration it corrects`, path));
    }
  }
  return refusals;
}
