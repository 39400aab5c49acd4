import cookie from '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Database } from '../db/connect.ts';
import type { Actor } from './actor.ts';
import { createAuthService } from './auth.service.ts';
import { authRoutes } from './auth.routes.ts';
import { SESSION_COOKIE, cookieRules } from './cookies.ts';
import { csrfHeaderMatches, foreignOrigin, isApiV1, isWrite } from './guard.ts';
import type { AuthPolicy } from './policy.ts';

export { requireRole, actorOf } from './require-role.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is asking: set from a complete two-factor session, else null. */
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** 'public': reachable under /api/v1 without a session (login and code only). */
    auth?: 'public';
  }
}

export interface AuthPluginOptions {
  database: Database;
  now: () => Date;
  policy: AuthPolicy;
  /** HEMMA_PUBLIC_URL: an https:// address makes the cookies Secure. */
  publicUrl?: string | undefined;
}

/**
 * The one gate of the API: every request under /api/v1 gets its actor from the session cookie
 * and is refused without a complete two-factor session, unless its route says `auth: 'public'`.
 * Writes must also come from this origin and carry the session's CSRF token. Scope then
 * narrows what the actor sees (scope.ts).
 */
async function authPlugin(app: FastifyInstance, opts: AuthPluginOptions): Promise<void> {
  await app.register(cookie);
  const service = createAuthService(opts.database.db, opts.now, opts.policy);
  const cookies = cookieRules(opts.publicUrl);
  app.decorateRequest('actor', null);

  app.addHook('onRequest', async (req, reply) => {
    if (!isApiV1(req)) return;
    const publicRoute = req.routeOptions.config.auth === 'public';
    if (isWrite(req) && foreignOrigin(req)) {
      return reply
        .status(403)
        .send({ error: 'csrf', message: 'a write from another origin is refused' });
    }
    const token = req.cookies[SESSION_COOKIE];
    req.actor = token ? await service.resolve(token, req.ip) : null;
    if (publicRoute) return;
    if (!req.actor || !token) {
      if (token) void reply.clearCookie(SESSION_COOKIE, cookies.session(req));
      return reply
        .status(401)
        .send({
          error: 'unauthenticated',
          message: 'log in with password and code first (POST /api/v1/auth/login)',
        });
    }
    if (isWrite(req) && !csrfHeaderMatches(req, token)) {
      return reply
        .status(403)
        .send({
          error: 'csrf',
          message: 'send the token of GET /api/v1/auth/csrf in the x-csrf-token header',
        });
    }
  });

  await app.register(authRoutes(service, opts.policy, cookies));
}

export default fp(authPlugin, { name: 'hemma-auth', fastify: '5.x' });
