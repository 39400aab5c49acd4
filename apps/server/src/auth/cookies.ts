import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'hemma_session';
/** Between the password and the code; only the login routes ever see it. */
export const PENDING_COOKIE = 'hemma_login';

/** The attributes of the two cookies, for the server's public address. */
export interface CookieRules {
  session(req: FastifyRequest): CookieSerializeOptions;
  pending(req: FastifyRequest, maxAgeMs: number): CookieSerializeOptions;
}

/**
 * httpOnly (no script reads it), SameSite=Strict (no other site's page sends it), and Secure
 * whenever the server is reached over HTTPS: always when its public URL is https://, else when
 * this request came over TLS. `request.protocol` believes X-Forwarded-Proto only from a proxy
 * that trustProxy names, so a client cannot talk the server out of Secure or into it.
 */
export function cookieRules(publicUrl: string | undefined): CookieRules {
  const alwaysHttps = publicUrl?.startsWith('https:') ?? false;
  const secure = (req: FastifyRequest): boolean => alwaysHttps || req.protocol === 'https';
  return {
    session: (req) => ({ path: '/', httpOnly: true, sameSite: 'strict', secure: secure(req) }),
    pending: (req, maxAgeMs) => ({
      path: '/api/v1/auth',
      httpOnly: true,
      sameSite: 'strict',
      secure: secure(req),
      maxAge: Math.floor(maxAgeMs / 1000),
    }),
  };
}
