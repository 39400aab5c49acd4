import { BlockedError, BusyError, ConflictError, ForbiddenError, InvalidError, NotFoundError, UnprocessableError } from './errors.ts';

export interface ErrorBody {
  error: string;
  message: string;
  path?: string;
  blockers?: unknown[];
}

/** The one place where a service's error kind becomes an HTTP status; undefined for unknown errors. */
export function httpError(err: unknown): { status: number; body: ErrorBody; headers?: Record<string, string> } | undefined {
  if (err instanceof NotFoundError) return { status: 404, body: { error: 'not_found', message: err.message } };
  if (err instanceof ForbiddenError) return { status: 403, body: { error: 'forbidden', message: err.message } };
  if (err instanceof BlockedError) return { status: 409, body: { error: 'blocked', message: err.message, blockers: [...err.blockers] } };
  if (err instanceof ConflictError) return { status: 409, body: { error: 'conflict', message: err.message } };
  if (err instanceof BusyError) {
    const status = err.who === 'municipality' ? 429 : 503;
    return { status, body: { error: status === 429 ? 'too_many_jobs' : 'busy', message: err.message }, headers: { 'retry-after': String(err.retryAfterS) } };
  }
  if (err instanceof UnprocessableError) return { status: 422, body: { error: err.code, message: err.message, path: err.path } };
  if (err instanceof InvalidError) {
    return { status: 400, body: { error: 'invalid', message: err.message, ...(err.path !== undefined && { path: err.path }) } };
  }
  return undefined;
}
