import type { Kysely } from 'kysely';
import type { Actor, Role } from '../../auth/actor.ts';
import { canSeeClient, clientScope } from '../../auth/scope.ts';
import type { DB } from '../../db/schema.ts';
import { ForbiddenError, NotFoundError } from '../../errors.ts';

// Shared by the care modules (clients, decisions, orders, plans, deviations, visits, messages):
// the role check (403: the role may never do this) comes before the scope check (404: this
// client is not yours, or does not exist: the answer is the same so ids cannot be probed).

export function only(actor: Actor, roles: readonly Role[], what: string): void {
  if (!roles.includes(actor.role)) throw new ForbiddenError(`only ${roles.join(', ')} may ${what}`);
}

export async function clientInScopeOr404(db: Kysely<DB>, actor: Actor, clientId: string): Promise<void> {
  if (!(await canSeeClient(db, actor, clientId))) throw new NotFoundError(`no client "${clientId}"`);
}

/** The provider a provider role is narrowed to, or undefined for municipality roles. */
export function ownProvider(actor: Actor): string | undefined {
  return clientScope(actor).providerId;
}

/** Today in Sweden, for expanding 10-digit personal numbers (never the server's zone). */
export function swedishToday(now: Date = new Date()): string {
  return now.toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
}
