import type { FastifyInstance, RouteOptions } from 'fastify';
import { z } from 'zod';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import type { Database } from '../db/connect.ts';

export interface KnownRoute {
  method: string;
  url: string;
  params: string[];
  /** Fields of the body that name another stored object (`registrations[].corrects`, `clientId`). */
  bodyRefs: string[];
}

// A body field that names a stored object by its id: these must pass the same scope as an id
// in the path. A bare `id` names the object being created, not a reference.
const REFERENCE = /^(client|provider|staff|order|decision|district|unit|tag|uid|corrects)(Id)?$|StaffId$/;

interface JsonSchema {
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

/** The reference fields of a JSON schema, as paths (`shifts[].staff`). */
export function referenceFields(schema: JsonSchema, at = ''): string[] {
  const found: string[] = [];
  for (const [name, sub] of Object.entries(schema.properties ?? {})) {
    const path = at === '' ? name : `${at}.${name}`;
    // An enum (a decision's 'approved') names a value, not an object.
    if (REFERENCE.test(name) && sub.enum === undefined) found.push(path);
    found.push(...referenceFields(sub, path));
  }
  if (schema.items) found.push(...referenceFields(schema.items, `${at}[]`));
  for (const alt of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])]) found.push(...referenceFields(alt, at));
  return [...new Set(found)];
}

function bodyRefsOf(route: RouteOptions): string[] {
  const body = route.schema?.body;
  if (!(body instanceof z.ZodType)) return [];
  return referenceFields(z.toJSONSchema(body, { io: 'input', unrepresentable: 'any' }) as JsonSchema);
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
        // The built web app's files and history fallback (present once `apps/web/dist` exists) are no API.
        if (method === 'HEAD' || !r.url.startsWith('/api/') || OUTSIDE.some((p) => p.test(r.url))) continue;
        routes.push({ method, url: r.url, params: [...r.url.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]!), bodyRefs: bodyRefsOf(r) });
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
