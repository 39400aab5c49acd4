import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { entryFor } from './web-entries.ts';

// Serves the built web app (apps/web/dist) beside the API: files as they are, and for a browser
// asking for a page that is no file (a deep link such as /klienter/123) the page of its entry,
// so the app's router takes over. The API and its documentation never fall back to a page.

const NOT_PAGES = ['/api', '/docs'];

function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

/** Whether a request is a browser navigation that the app's router should answer. */
export function wantsPage(req: FastifyRequest): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const path = req.url.split('?', 1)[0] ?? '/';
  if (NOT_PAGES.some((p) => isUnder(path, p))) return false;
  const accept = req.headers.accept ?? '';
  return accept.includes('text/html');
}

/**
 * Registers the static files when `dir` holds a built app. Returns whether it did, so the caller
 * can say so at start-up. `notFound` answers whatever the fallback does not.
 */
export async function serveWeb(
  app: FastifyInstance,
  dir: string,
  notFound: (req: FastifyRequest, reply: FastifyReply) => unknown,
): Promise<boolean> {
  if (!existsSync(join(dir, 'index.html'))) {
    app.setNotFoundHandler(notFound);
    return false;
  }
  await app.register(fastifyStatic, {
    root: dir,
    prefix: '/',
    index: ['index.html'],
    wildcard: true,
    cacheControl: false,
    // The build writes .br and .gz beside its text files (apps/web/build/precompress.ts).
    preCompressed: true,
    // Bundles carry a content hash in their names: cache them for good. Pages must be asked again.
    setHeaders: (res, path) => {
      res.setHeader(
        'cache-control',
        path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?', 1)[0] ?? '/';
    const entry = wantsPage(req) ? entryFor(path) : undefined;
    if (entry && existsSync(join(dir, entry.page))) {
      return reply.header('cache-control', 'no-cache').type('text/html').sendFile(entry.page);
    }
    return notFound(req, reply);
  });
  return true;
}
