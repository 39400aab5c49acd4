import rateLimit from '@fastify/rate-limit';
import { errorReply, type MeReply, passkeyEnrolOptionsBody, passkeyOptionsReply, passkeySessionReply, passkeyVerifyBody } from '@hemma/contract/api';
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { CookieRules } from '../cookies.ts';
import { SESSION_COOKIE } from '../cookies.ts';
import type { AuthPolicy } from '../policy.ts';
import { csrfTokenFor } from '../tokens.ts';
import type { PasskeyFailure, PasskeyService, RelyingParty, SignedIn } from './passkeys.service.ts';

const TAGS = ['auth'];
/** Between a ceremony's options and its answer; only these routes see it. */
export const PASSKEY_COOKIE = 'hemma_passkey';
const COOKIE_PATH = '/api/v1/auth/passkey';

const MESSAGES: Record<PasskeyFailure, string> = {
  invalid_code: 'the code is wrong, used or too old; ask for a new one',
  no_challenge: 'start again: the sign-in step was not started or is too old',
  not_verified: 'the passkey could not be checked (the device must check your PIN or fingerprint)',
  unknown_passkey: 'this passkey is not known here; enrol it with a code first',
  no_access: 'this account has no access any longer',
};

/** The relying party: the public address when one is set, else the address the browser used. */
function relyingParty(req: FastifyRequest, publicUrl: string | undefined): RelyingParty {
  if (publicUrl !== undefined) {
    const url = new URL(publicUrl);
    return { rpId: url.hostname, origin: url.origin };
  }
  return { rpId: req.hostname, origin: `${req.protocol}://${req.host}` };
}

export interface PasskeyRouteDeps {
  service: PasskeyService;
  policy: AuthPolicy;
  cookies: CookieRules;
  publicUrl: string | undefined;
  /** The `me` reply of a fresh session, as the password sign-in gives it. */
  me: (user: Extract<SignedIn, { ok: true }>['user']) => Promise<MeReply>;
}

/** Enrol a passkey with a one-time code, and sign in with it. */
export function passkeyRoutes(deps: PasskeyRouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(rateLimit, { global: false });
    const limited = { rateLimit: { max: deps.policy.rateLimit.max, timeWindow: deps.policy.rateLimit.windowMs } };
    const challengeCookie = (req: FastifyRequest) => ({ ...deps.cookies.pending(req, 5 * 60_000), path: COOKIE_PATH });
    const refuse = (reply: FastifyReply, reason: PasskeyFailure) => reply.status(reason === 'no_access' ? 403 : 401).send({ error: reason, message: MESSAGES[reason] });
    const answer = async (req: FastifyRequest, reply: FastifyReply, result: SignedIn) => {
      void reply.clearCookie(PASSKEY_COOKIE, challengeCookie(req));
      if (!result.ok) return refuse(reply, result.reason);
      void reply.setCookie(SESSION_COOKIE, result.sessionToken, deps.cookies.session(req));
      return { csrfToken: csrfTokenFor(result.sessionToken), me: await deps.me(result.user) };
    };
    const errors = { 400: errorReply, 401: errorReply, 403: errorReply, 429: errorReply };

    app.post('/api/v1/auth/passkey/enrol/options', {
      config: limited,
      schema: { tags: TAGS, summary: 'Enrol a passkey, step 1: the one-time code handed over gives the options for navigator.credentials.create', body: passkeyEnrolOptionsBody, response: { 200: passkeyOptionsReply, ...errors } },
    }, async (req, reply) => {
      const started = await deps.service.enrolOptions(req.body.code, relyingParty(req, deps.publicUrl));
      if (!started.ok) return refuse(reply, started.reason);
      void reply.setCookie(PASSKEY_COOKIE, started.challengeToken, challengeCookie(req));
      return { ...started.options };
    });

    app.post('/api/v1/auth/passkey/enrol/verify', {
      config: limited,
      schema: { tags: TAGS, summary: 'Enrol a passkey, step 2: the new credential; starts the session', body: passkeyVerifyBody, response: { 200: passkeySessionReply, ...errors } },
    }, async (req, reply) => {
      const token = req.cookies[PASSKEY_COOKIE];
      const result: SignedIn = token
        ? await deps.service.enrolVerify(token, req.body.response as unknown as RegistrationResponseJSON, relyingParty(req, deps.publicUrl), req.ip)
        : { ok: false, reason: 'no_challenge' };
      return answer(req, reply, result);
    });

    app.post('/api/v1/auth/passkey/options', {
      config: limited,
      schema: { tags: TAGS, summary: 'Sign in with a passkey, step 1: the options for navigator.credentials.get', response: { 200: passkeyOptionsReply, ...errors } },
    }, async (req, reply) => {
      const started = await deps.service.signInOptions(relyingParty(req, deps.publicUrl));
      if (!started.ok) return refuse(reply, started.reason);
      void reply.setCookie(PASSKEY_COOKIE, started.challengeToken, challengeCookie(req));
      return { ...started.options };
    });

    app.post('/api/v1/auth/passkey/verify', {
      config: limited,
      schema: { tags: TAGS, summary: 'Sign in with a passkey, step 2: the signed challenge; starts the session', body: passkeyVerifyBody, response: { 200: passkeySessionReply, ...errors } },
    }, async (req, reply) => {
      const token = req.cookies[PASSKEY_COOKIE];
      const result: SignedIn = token
        ? await deps.service.signInVerify(token, req.body.response as unknown as AuthenticationResponseJSON, relyingParty(req, deps.publicUrl), req.ip)
        : { ok: false, reason: 'no_challenge' };
      return answer(req, reply, result);
    });
  };
}
