import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor, Role } from './actor.ts';

/**
 * A preHandler that lets only the given roles through: 403 for the others. The auth plugin has
 * already refused requests without a session; the 401 here is for routes outside /api/v1.
 */
export function requireRole(...roles: Role[]) {
  return async (req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> => {
    if (!req.actor)
      return reply
        .status(401)
        .send({ error: 'unauthenticated', message: 'log in with password and code first' });
    if (!roles.includes(req.actor.role)) {
      return reply
        .status(403)
        .send({ error: 'forbidden', message: `only ${roles.join(', ')} may do this` });
    }
    return undefined;
  };
}

/** The actor of a request the auth plugin let through; a route under /api/v1 always has one. */
export function actorOf(req: FastifyRequest): Actor {
  if (!req.actor)
    throw new Error(`no actor on ${req.method} ${req.url}: is the route outside /api/v1?`);
  return req.actor;
}
