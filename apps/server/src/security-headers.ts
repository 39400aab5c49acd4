import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

// Security headers on every reply (docs/security.md, "Headers"). The policy fits the web app:
// a React single-page app built by Vite and served from this same origin, which talks only to
// this API, shows QR codes as data:/blob: images, and may install a service worker.

/** The Content-Security-Policy directives; exported so the test reads the same list. */
export function cspDirectives(https: boolean): Record<string, string[] | null> {
  return {
    'default-src': ["'self'"],
    'base-uri': ["'self'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    // Component libraries (Mantine, Emotion) write <style> elements and style attributes at run
    // time; without 'unsafe-inline' the app would render unstyled. Styles cannot run code.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'manifest-src': ["'self'"],
    'worker-src': ["'self'"],
    'object-src': ["'none'"],
    'frame-ancestors': ["'none'"],
    'form-action': ["'self'"],
    // Only where the server is reached over HTTPS: on a plain-HTTP install the browser would
    // rewrite every request to https:// and load nothing.
    'upgrade-insecure-requests': https ? [] : null,
  };
}

export async function securityHeaders(app: FastifyInstance, publicUrl: string | undefined): Promise<void> {
  const https = publicUrl?.startsWith('https:') ?? false;
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: cspDirectives(https) },
    // HSTS tells browsers to use HTTPS only: sent only when the server is reached over HTTPS.
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
}
