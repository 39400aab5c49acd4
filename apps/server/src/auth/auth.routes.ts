import rateLimit from '@fastify/rate-limit';
import {
  csrfReply,
  enrolmentReply,
  errorReply,
  loggedOutReply,
  loginBody,
  loginReply,
  meReply,
  sessionReply,
  totpBody,
} from '@hemma/contract/api';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Actor } from './actor.ts';
import type { AuthService } from './auth.service.ts';
import { PENDING_COOKIE, SESSION_COOKIE, type CookieRules } from './cookies.ts';
import type { AuthPolicy } from './policy.ts';
import { actorOf } from './require-role.ts';
import { csrfTokenFor } from './tokens.ts';
import { otpauthQrSvg, otpauthUri } from './totp.ts';

const TAGS = ['auth'];

async function me(service: AuthService, actor: Omit<Actor, 'ip' | 'userId' | 'at'>) {
  const { username, role, municipalityId, districtId, providerId, staffId } = actor;
  const names = await service.names(actor);
  return { username, role, municipalityId, districtId, providerId, staffId, ...names };
}

function locked(reply: FastifyReply, retryAfterS: number) {
  return reply
    .status(429)
    .header('retry-after', String(retryAfterS))
    .send({
      error: 'locked',
      message: `too many failed attempts: the account is locked for ${Math.ceil(retryAfterS / 60)} more minutes`,
    });
}

/** POST login, GET enrolment, POST totp, POST logout, GET csrf, GET me. */
export function authRoutes(service: AuthService, policy: AuthPolicy, cookies: CookieRules): FastifyPluginAsyncZod {
  return async (app) => {
    // Per address, before any account is touched: slows guessing across many usernames too.
    await app.register(rateLimit, {
      global: false,
      errorResponseBuilder: (_req, ctx) =>
        Object.assign(
          new Error(`too many login attempts from this address; try again in ${ctx.after}`),
          { statusCode: 429, code: 'rate_limited' },
        ),
    });
    const limited = {
      rateLimit: { max: policy.rateLimit.max, timeWindow: policy.rateLimit.windowMs },
    };
    const errors = { 400: errorReply, 401: errorReply, 403: errorReply, 429: errorReply };

    app.post(
      '/api/v1/auth/login',
      {
        config: limited,
        schema: {
          tags: TAGS,
          summary: 'First factor: username and password',
          body: loginBody,
          response: { 200: loginReply, ...errors },
        },
      },
      async (req, reply) => {
        const result = await service.login(req.body.username, req.body.password, req.ip);
        if (!result.ok) {
          if (result.reason === 'locked') return locked(reply, result.retryAfterS);
          if (result.reason === 'disabled')
            return reply.status(403).send({ error: 'account_locked', message: 'the account is locked by an administrator' });
          return reply
            .status(401)
            .send({ error: 'invalid_credentials', message: 'wrong username or password' });
        }
        void reply.setCookie(
          PENDING_COOKIE,
          result.pendingToken,
          cookies.pending(req, policy.pendingMs),
        );
        return { next: result.enrolled ? ('totp' as const) : ('enrol' as const) };
      },
    );

    app.get(
      '/api/v1/auth/enrolment',
      {
        config: limited,
        schema: {
          tags: TAGS,
          summary:
            "First sign-in: the account's authenticator secret as a QR code, after the password and until the first code",
          response: { 200: enrolmentReply, 401: errorReply, 409: errorReply, 429: errorReply },
        },
      },
      async (req, reply) => {
        const pending = req.cookies[PENDING_COOKIE];
        const result = pending
          ? await service.enrolment(pending)
          : ({ ok: false, reason: 'no_pending_login' } as const);
        if (!result.ok) {
          return result.reason === 'already_enrolled'
            ? reply.status(409).send({
                error: 'already_enrolled',
                message: 'this account has an authenticator app already; type its code',
              })
            : reply.status(401).send({
                error: 'no_pending_login',
                message: 'log in with username and password first; that step is valid for a few minutes',
              });
        }
        const uri = otpauthUri(result.secret, result.username, result.municipalityId);
        const svg = await otpauthQrSvg(uri);
        // Never kept by a cache: it is the account's second factor.
        void reply.header('cache-control', 'no-store');
        return {
          otpauthUri: uri,
          secret: result.secret,
          qrDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
        };
      },
    );

    app.post(
      '/api/v1/auth/totp',
      {
        config: limited,
        schema: {
          tags: TAGS,
          summary: 'Second factor: the code from the authenticator app; starts the session',
          body: totpBody,
          response: { 200: sessionReply, ...errors },
        },
      },
      async (req, reply) => {
        const pending = req.cookies[PENDING_COOKIE];
        const result = pending
          ? await service.verifyCode(pending, req.body.code, req.ip)
          : ({ ok: false, reason: 'no_pending_login' } as const);
        if (!result.ok) {
          switch (result.reason) {
            case 'locked':
              void reply.clearCookie(PENDING_COOKIE, cookies.pending(req, 0));
              return locked(reply, result.retryAfterS);
            case 'no_pending_login':
              return reply
                .status(401)
                .send({
                  error: 'no_pending_login',
                  message:
                    'log in with username and password first; that step is valid for a few minutes',
                });
            case 'invalid_code':
              return reply
                .status(401)
                .send({
                  error: 'invalid_code',
                  message: 'wrong or already used code; wait for the next one',
                });
          }
        }
        void reply.clearCookie(PENDING_COOKIE, cookies.pending(req, 0));
        void reply.setCookie(SESSION_COOKIE, result.sessionToken, cookies.session(req));
        return { csrfToken: csrfTokenFor(result.sessionToken), me: await me(service, result.actor) };
      },
    );

    app.post(
      '/api/v1/auth/logout',
      { schema: { tags: TAGS, summary: 'End the session', response: { 200: loggedOutReply } } },
      async (req, reply) => {
        const token = req.cookies[SESSION_COOKIE];
        if (token) await service.logout(token, req.ip);
        void reply.clearCookie(SESSION_COOKIE, cookies.session(req));
        return { loggedOut: true as const };
      },
    );

    app.get(
      '/api/v1/auth/csrf',
      {
        schema: {
          tags: TAGS,
          summary: "The session's CSRF token, for the x-csrf-token header of writes",
          response: { 200: csrfReply },
        },
      },
      // eslint-disable-next-line @typescript-eslint/require-await -- route handlers are async
      async (req) => ({ csrfToken: csrfTokenFor(req.cookies[SESSION_COOKIE] ?? '') }),
    );

    app.get(
      '/api/v1/me',
      { schema: { tags: TAGS, summary: 'Who is logged in', response: { 200: meReply } } },
      async (req) => me(service, actorOf(req)),
    );
  };
}
