import type { FastifyRequest } from 'fastify';
import type { Actor } from './actor.ts';

/** The actor of a request the auth plugin let through; a route under /api/v1 always has one. */
export function actorOf(req: FastifyRequest): Actor {
  if (!req.actor)
    throw new Error(`no actor on ${req.method} ${req.url}: is the route outside /api/v1?`);
  return req.actor;
}
