import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'hemma_session';
/** Between the password and the code; only the login routes ever see it. */
export const PENDING_COOKIE = 'hemma_login';

/**
 * httpOnly (no script reads it), SameSite=Strict (no other site's page sends it), Secure when the
 * request came over TLS (request.protocol honours X-Forwarded-Proto only behind a trusted proxy).
 */
export function sessionCookieOptions(req: FastifyRequest): CookieSerializeOptions {
  return { path: '/', httpOnly: true, sameSite: 'strict', secure: req.protocol === 'https' };
}

export function pendingCookieOptions(
  req: FastifyRequest,
  maxAgeMs: number,
): CookieSerializeOptions {
  return {
    path: '/api/v1/auth',
    httpOnly: true,
    sameSite: 'strict',
    secure: req.protocol === 'https',
    maxAge: Math.floor(maxAgeMs / 1000),
  };
}
