import type { FastifyInstance, RouteOptions } from 'fastify';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import type { Database } from '../db/connect.ts';

export interface KnownRoute {
  method: string;
  url: string;
  params: string[];
}

// Routes that are not about anyone's data, or that are the way in: walked by their own tests.
const OUTSIDE = [/^\/docs/, /^\/api\/health$/, /^\/api\/v1\/auth\//, /^\/api\/v1\/me$/];

/** Builds the app and lists every route under /api/v1 it serves (HEAD routes left out). */
export async function appWithRoutes(database: Database): Promise<{ app: FastifyInstance; routes: KnownRoute[] }> {
  const routes: KnownRoute[] = [];
  const app = await buildApp(loadConfig({}), database, {
    auth: { rateLimit: { max: 100_000, windowMs: 60_000 } },
    onRoute: (r: RouteOptions) => {
      const methods = Array.isArray(r.method) ? r.method : [r.method];
      for (const method of methods) {
        if (method === 'HEAD' || OUTSIDE.some((p) => p.test(r.url))) continue;
        routes.push({ method, url: r.url, params: [...r.url.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]!) });
      }
    },
  });
  await app.ready();
  return { app, routes };
}

export function fillPath(url: string, values: (param: string, segmentBefore: string) => string): string {
  const parts = url.split('/');
  return parts.map((p, i) => (p.startsWith(':') ? encodeURIComponent(values(p.slice(1), parts[i - 1] ?? '')) : p)).join('/');
}
