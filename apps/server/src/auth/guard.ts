import type { FastifyRequest } from 'fastify';
import { csrfTokenFor, sameSecret } from './tokens.ts';

// The checks the auth plugin makes on each request, kept apart from Fastify's wiring.

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Is this request under /api/v1? Both the raw path and the route it matched are asked, so an
 * encoded or oddly written path cannot reach a /api/v1 route without being counted as one.
 */
export function isApiV1(req: FastifyRequest): boolean {
  const path = req.url.split('?', 1)[0] ?? '';
  const route = req.routeOptions.url ?? '';
  return [path, route].some((p) => p === '/api/v1' || p.startsWith('/api/v1/'));
}

export function isWrite(req: FastifyRequest): boolean {
  return !SAFE_METHODS.has(req.method);
}

/**
 * A write sent from a page on another origin is refused whatever cookies it carries. Browsers
 * send Origin on every cross-origin POST and on same-origin writes too; tools that send none
 * (curl, tests) still need the session cookie and, for writes, the CSRF token.
 */
export function foreignOrigin(req: FastifyRequest): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  try {
    // Both through URL, so a default port written out (host:80) compares equal to none.
    return new URL(origin).host !== new URL(`${req.protocol}://${req.host}`).host;
  } catch {
    return true;
  }
}

/** The double-submit check: the header must carry the token derived from this session's cookie. */
export function csrfHeaderMatches(req: FastifyRequest, sessionToken: string): boolean {
  const header = req.headers['x-csrf-token'];
  return typeof header === 'string' && sameSecret(header, csrfTokenFor(sessionToken));
}
