import type { Kysely } from 'kysely';
import { recordAudit, type AuditAction, type JsonValue } from '../audit/audit.service.ts';
import type { DB } from '../db/schema.ts';
import type { LoginUser } from './login.repository.ts';

// Login events in the audit log of the account's municipality (DOMAIN.md §6): a complete login,
// each failed step, the failure that locks the account, a try while locked, a logout. Never the
// password, the code or a token: only which step and why. An unknown username belongs to no
// municipality, so its try goes into every municipality's log (a deployment holds one or a few);
// the rate limit per address bounds those tries.

export type LoginEvent =
  | { action: 'login' }
  | { action: 'logout' }
  | { action: 'login_failed'; step: 'password' | 'code'; reason: 'wrong' | 'locked' | 'disabled' }
  | { action: 'lockout'; step: 'password' | 'code'; untilIso: string };

type Who = Pick<LoginUser, 'municipality_id' | 'user_id' | 'username' | 'role'>;

export async function recordLoginEvent(db: Kysely<DB>, user: Who, ip: string, event: LoginEvent): Promise<void> {
  const details: Record<string, JsonValue> = {};
  if (event.action === 'login_failed') Object.assign(details, { step: event.step, reason: event.reason });
  if (event.action === 'lockout') Object.assign(details, { step: event.step, until: event.untilIso });
  const action: AuditAction = event.action;
  await recordAudit(
    db,
    { municipalityId: user.municipality_id, userId: user.user_id, username: user.username, role: user.role, ip },
    { action, objectType: 'account', objectId: user.user_id, details },
  );
}

/**
 * A sign-in with a username no account has: logged in each municipality as `login_failed`, with
 * the name as typed (trimmed, lower case) so that a guessing attack shows, no user id and no role.
 */
export async function recordUnknownUser(db: Kysely<DB>, municipalityIds: readonly string[], username: string, ip: string): Promise<void> {
  for (const municipalityId of municipalityIds) {
    await recordAudit(
      db,
      { municipalityId, userId: '', username, role: '', ip },
      { action: 'login_failed', objectType: 'account', objectId: null, details: { step: 'password', reason: 'unknown_user' } },
    );
  }
}
