import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Actor } from './actor.ts';
import {
  claimTotpStep,
  findUserById,
  findUserByUsername,
  municipalityIds,
  recordFailure,
  scopeNames,
  type LoginUser,
  type ScopeNames,
} from './login.repository.ts';
import { DUMMY_HASH, verifyPassword } from './password.ts';
import type { AuthPolicy } from './policy.ts';
import {
  deleteExpiredSessions,
  deleteSession,
  findSession,
  insertSession,
  touchSession,
} from './session.repository.ts';
import { recordLoginEvent, recordUnknownUser } from './login-audit.ts';
import { hashToken, newToken } from './tokens.ts';
import { matchTotp } from './totp.ts';

// Login in two steps and the sessions it leaves. The clock is injected (buildApp's `now`), so
// expiry and lockout are tested without waiting; nothing here knows about HTTP.

export type LoginResult =
  | { ok: true; pendingToken: string; expiresAt: Date; enrolled: boolean }
  | { ok: false; reason: 'invalid_credentials' | 'disabled' }
  | { ok: false; reason: 'locked'; retryAfterS: number };

export type CodeResult =
  | { ok: true; sessionToken: string; actor: Omit<Actor, 'ip' | 'at'> }
  | { ok: false; reason: 'no_pending_login' | 'invalid_code' }
  | { ok: false; reason: 'locked'; retryAfterS: number };

export type EnrolmentResult =
  | { ok: true; secret: string; username: string; municipalityId: string }
  | { ok: false; reason: 'no_pending_login' | 'already_enrolled' };

export interface AuthService {
  /** `ip` is where the attempt came from, for the audit log. */
  login(username: string, password: string, ip: string): Promise<LoginResult>;
  /** The secret to connect an authenticator app, between the password and the first code only. */
  enrolment(pendingToken: string): Promise<EnrolmentResult>;
  /** Names of what the actor is scoped to, for the header of every page. */
  names(actor: Pick<Actor, 'municipalityId' | 'districtId' | 'providerId'>): Promise<ScopeNames>;
  verifyCode(pendingToken: string, code: string, ip: string): Promise<CodeResult>;
  /** The actor of a complete, live session, or null; keeps the session alive. */
  resolve(sessionToken: string, ip: string): Promise<Actor | null>;
  logout(token: string, ip: string): Promise<void>;
}

export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}

function actorOf(
  u: Omit<LoginUser, 'password_hash' | 'totp_secret' | 'totp_enrolled_at' | 'disabled_at'>,
): Omit<Actor, 'ip' | 'at'> {
  return {
    userId: u.user_id,
    username: u.username,
    municipalityId: u.municipality_id,
    role: u.role,
    districtId: u.district_id,
    providerId: u.provider_id,
    staffId: u.staff_id,
  };
}

export function createAuthService(
  db: Kysely<DB>,
  now: () => Date,
  policy: AuthPolicy,
): AuthService {
  const lockedFor = (u: Pick<LoginUser, 'locked_until'>, at: Date): number | null =>
    u.locked_until && u.locked_until > at
      ? Math.ceil((u.locked_until.getTime() - at.getTime()) / 1000)
      : null;

  const fail = async (u: LoginUser, at: Date, step: 'password' | 'code', ip: string): Promise<number | null> => {
    const until = new Date(at.getTime() + policy.lockMs);
    const locked = await recordFailure(db, u, policy.maxFailures, until);
    await recordLoginEvent(db, u, ip, { action: 'login_failed', step, reason: 'wrong' });
    if (!locked) return null;
    await recordLoginEvent(db, u, ip, { action: 'lockout', step, untilIso: until.toISOString() });
    return Math.ceil(policy.lockMs / 1000);
  };

  // Sessions are touched at most this often: one write a minute per user, not one per request.
  const touchEveryMs = Math.min(60_000, policy.idleMs / 10);

  return {
    async login(username, password, ip) {
      const at = now();
      const name = normaliseUsername(username);
      const user = await findUserByUsername(db, name);
      // One argon2 verification on every path (unknown username, locked account, wrong or right
      // password), so the time taken does not tell which usernames exist; an unknown name is
      // logged as a wrong password is, so that path writes too.
      const passwordOk = await verifyPassword(user?.password_hash ?? DUMMY_HASH, password);
      if (!user) {
        await recordUnknownUser(db, await municipalityIds(db), name, ip);
        return { ok: false, reason: 'invalid_credentials' };
      }
      const retryAfterS = lockedFor(user, at);
      if (retryAfterS !== null) {
        await recordLoginEvent(db, user, ip, { action: 'login_failed', step: 'password', reason: 'locked' });
        return { ok: false, reason: 'locked', retryAfterS };
      }
      if (!passwordOk) {
        await fail(user, at, 'password', ip);
        return { ok: false, reason: 'invalid_credentials' };
      }
      // Told only to whoever knows the password: a locked account is not revealed by its name.
      if (user.disabled_at !== null) {
        await recordLoginEvent(db, user, ip, { action: 'login_failed', step: 'password', reason: 'disabled' });
        return { ok: false, reason: 'disabled' };
      }
      await deleteExpiredSessions(db, at);
      const pendingToken = newToken();
      const expiresAt = new Date(at.getTime() + policy.pendingMs);
      await insertSession(db, {
        tokenHash: hashToken(pendingToken),
        municipalityId: user.municipality_id,
        userId: user.user_id,
        stage: 'password',
        now: at,
        expiresAt,
      });
      return { ok: true, pendingToken, expiresAt, enrolled: user.totp_enrolled_at !== null };
    },

    async enrolment(pendingToken) {
      const at = now();
      const pending = await findSession(db, hashToken(pendingToken));
      if (!pending || pending.stage !== 'password' || pending.expires_at <= at)
        return { ok: false, reason: 'no_pending_login' };
      const user = await findUserById(db, pending.municipality_id, pending.user_id);
      if (!user) return { ok: false, reason: 'no_pending_login' };
      if (user.totp_enrolled_at !== null) return { ok: false, reason: 'already_enrolled' };
      return {
        ok: true,
        secret: user.totp_secret,
        username: user.username,
        municipalityId: user.municipality_id,
      };
    },

    names(actor) {
      return scopeNames(db, actor.municipalityId, actor.districtId, actor.providerId);
    },

    async verifyCode(pendingToken, code, ip) {
      const at = now();
      const pendingHash = hashToken(pendingToken);
      const pending = await findSession(db, pendingHash);
      if (!pending || pending.stage !== 'password' || pending.expires_at <= at)
        return { ok: false, reason: 'no_pending_login' };
      const user = await findUserById(db, pending.municipality_id, pending.user_id);
      if (!user || user.disabled_at !== null) return { ok: false, reason: 'no_pending_login' };
      const locked = lockedFor(user, at);
      if (locked !== null) {
        await deleteSession(db, pendingHash);
        await recordLoginEvent(db, user, ip, { action: 'login_failed', step: 'code', reason: 'locked' });
        return { ok: false, reason: 'locked', retryAfterS: locked };
      }
      const step = matchTotp(user.totp_secret, code, at);
      if (step === null || !(await claimTotpStep(db, user, step, at))) {
        const nowLocked = await fail(user, at, 'code', ip);
        if (nowLocked === null) return { ok: false, reason: 'invalid_code' };
        await deleteSession(db, pendingHash);
        return { ok: false, reason: 'locked', retryAfterS: nowLocked };
      }
      // A new token for the complete session: whoever saw the pending cookie cannot ride on it.
      await deleteSession(db, pendingHash);
      const sessionToken = newToken();
      await insertSession(db, {
        tokenHash: hashToken(sessionToken),
        municipalityId: user.municipality_id,
        userId: user.user_id,
        stage: 'complete',
        now: at,
        expiresAt: new Date(at.getTime() + policy.absoluteMs),
      });
      await recordLoginEvent(db, user, ip, { action: 'login' });
      return { ok: true, sessionToken, actor: actorOf(user) };
    },

    async resolve(sessionToken, ip) {
      const at = now();
      const tokenHash = hashToken(sessionToken);
      const s = await findSession(db, tokenHash);
      if (!s || s.stage !== 'complete') return null;
      const idleFor = at.getTime() - s.last_seen_at.getTime();
      if (s.expires_at <= at || idleFor >= policy.idleMs) {
        await deleteSession(db, tokenHash);
        return null;
      }
      if (idleFor >= touchEveryMs) await touchSession(db, tokenHash, at);
      return { ...actorOf(s), ip, at };
    },

    async logout(token, ip) {
      const tokenHash = hashToken(token);
      const s = await findSession(db, tokenHash);
      await deleteSession(db, tokenHash);
      if (s?.stage === 'complete') await recordLoginEvent(db, s, ip, { action: 'logout' });
    },
  };
}
