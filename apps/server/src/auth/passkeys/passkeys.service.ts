import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { findUserById, type LoginUser } from '../login.repository.ts';
import { recordLoginEvent } from '../login-audit.ts';
import type { AuthPolicy } from '../policy.ts';
import { insertSession } from '../session.repository.ts';
import { hashToken, newToken } from '../tokens.ts';
import { codeHash } from './enrolment-code.ts';
import * as repo from './passkeys.repository.ts';

// Signing in with a passkey (WebAuthn): the device is one factor and its PIN or fingerprint the
// other, so user verification is required in every ceremony. Credentials are discoverable: the
// person signs in without typing a username. Enrolment needs a one-time code handed over in
// person (enrolment-code.ts). The clock is injected like the rest of login.

/** Where the browser must be: the relying party's id (a host name) and the page's origin. */
export interface RelyingParty {
  rpId: string;
  origin: string;
}

export type PasskeyFailure = 'invalid_code' | 'no_challenge' | 'not_verified' | 'unknown_passkey' | 'no_access';

export type Started<T> = { ok: true; challengeToken: string; options: T } | { ok: false; reason: PasskeyFailure };
export type SignedIn = { ok: true; sessionToken: string; user: LoginUser } | { ok: false; reason: PasskeyFailure };

const CHALLENGE_MS = 5 * 60_000;

export function createPasskeyService(db: Kysely<DB>, now: () => Date, policy: AuthPolicy) {
  const today = (at: Date) => at.toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

  const remember = async (purpose: 'enrol' | 'sign_in', challenge: string, code: string | null, at: Date): Promise<string> => {
    const token = newToken();
    await repo.insertChallenge(db, hashToken(token), { purpose, challenge, codeHash: code }, new Date(at.getTime() + CHALLENGE_MS), at);
    return token;
  };

  const startSession = async (user: LoginUser, ip: string, at: Date): Promise<SignedIn> => {
    const sessionToken = newToken();
    await insertSession(db, {
      tokenHash: hashToken(sessionToken), municipalityId: user.municipality_id, userId: user.user_id,
      stage: 'complete', now: at, expiresAt: new Date(at.getTime() + policy.absoluteMs),
    });
    await recordLoginEvent(db, user, ip, { action: 'login' });
    return { ok: true, sessionToken, user };
  };

  return {
    async enrolOptions(code: string, rp: RelyingParty): Promise<Started<PublicKeyCredentialCreationOptionsJSON>> {
      const at = now();
      const hash = codeHash(code);
      const user = await repo.userOfCode(db, hash, at);
      if (!user || !(await repo.accountLive(db, user, today(at)))) return { ok: false, reason: 'invalid_code' };
      const existing = await repo.passkeyIdsOf(db, user.municipality_id, user.user_id);
      const options = await generateRegistrationOptions({
        rpName: 'Hemma', rpID: rp.rpId, userName: user.username, userID: new TextEncoder().encode(user.user_id),
        attestationType: 'none', excludeCredentials: existing.map((id) => ({ id })),
        authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
      });
      return { ok: true, challengeToken: await remember('enrol', options.challenge, hash, at), options };
    },

    async enrolVerify(challengeToken: string, response: RegistrationResponseJSON, rp: RelyingParty, ip: string): Promise<SignedIn> {
      const at = now();
      const c = await repo.takeChallenge(db, hashToken(challengeToken), at);
      if (!c || c.purpose !== 'enrol' || c.codeHash === null) return { ok: false, reason: 'no_challenge' };
      const user = await repo.userOfCode(db, c.codeHash, at);
      if (!user) return { ok: false, reason: 'invalid_code' };
      const result = await verifyRegistrationResponse({
        response, expectedChallenge: c.challenge, expectedOrigin: rp.origin, expectedRPID: rp.rpId, requireUserVerification: true,
      }).catch(() => null);
      if (!result?.verified) return { ok: false, reason: 'not_verified' };
      const { credential } = result.registrationInfo;
      const stored = await db.transaction().execute(async (trx) => {
        if (!(await repo.spendCode(trx, c.codeHash!, at))) return false;
        await repo.insertPasskey(trx, {
          credentialId: credential.id, municipalityId: user.municipality_id, userId: user.user_id,
          publicKey: Buffer.from(credential.publicKey).toString('base64url'), counter: credential.counter, transports: credential.transports ?? [],
        }, at);
        return true;
      });
      if (!stored) return { ok: false, reason: 'invalid_code' };
      return startSession(user, ip, at);
    },

    async signInOptions(rp: RelyingParty): Promise<Started<PublicKeyCredentialRequestOptionsJSON>> {
      const at = now();
      const options = await generateAuthenticationOptions({ rpID: rp.rpId, userVerification: 'required' });
      return { ok: true, challengeToken: await remember('sign_in', options.challenge, null, at), options };
    },

    async signInVerify(challengeToken: string, response: AuthenticationResponseJSON, rp: RelyingParty, ip: string): Promise<SignedIn> {
      const at = now();
      const c = await repo.takeChallenge(db, hashToken(challengeToken), at);
      if (!c || c.purpose !== 'sign_in') return { ok: false, reason: 'no_challenge' };
      const passkey = await repo.findPasskey(db, response.id);
      if (!passkey) return { ok: false, reason: 'unknown_passkey' };
      const user = await findUserById(db, passkey.municipalityId, passkey.userId);
      if (!user) return { ok: false, reason: 'unknown_passkey' };
      const result = await verifyAuthenticationResponse({
        response, expectedChallenge: c.challenge, expectedOrigin: rp.origin, expectedRPID: rp.rpId, requireUserVerification: true,
        credential: { id: passkey.credentialId, publicKey: new Uint8Array(Buffer.from(passkey.publicKey, 'base64url')), counter: passkey.counter, transports: passkey.transports },
      }).catch(() => null);
      if (!result?.verified) return { ok: false, reason: 'not_verified' };
      if (!(await repo.accountLive(db, user, today(at)))) return { ok: false, reason: 'no_access' };
      await repo.usePasskey(db, passkey.credentialId, result.authenticationInfo.newCounter, at);
      return startSession(user, ip, at);
    },
  };
}

export type PasskeyService = ReturnType<typeof createPasskeyService>;
