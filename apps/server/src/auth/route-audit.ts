import type { FastifyRequest } from 'fastify';
import type { AuditAction, AuditEntry } from '../audit/audit.service.ts';
import type { AuditKind } from './permissions.ts';

// What the audit log records of a successful call whose service recorded nothing itself. The
// row names the route, the client when the path or body names one, and the object the path
// points at; never the body's content.

function actionOf(kind: Exclude<AuditKind, 'none'>, method: string): AuditAction {
  if (kind === 'read-client') return 'read';
  if (kind === 'export') return 'export';
  return method === 'DELETE' ? 'delete' : 'update';
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value.slice(0, 200) : null;
}

/** `/api/v1/statements/:month/:provider/approve` → `statements`. */
function objectTypeOf(url: string): string {
  return url.split('/')[3] ?? 'api';
}

export function routeAuditEntry(req: FastifyRequest, kind: Exclude<AuditKind, 'none'>, status: number): AuditEntry {
  const url = req.routeOptions.url ?? req.url;
  const params = (req.params ?? {}) as Record<string, unknown>;
  const body = (req.body !== null && typeof req.body === 'object' ? req.body : {}) as Record<string, unknown>;
  const objectType = objectTypeOf(url);
  const clientId =
    text(params.client) ?? text(body.clientId) ?? text(body.client) ?? (objectType === 'clients' ? text(params.id) : null);
  const ids = Object.entries(params)
    .filter(([name]) => name !== 'client')
    .map(([, v]) => text(v))
    .filter((v): v is string => v !== null);
  const query = (req.query ?? {}) as Record<string, unknown>;
  return {
    action: actionOf(kind, req.method),
    clientId,
    objectType,
    objectId: ids.length > 0 ? ids.join('/') : null,
    details: {
      route: `${req.method} ${url}`,
      status,
      ...(text(query.format) !== null && { format: text(query.format)! }),
    },
  };
}
