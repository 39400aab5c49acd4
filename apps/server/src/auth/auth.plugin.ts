import cookie from '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Database } from '../db/connect.ts';
import type { Actor } from './actor.ts';
import type { LoginUser } from './login.repository.ts';
import { createAuthService } from './auth.service.ts';
import { authRoutes } from './auth.routes.ts';
import { SESSION_COOKIE, cookieRules } from './cookies.ts';
import { csrfHeaderMatches, foreignOrigin, isApiV1, isWrite } from './guard.ts';
import { isApiV1Url, PERMISSIONS, routeKey, UndeclaredRouteError, type RouteAccess } from './permissions.ts';
import type { AuthPolicy } from './policy.ts';
import { routeAuditEntry } from './route-audit.ts';
import { hasRecorded, recordAudit } from '../audit/audit.service.ts';
import { passkeyRoutes } from './passkeys/passkeys.routes.ts';
import { createPasskeyService } from './passkeys/passkeys.service.ts';
import { staffDeviceRoutes } from './staff-devices/staff-devices.routes.ts';
import { createStaffDeviceService } from './staff-devices/staff-devices.service.ts';

export { actorOf } from './require-role.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is asking: set from a complete two-factor session, else null. */
    actor: Actor | null;
  }
}

export interface AuthPluginOptions {
  database: Database;
  now: () => Date;
  policy: AuthPolicy;
  /** HEMMA_PUBLIC_URL: an https:// address makes the cookies Secure. */
  publicUrl?: string | undefined;
  /** Declarations of routes beyond the permissions table: tests that add a route of their own. */
  permissions?: Readonly<Record<string, RouteAccess>>;
}

/**
 * The one gate of the API: every request under /api/v1 gets its actor from the session cookie
 * and is refused without a complete two-factor session, unless its route is declared public
 * (permissions.ts). Writes must also come from this origin and carry the session's CSRF token;
 * a role the route's declaration does not name gets 403. Scope then narrows what the actor sees
 * (scope.ts), and a successful call is audited as its declaration says (route-audit.ts).
 */
async function authPlugin(app: FastifyInstance, opts: AuthPluginOptions): Promise<void> {
  await app.register(cookie);
  const service = createAuthService(opts.database.db, opts.now, opts.policy);
  const cookies = cookieRules(opts.publicUrl);
  const table = { ...PERMISSIONS, ...opts.permissions };
  const accessOf = (method: string, url: string | undefined): RouteAccess | undefined =>
    url === undefined ? undefined : table[routeKey(method, url)];
  app.decorateRequest('actor', null);

  // An undeclared route under /api/v1 stops the server while it is being built, naming the route.
  app.addHook('onRoute', (route) => {
    if (!isApiV1Url(route.url)) return;
    for (const method of [route.method].flat()) {
      if (!accessOf(method, route.url)) throw new UndeclaredRouteError(routeKey(method, route.url));
    }
  });

  app.addHook('onRequest', async (req, reply) => {
    if (!isApiV1(req)) return;
    const access = accessOf(req.method, req.routeOptions.url);
    const publicRoute = access?.roles === 'public';
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
    // No route matched (404 follows), or a declared role list that leaves this role out.
    if (access && access.roles !== 'public' && !access.roles.includes(req.actor.role)) {
      return reply.status(403).send({
        error: 'forbidden',
        message: `only ${access.roles.join(', ')} may call ${routeKey(req.method, req.routeOptions.url ?? '')}`,
      });
    }
  });

  // Before the reply leaves: a successful call the service did not log is logged here, and a
  // read that cannot be logged is not delivered (the error handler answers 500 instead).
  app.addHook('onSend', async (req, reply, payload) => {
    if (!req.actor || reply.statusCode < 200 || reply.statusCode >= 300 || !isApiV1(req)) return payload;
    const access = accessOf(req.method, req.routeOptions.url);
    if (!access || access.audit === 'none' || hasRecorded(req.actor)) return payload;
    await recordAudit(opts.database.db, req.actor, routeAuditEntry(req, access.audit, reply.statusCode));
    return payload;
  });

  await app.register(authRoutes(service, opts.policy, cookies));
  const meOf = async (u: LoginUser) => ({
    username: u.username, role: u.role, municipalityId: u.municipality_id, districtId: u.district_id, providerId: u.provider_id, staffId: u.staff_id,
    ...(await service.names({ municipalityId: u.municipality_id, districtId: u.district_id, providerId: u.provider_id })),
  });
  await app.register(passkeyRoutes({
    service: createPasskeyService(opts.database.db, opts.now, opts.policy), policy: opts.policy, cookies, publicUrl: opts.publicUrl, me: meOf,
  }));
  await app.register(staffDeviceRoutes({ service: createStaffDeviceService(opts.database.db, opts.now, opts.policy), policy: opts.policy, cookies, me: meOf }));
}

export default fp(authPlugin, { name: 'hemma-auth', fastify: '5.x' });
