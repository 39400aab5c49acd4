import type { Kysely } from 'kysely';
import { recordAudit, type AuditAction, type JsonValue } from '../audit/audit.service.ts';
import type { DB } from '../db/schema.ts';
import type { LoginUser } from './login.repository.ts';

// Login events in the audit log of the account's municipality (DOMAIN.md §6): a complete login,
// each failed step, the failure that locks the account, a try while locked, a logout. Never the
// password, the code or a token: only which step and why. An unknown username belongs to no
// municipality and has no chain to go in; the rate limit per address bounds those tries.

export type LoginEvent =
  | { action: 'login' }
  | { action: 'logout' }
  | { action: 'login_failed'; step: 'password' | 'code'; reason: 'wrong' | 'locked' }
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
