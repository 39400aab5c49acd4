import { ApiError, NetworkError } from './api-error.ts';

// The one way the web app talks to the server: JSON over fetch to /api/v1, the session cookie
// sent by the browser, the CSRF token added to every write, and refusals turned into ApiError.
// When the session has ended (401 outside sign-in) the listeners are told, so the app can go
// back to sign-in while forms keep their drafts.

const BASE = '/api/v1';
type Query = Record<string, string | number | boolean | undefined | null>;

// Their 401 means a wrong password or code, not an ended session.
const SIGN_IN_STEPS = new Set([
  '/auth/login', '/auth/totp', '/auth/enrolment',
  '/auth/passkey/enrol/options', '/auth/passkey/enrol/verify', '/auth/passkey/options', '/auth/passkey/verify',
]);

let csrfToken: string | null = null;
const expiredListeners = new Set<() => void>();

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called whenever the API says the session is gone; returns the unsubscribe. */
export function onSessionExpired(listener: () => void): () => void {
  expiredListeners.add(listener);
  return () => expiredListeners.delete(listener);
}

function url(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const qs = params.toString();
  return `${BASE}${path}${qs ? `?${qs}` : ''}`;
}

async function ensureCsrf(): Promise<string> {
  if (csrfToken) return csrfToken;
  const reply = await request<{ csrfToken: string }>('GET', '/auth/csrf');
  csrfToken = reply.csrfToken;
  return csrfToken;
}

/** A file sent as the request body as it is (an xlsx import), not as JSON. */
class RawBody {
  constructor(
    readonly content: Blob,
    readonly type: string,
  ) {}
}

async function request<T>(method: string, path: string, body?: unknown, query?: Query): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body instanceof RawBody) headers['content-type'] = body.type;
  else if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && !SIGN_IN_STEPS.has(path)) {
    headers['x-csrf-token'] = await ensureCsrf();
  }
  let res: Response;
  try {
    res = await fetch(url(path, query), {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : body instanceof RawBody ? body.content : JSON.stringify(body),
    });
  } catch {
    throw new NetworkError();
  }
  const text = await res.text();
  const parsed: unknown = text ? safeJson(text) : undefined;
  if (!res.ok) {
    const error = ApiError.from(res.status, parsed);
    if (res.status === 401 && !SIGN_IN_STEPS.has(path)) {
      csrfToken = null;
      for (const l of expiredListeners) l();
    }
    throw error;
  }
  return parsed as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { error: 'unknown', message: text.slice(0, 200) };
  }
}

/** Typed by the caller with the contract's reply types (`Reply<typeof clientListReply>`). */
export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', path, undefined, query),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
  upload: <T>(path: string, file: Blob, type: string, query?: Query) =>
    request<T>('POST', path, new RawBody(file, type), query),
};
