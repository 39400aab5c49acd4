import type { Role } from './actor.ts';

// The one permissions table of the API: for every route under /api/v1, who may call it and what
// the audit log records of a successful call. The auth gate (auth.plugin.ts) refuses other roles
// with 403 before the handler runs, and the route audit (route-audit.ts) records the call when
// the service did not. A route missing here stops the server at start-up, naming the route.

/**
 * - `read-client`: a successful call shows a client's personal data (DOMAIN.md §6): logged as `read`.
 * - `export`: hands out a file that carries client or payment data: logged as `export`.
 * - `change`: a successful call changes something: logged as `update` (`delete` for DELETE).
 * - `none`: neither (settings, the register of providers, who am I); logins log themselves.
 */
export type AuditKind = 'read-client' | 'export' | 'change' | 'none';

export interface RouteAccess {
  /** The roles that may call it; `public` needs no session (login and code only). */
  roles: readonly Role[] | 'public';
  audit: AuditKind;
}

const ALL: readonly Role[] = ['admin', 'case_officer', 'finance', 'provider_manager', 'staff'];
const OFFICE: readonly Role[] = ['admin', 'case_officer', 'finance', 'provider_manager'];
const MANAGERS: readonly Role[] = ['admin', 'provider_manager'];
const ADMIN: readonly Role[] = ['admin'];
const FINANCE: readonly Role[] = ['finance'];
const CASE_OFFICER: readonly Role[] = ['case_officer'];
const PROVIDER: readonly Role[] = ['provider_manager'];
/** The client's own view: a client and her relatives, each scoped to the one client (scope.ts). */
const CLIENT_VIEW: readonly Role[] = ['client', 'relative'];
const EVERYONE: readonly Role[] = [...ALL, ...CLIENT_VIEW];

const r = (roles: RouteAccess['roles'], audit: AuditKind): RouteAccess => ({ roles, audit });

/** Keyed by `METHOD /path` exactly as the route is registered. */
export const PERMISSIONS: Readonly<Record<string, RouteAccess>> = {
  // Login, session, who am I. Login events are recorded by the login service itself.
  'POST /api/v1/auth/login': r('public', 'none'),
  'POST /api/v1/auth/totp': r('public', 'none'),
  // First sign-in only: the pending login's cookie decides, not a session.
  'GET /api/v1/auth/enrolment': r('public', 'none'),
  // Passkeys (docs/client-view.md): the one-time code or the passkey itself is the way in.
  'POST /api/v1/auth/passkey/enrol/options': r('public', 'none'),
  'POST /api/v1/auth/passkey/enrol/verify': r('public', 'none'),
  'POST /api/v1/auth/passkey/options': r('public', 'none'),
  'POST /api/v1/auth/passkey/verify': r('public', 'none'),
  'POST /api/v1/auth/logout': r(EVERYONE, 'none'),
  'GET /api/v1/auth/csrf': r(EVERYONE, 'none'),
  'GET /api/v1/me': r(EVERYONE, 'none'),

  // Clients and their care: staff reach the clients of their own visits (scope.ts).
  'GET /api/v1/clients': r(ALL, 'read-client'),
  'GET /api/v1/clients/:id': r(ALL, 'read-client'),
  'POST /api/v1/clients': r(['case_officer', 'admin'], 'change'),
  'PATCH /api/v1/clients/:id': r(['case_officer', 'admin', 'provider_manager'], 'change'),
  'GET /api/v1/clients/:id/decisions': r(['case_officer', 'admin', 'finance'], 'read-client'),
  'POST /api/v1/clients/:id/decisions': r(CASE_OFFICER, 'change'),
  'GET /api/v1/clients/:id/visits': r(OFFICE, 'read-client'),
  'GET /api/v1/clients/:id/messages': r(['case_officer', 'provider_manager'], 'read-client'),
  'POST /api/v1/clients/:id/messages': r(['case_officer', 'provider_manager'], 'change'),
  'POST /api/v1/clients/:id/messages/read': r(['case_officer', 'provider_manager'], 'change'),
  'GET /api/v1/messages/inbox': r(['case_officer', 'provider_manager'], 'read-client'),
  'GET /api/v1/clients/:client/fee-data': r(FINANCE, 'read-client'),
  'PUT /api/v1/clients/:client/fee-data': r(FINANCE, 'change'),
  'DELETE /api/v1/clients/:client/fee-data': r(FINANCE, 'change'),
  'GET /api/v1/clients/:client/fees/:month': r(['case_officer', 'admin', 'finance'], 'read-client'),
  'GET /api/v1/clients/:client/fees/:month/decision': r(['case_officer', 'admin', 'finance'], 'export'),

  'GET /api/v1/orders': r(OFFICE, 'read-client'),
  'GET /api/v1/orders/:id': r(OFFICE, 'read-client'),
  'POST /api/v1/orders': r(CASE_OFFICER, 'change'),
  'POST /api/v1/orders/:id/accept': r(PROVIDER, 'change'),
  'POST /api/v1/orders/:id/decline': r(PROVIDER, 'change'),
  'PATCH /api/v1/orders/:id': r(CASE_OFFICER, 'change'),
  'POST /api/v1/orders/:id/end': r(CASE_OFFICER, 'change'),
  'GET /api/v1/orders/:id/plans': r(['provider_manager', 'staff', 'case_officer', 'admin'], 'read-client'),
  'POST /api/v1/orders/:id/plans': r(PROVIDER, 'change'),
  'PATCH /api/v1/orders/:id/plans/:planId': r(PROVIDER, 'change'),

  'POST /api/v1/deviations': r(PROVIDER, 'change'),
  'GET /api/v1/deviations': r(OFFICE, 'read-client'),
  'POST /api/v1/deviations/:id/decision': r(CASE_OFFICER, 'change'),
  'POST /api/v1/deviations/import': r(PROVIDER, 'change'),

  // Registrations from phones and the tags they read.
  'POST /api/v1/registrations': r(['staff', 'provider_manager'], 'change'),
  'GET /api/v1/tag-flags': r(MANAGERS, 'read-client'),
  'POST /api/v1/nfc-tags': r(MANAGERS, 'change'),
  'POST /api/v1/nfc-tags/:uid/retire': r(MANAGERS, 'change'),
  'GET /api/v1/nfc-tags': r(MANAGERS, 'read-client'),
  'GET /api/v1/nfc-tags/:uid/reads': r(MANAGERS, 'read-client'),

  // Planning: a day plan shows clients' visits and addresses.
  'GET /api/v1/day-plans': r(MANAGERS, 'read-client'),
  'POST /api/v1/day-plans/recost': r(MANAGERS, 'read-client'),
  'PUT /api/v1/shifts': r(MANAGERS, 'change'),
  // Shifts and their weekly patterns name staff, never clients.
  'GET /api/v1/shifts': r(MANAGERS, 'none'),
  'GET /api/v1/staff/:staff/shift-pattern': r(MANAGERS, 'none'),
  'PUT /api/v1/staff/:staff/shift-pattern': r(MANAGERS, 'change'),
  'PUT /api/v1/staff/:staff/shift-exceptions/:date': r(MANAGERS, 'change'),
  'DELETE /api/v1/staff/:staff/shift-exceptions/:date': r(MANAGERS, 'change'),
  'POST /api/v1/staff/:staff/shift-exceptions': r(MANAGERS, 'change'),
  'DELETE /api/v1/staff/:staff/shift-exceptions': r(MANAGERS, 'change'),
  'GET /api/v1/staff/:staff/shifts': r(MANAGERS, 'none'),
  // The week plan names the clients each staff member visits: one list row naming each client shown.
  'GET /api/v1/week-plans': r(MANAGERS, 'read-client'),

  // The office web app's views: the start page, follow-up of a district, a month's exceptions.
  'GET /api/v1/todo': r(ALL, 'read-client'),
  'GET /api/v1/follow-up/:month': r(['case_officer', 'admin', 'finance'], 'read-client'),
  'GET /api/v1/follow-up/:month/excess': r(['case_officer', 'admin', 'finance'], 'read-client'),
  'GET /api/v1/exceptions': r(PROVIDER, 'read-client'),
  'POST /api/v1/exceptions/resolve': r(PROVIDER, 'change'),

  // Month close: statements name clients line by line.
  'GET /api/v1/statements/:month/:provider': r(['finance', 'admin', 'provider_manager'], 'read-client'),
  'PUT /api/v1/statements/:month/:provider/excess/:client/reason': r(PROVIDER, 'change'),
  'POST /api/v1/statements/:month/:provider/submit': r(PROVIDER, 'change'),
  'POST /api/v1/statements/:month/:provider/excess/:client/review': r(CASE_OFFICER, 'change'),
  'POST /api/v1/statements/:month/:provider/approve': r(FINANCE, 'change'),
  'POST /api/v1/statements/:month/:provider/reopen': r(FINANCE, 'change'),
  'GET /api/v1/statements/:month/:provider/export': r(FINANCE, 'export'),
  'GET /api/v1/statements/:month/payments.csv': r(FINANCE, 'export'),
  // Finance's month-close board: blockers name clients.
  'GET /api/v1/month-close/:month': r(['finance', 'admin'], 'read-client'),
  // What if (docs/what-if.md): computed in memory, nothing written; per-client rows.
  'GET /api/v1/what-if': r(['finance', 'admin'], 'read-client'),
  'GET /api/v1/what-if.xlsx': r(['finance', 'admin'], 'export'),

  // Fees.
  'GET /api/v1/fee-model': r(['finance', 'admin'], 'none'),
  'POST /api/v1/fee-model': r(['finance', 'admin'], 'change'),
  'PUT /api/v1/prisbasbelopp/:year': r(ADMIN, 'change'),
  'GET /api/v1/fees/:month': r(FINANCE, 'read-client'),

  // Follow-up reports (docs/reports.md): client rows narrowed to the reader's scope; the service
  // logs each client row shown.
  'GET /api/v1/reports/continuity/:month': r(OFFICE, 'read-client'),
  'GET /api/v1/reports/continuity-14/:from': r(OFFICE, 'read-client'),
  'GET /api/v1/reports/time-at-clients/:month': r(OFFICE, 'read-client'),
  'GET /api/v1/reports/ordered-performed/:month': r(OFFICE, 'read-client'),
  'GET /api/v1/reports/declined/:month': r(OFFICE, 'read-client'),
  'GET /api/v1/reports/excess/:month': r(OFFICE, 'read-client'),
  'GET /api/v1/reports/manual-registrations/:month': r(OFFICE, 'read-client'),
  'GET /api/v1/reports/paid/:month': r(OFFICE, 'read-client'),
  // The trend holds the municipality's and the reader's district or provider figure, no client rows.
  'GET /api/v1/reports/trend/:name/:period': r(OFFICE, 'none'),

  // The audit log's review view: a search shows who saw which client.
  'GET /api/v1/audit': r(ADMIN, 'read-client'),
  // The chain's verification names no client: heads and hashes only.
  'GET /api/v1/audit/verify': r(ADMIN, 'none'),

  // The municipality, its settings and register.
  'GET /api/v1/municipality': r(ALL, 'none'),
  'PATCH /api/v1/municipality': r(ADMIN, 'change'),
  'GET /api/v1/bands': r(OFFICE, 'none'),
  'PUT /api/v1/bands': r(ADMIN, 'change'),
  'GET /api/v1/rules': r(OFFICE, 'none'),
  'POST /api/v1/rules': r(ADMIN, 'change'),
  'GET /api/v1/rates': r(OFFICE, 'none'),
  'POST /api/v1/rates': r(ADMIN, 'change'),
  'GET /api/v1/bands/week': r(['admin', 'finance'], 'none'),
  'GET /api/v1/settings/changes': r(['admin', 'finance'], 'none'),
  'GET /api/v1/districts': r(ALL, 'none'),
  'POST /api/v1/districts': r(ADMIN, 'change'),
  'PATCH /api/v1/districts/:district': r(ADMIN, 'change'),
  'GET /api/v1/providers': r(ALL, 'none'),
  'GET /api/v1/providers/:provider': r(ALL, 'none'),
  'POST /api/v1/providers': r(ADMIN, 'change'),
  'PATCH /api/v1/providers/:provider': r(ADMIN, 'change'),
  'GET /api/v1/providers/:provider/requirements': r(ADMIN, 'none'),
  'PUT /api/v1/providers/:provider/requirements/:requirement': r(ADMIN, 'change'),
  'GET /api/v1/providers/:provider/units': r(MANAGERS, 'none'),
  'POST /api/v1/providers/:provider/units': r(MANAGERS, 'change'),
  'PATCH /api/v1/providers/:provider/units/:unit': r(MANAGERS, 'change'),
  'GET /api/v1/staff': r(MANAGERS, 'none'),
  'POST /api/v1/staff': r(MANAGERS, 'change'),
  'PATCH /api/v1/staff/:staff': r(MANAGERS, 'change'),
  'GET /api/v1/users': r(ADMIN, 'none'),
  'POST /api/v1/users': r(ADMIN, 'change'),

  // The staff phone app (docs/staff-app.md).
  'GET /api/v1/my-day': r(['staff'], 'read-client'),
  'GET /api/v1/my-day/clients/:id': r(['staff'], 'read-client'),
  'POST /api/v1/staff-notes': r(['staff', 'provider_manager'], 'change'),
  'GET /api/v1/staff-notes': r(PROVIDER, 'read-client'),
  // A phone signed in for the working day: the services log what they do (created, unlocked, ended).
  'POST /api/v1/staff-devices': r(['staff'], 'change'),
  'POST /api/v1/auth/device-unlock': r('public', 'none'),
  'GET /api/v1/staff-devices': r(PROVIDER, 'none'),
  'POST /api/v1/staff-devices/:id/end': r(['staff', 'provider_manager'], 'change'),
  'POST /api/v1/users/:user/lock': r(ADMIN, 'change'),
  'POST /api/v1/users/:user/unlock': r(ADMIN, 'change'),
  'POST /api/v1/users/:user/reset-second-factor': r(ADMIN, 'change'),
  // The client's own view (docs/client-view.md). Access is given on the client's page; a code
  // can be handed over (and an account reset) by the case officer or the client's provider.
  'GET /api/v1/clients/:id/access': r(['case_officer', 'provider_manager'], 'read-client'),
  'POST /api/v1/clients/:id/access': r(CASE_OFFICER, 'change'),
  'POST /api/v1/client-access/:id/code': r(['case_officer', 'provider_manager'], 'change'),
  'POST /api/v1/client-access/:id/end': r(CASE_OFFICER, 'change'),
  'GET /api/v1/my/overview': r(CLIENT_VIEW, 'read-client'),
  'GET /api/v1/my/fee-decisions/:month': r(CLIENT_VIEW, 'export'),
  'POST /api/v1/my/messages': r(CLIENT_VIEW, 'change'),
  'POST /api/v1/my/visit-requests': r(CLIENT_VIEW, 'change'),
  'GET /api/v1/visit-requests': r(['provider_manager', 'case_officer'], 'read-client'),
  'POST /api/v1/visit-requests/:id/decision': r(PROVIDER, 'change'),
};

/** The key of a route in the table. HEAD is answered by the GET route and declared with it. */
export function routeKey(method: string, url: string): string {
  return `${method === 'HEAD' ? 'GET' : method} ${url}`;
}

export function isApiV1Url(url: string): boolean {
  return url === '/api/v1' || url.startsWith('/api/v1/');
}

export class UndeclaredRouteError extends Error {
  constructor(key: string) {
    super(
      `route ${key} has no declaration: add it to PERMISSIONS in apps/server/src/auth/permissions.ts ` +
        `with the roles that may call it and what it audits ('read-client', 'export', 'change' or 'none')`,
    );
  }
}
