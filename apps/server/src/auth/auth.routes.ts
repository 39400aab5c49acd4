import rateLimit from '@fastify/rate-limit';
import {
  csrfReply,
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
import {
  PENDING_COOKIE,
  SESSION_COOKIE,
  pendingCookieOptions,
  sessionCookieOptions,
} from './cookies.ts';
import type { AuthPolicy } from './policy.ts';
import { actorOf } from './require-role.ts';
import { csrfTokenFor } from './tokens.ts';

const TAGS = ['auth'];

function me(actor: Omit<Actor, 'ip' | 'userId'>) {
  const { username, role, municipalityId, districtId, providerId, staffId } = actor;
  return { username, role, municipalityId, districtId, providerId, staffId };
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

/** POST login, POST totp, POST logout, GET csrf, GET me. */
export function authRoutes(service: AuthService, policy: AuthPolicy): FastifyPluginAsyncZod {
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
          return reply
            .status(401)
            .send({ error: 'invalid_credentials', message: 'wrong username or password' });
        }
        void reply.setCookie(
          PENDING_COOKIE,
          result.pendingToken,
          pendingCookieOptions(req, policy.pendingMs),
        );
        return { next: 'totp' as const };
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
              void reply.clearCookie(PENDING_COOKIE, pendingCookieOptions(req, 0));
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
        void reply.clearCookie(PENDING_COOKIE, pendingCookieOptions(req, 0));
        void reply.setCookie(SESSION_COOKIE, result.sessionToken, sessionCookieOptions(req));
        return { csrfToken: csrfTokenFor(result.sessionToken), me: me(result.actor) };
      },
    );

    app.post(
      '/api/v1/auth/logout',
      { schema: { tags: TAGS, summary: 'End the session', response: { 200: loggedOutReply } } },
      async (req, reply) => {
        const token = req.cookies[SESSION_COOKIE];
        if (token) await service.logout(token, req.ip);
        void reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(req));
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
      // eslint-disable-next-line @typescript-eslint/require-await -- route handlers are async
      async (req) => me(actorOf(req)),
    );
  };
}
