import type { Kysely } from 'kysely';
import type { Actor } from '../../auth/actor.ts';
import { clientInScope } from '../../auth/scope.ts';
import type { DB } from '../../db/schema.ts';

// What the follow-up adds to the statement: client names through the scope, the providers'
// reasons for excess and the latest review of each.

export async function clientsInScope(db: Kysely<DB>, actor: Actor): Promise<Map<string, string>> {
  const rows = await db.selectFrom('clients').select(['client_id', 'name']).where(clientInScope(actor)).execute();
  return new Map(rows.map((r) => [r.client_id, r.name]));
}

const key = (client: string, provider: string): string => `${client}\u0000${provider}`;

export async function excessReasons(db: Kysely<DB>, mid: string, month: string): Promise<Map<string, string>> {
  const rows = await db.selectFrom('excess_reasons').select(['client_id', 'provider_id', 'reason']).where('municipality_id', '=', mid).where('month', '=', month).execute();
  return new Map(rows.map((r) => [key(r.client_id, r.provider_id), r.reason]));
}

/** The reason of the latest review (highest ordinal) per client and provider. */
export async function latestReviewReasons(db: Kysely<DB>, mid: string, month: string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('excess_reviews')
    .select(['client_id', 'provider_id', 'reason'])
    .where('municipality_id', '=', mid)
    .where('month', '=', month)
    .orderBy('ordinal')
    .execute();
  return new Map(rows.map((r) => [key(r.client_id, r.provider_id), r.reason]));
}

export { key as excessKey };
