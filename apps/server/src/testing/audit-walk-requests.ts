import { randomUUID } from 'node:crypto';
import { XLSX_CONTENT_TYPE } from '@hemma/contract/api';
import ExcelJS from 'exceljs';
import type { Role } from '../auth/actor.ts';

// A working request for every route of the API against example 01 (municipality exempelby,
// district d1, provider p1, staff s1 and s2, client c1 with order o1, month 2016-12), in an
// order where each step finds what it needs: a decision before the order that cites it, a
// submitted statement before its approval. The audit walk (api-audit.test.ts) sends each step
// as every role the route's declaration names. A route added to the API needs a step here.

export interface WalkContext {
  /** Ids taken from earlier replies: `decision`, `order`, `plan`, `deviation`. */
  ids: Map<string, string>;
}

export interface WalkRequest {
  url: string;
  query?: Record<string, string>;
  body?: unknown;
  /** Beside the session's; a body that is not JSON names its type. */
  headers?: Record<string, string>;
}

export interface WalkStep {
  /** The route as declared: `METHOD /path`. */
  route: string;
  request: (role: Role, ctx: WalkContext) => WalkRequest;
  /** Keeps an id from a successful reply for later steps. */
  keep?: (reply: unknown, ctx: WalkContext) => void;
}

const M = '2016-12';
/** The client of the client view's steps and her plan's recurring visit, stored by api-audit.test.ts. */
export const VIEW_CLIENT = 'c-view';
export const PLAN_VISIT = 'pv-walk';
/** A date some days after today in Sweden: the client view asks about coming visits. */
const daysAhead = (days: number): string => new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
const STATEMENT = `/api/v1/statements/${M}/p1`;
const idOf = (name: string) => (reply: unknown, ctx: WalkContext) => {
  const id = (reply as { id?: unknown }).id;
  if (typeof id === 'string') ctx.ids.set(name, id);
};
const id = (ctx: WalkContext, name: string) => ctx.ids.get(name) ?? `no-${name}-yet`;
const PERSONAL_NUMBERS: Partial<Record<Role, string>> = { case_officer: '19400202-0024', admin: '19450303-0035' };
const step = (route: string, request: WalkStep['request'], keep?: WalkStep['keep']): WalkStep => ({ route, request, ...(keep && { keep }) });
const plain = (route: string, body?: unknown, query?: Record<string, string>): WalkStep => {
  const url = route.split(' ')[1]!;
  return step(route, () => ({ url, ...(body !== undefined && { body }), ...(query && { query }) }));
};

/** A deviation sheet of one row for c1 (the import reads the body as bytes). */
async function deviationSheet(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('Avvikelser');
  ws.addRow(['Personnummer', 'Månad', 'Minuter', 'Orsak', 'Kommentar']);
  // January 2017, under the walk's second order: a deviation of the walked month would hold up its approval.
  ws.addRow(['19400101-0018', '2017-01', 15, 'extra', 'Walk']);
  return Buffer.from(await book.xlsx.writeBuffer());
}
const SHEET = await deviationSheet();

/** Arrivals without a leave in the walked month, one per role that registers: the exceptions to resolve. */
const OPEN_ARRIVALS = { staff: '6f1c2a3b-4d5e-4f60-8a71-b82c93d4e5f6', provider_manager: '7a2b3c4d-5e6f-4a70-9b81-c92d03e4f5a6' } as const;

export const WALK: readonly WalkStep[] = [
  plain('GET /api/v1/clients'),
  step('GET /api/v1/clients/:id', () => ({ url: '/api/v1/clients/c1' })),
  step('POST /api/v1/clients', (role) => ({
    url: '/api/v1/clients',
    body: { personalNumber: PERSONAL_NUMBERS[role] ?? '19400101-0018', name: `Walk ${role}`, districtId: 'd1' },
  })),
  step('PATCH /api/v1/clients/:id', (role) => ({ url: '/api/v1/clients/c1', body: { lifeStory: `Told to ${role}` } })),
  step('GET /api/v1/clients/:id/decisions', () => ({ url: '/api/v1/clients/c1/decisions' })),
  step(
    'POST /api/v1/clients/:id/decisions',
    () => ({ url: '/api/v1/clients/c1/decisions', body: { validFrom: '2017-01-01', hoursPerMonth: { personal_care: 10 } } }),
    idOf('decision'),
  ),
  step('GET /api/v1/clients/:id/visits', () => ({ url: '/api/v1/clients/c1/visits', query: { month: M } })),
  step('GET /api/v1/clients/:id/messages', () => ({ url: '/api/v1/clients/c1/messages' })),
  step('POST /api/v1/clients/:id/messages', () => ({ url: '/api/v1/clients/c1/messages', body: { body: 'Hej', providerId: 'p1' } })),
  plain('GET /api/v1/messages/inbox'),
  step('POST /api/v1/clients/:id/messages/read', () => ({ url: '/api/v1/clients/c1/messages/read', body: {} })),
  step('PUT /api/v1/clients/:client/fee-data', () => ({
    url: '/api/v1/clients/c1/fee-data',
    body: { netIncomeOre: 1_200_000, housingCostOre: 600_000 },
  })),
  step('GET /api/v1/clients/:client/fee-data', () => ({ url: '/api/v1/clients/c1/fee-data' })),
  step('DELETE /api/v1/clients/:client/fee-data', () => ({ url: '/api/v1/clients/c1/fee-data' })),

  plain('GET /api/v1/orders'),
  step('GET /api/v1/orders/:id', () => ({ url: '/api/v1/orders/o1' })),
  // o1 ends with the year, so that the new order from 2017 does not overlap it.
  step('POST /api/v1/orders/:id/end', () => ({ url: '/api/v1/orders/o1/end', body: { to: '2016-12-31' } })),
  step(
    'POST /api/v1/orders',
    (_role, ctx) => ({
      url: '/api/v1/orders',
      body: { clientId: 'c1', providerId: 'p1', decisionId: id(ctx, 'decision'), from: '2017-01-01', hoursPerMonth: { personal_care: 10 } },
    }),
    idOf('order'),
  ),
  step('POST /api/v1/orders/:id/accept', (_role, ctx) => ({ url: `/api/v1/orders/${id(ctx, 'order')}/accept`, body: {} })),
  step('PATCH /api/v1/orders/:id', (_role, ctx) => ({ url: `/api/v1/orders/${id(ctx, 'order')}`, body: { hoursPerMonth: { personal_care: 8 } } })),
  step('GET /api/v1/orders/:id/plans', () => ({ url: '/api/v1/orders/o1/plans' })),
  step(
    'POST /api/v1/orders/:id/plans',
    (_role, ctx) => ({ url: `/api/v1/orders/${id(ctx, 'order')}/plans`, body: { validFrom: '2017-01-01', notes: 'Walk' } }),
    idOf('plan'),
  ),
  step('PATCH /api/v1/orders/:id/plans/:planId', (_role, ctx) => ({
    url: `/api/v1/orders/${id(ctx, 'order')}/plans/${id(ctx, 'plan')}`,
    body: { notes: 'Walked' },
  })),
  step('POST /api/v1/orders/:id/end', (_role, ctx) => ({ url: `/api/v1/orders/${id(ctx, 'order')}/end`, body: { to: '2017-06-30' } })),
  step(
    'POST /api/v1/orders',
    (_role, ctx) => ({
      url: '/api/v1/orders',
      body: { clientId: 'c1', providerId: 'p1', decisionId: id(ctx, 'decision'), from: '2018-01-01', to: '2018-01-31', hoursPerMonth: { personal_care: 2 } },
    }),
    idOf('declinable'),
  ),
  step('POST /api/v1/orders/:id/decline', (_role, ctx) => ({ url: `/api/v1/orders/${id(ctx, 'declinable')}/decline`, body: { reason: 'Fullt' } })),

  step('POST /api/v1/deviations', () => ({ url: '/api/v1/deviations', body: { clientId: 'c1', month: M, minutes: -30, reason: 'hospital' } }), idOf('deviation')),
  plain('GET /api/v1/deviations', undefined, { month: M }),
  step('POST /api/v1/deviations/:id/decision', (_role, ctx) => ({
    url: `/api/v1/deviations/${id(ctx, 'deviation')}/decision`,
    body: { decision: 'approved' },
  })),

  step('POST /api/v1/nfc-tags', (role) => ({ url: '/api/v1/nfc-tags', body: { uid: role === 'admin' ? '04a1b2c3' : '04a1b2c4', client: 'c1' } })),
  plain('GET /api/v1/nfc-tags'),
  step('GET /api/v1/nfc-tags/:uid/reads', (role) => ({ url: `/api/v1/nfc-tags/${role === 'admin' ? '04a1b2c3' : '04a1b2c4'}/reads` })),
  step('POST /api/v1/nfc-tags/:uid/retire', (role) => ({ url: `/api/v1/nfc-tags/${role === 'admin' ? '04a1b2c3' : '04a1b2c4'}/retire` })),
  step('POST /api/v1/registrations', (role) => ({
    url: '/api/v1/registrations',
    body: {
      registrations: [
        {
          id: randomUUID(),
          kind: 'arrive',
          method: 'manual',
          client: 'c1',
          reason: 'the tag would not read',
          at: new Date().toISOString(),
          ...(role === 'provider_manager' && { staff: 's2' }),
        },
      ],
    },
  })),
  plain('GET /api/v1/tag-flags'),
  // The staff app, after the walk's staff member has registered at c1 (which brings c1 into her scope).
  plain('GET /api/v1/my-day', undefined, { date: '2016-12-05' }),
  step('GET /api/v1/my-day/clients/:id', () => ({ url: '/api/v1/my-day/clients/c1' })),
  plain('POST /api/v1/staff-notes', { client: 'c1', body: 'Walk' }),
  plain('GET /api/v1/staff-notes', undefined, { client: 'c1' }),
  step('POST /api/v1/staff-devices', () => ({ url: '/api/v1/staff-devices', body: { pin: '2580', label: 'Walk' } }), idOf('device')),
  plain('GET /api/v1/staff-devices'),
  // The staff member signs her phone out; the manager's revoke after it finds it ended and says so.
  step('POST /api/v1/staff-devices/:id/end', (_role, ctx) => ({ url: `/api/v1/staff-devices/${id(ctx, 'device')}/end` })),
  step('POST /api/v1/registrations', (role) => ({
    url: '/api/v1/registrations',
    body: {
      registrations: [{
        id: OPEN_ARRIVALS[role as keyof typeof OPEN_ARRIVALS], kind: 'arrive', method: 'manual', client: 'c1', reason: 'the tag would not read',
        at: role === 'staff' ? '2016-12-24T03:00:00+01:00' : '2016-12-24T04:00:00+01:00', ...(role === 'provider_manager' && { staff: 's2' }),
      }],
    },
  })),
  plain('GET /api/v1/exceptions', undefined, { month: M }),
  plain('POST /api/v1/exceptions/resolve', {
    month: M,
    resolutions: [
      { kind: 'complete_leave', registration: OPEN_ARRIVALS.staff, reason: 'Walk', leaveAt: '2016-12-24T03:30:00+01:00' },
      { kind: 'complete_leave', registration: OPEN_ARRIVALS.provider_manager, reason: 'Walk', leaveAt: '2016-12-24T04:30:00+01:00' },
    ],
  }),
  step('POST /api/v1/deviations/import', () => ({ url: '/api/v1/deviations/import', query: { mode: 'confirm' }, body: SHEET, headers: { 'content-type': XLSX_CONTENT_TYPE } })),
  plain('GET /api/v1/todo', undefined, { month: M }),
  step('GET /api/v1/follow-up/:month', () => ({ url: `/api/v1/follow-up/${M}` })),
  step('GET /api/v1/follow-up/:month/excess', () => ({ url: `/api/v1/follow-up/${M}/excess`, query: { status: 'all' } })),

  plain('GET /api/v1/day-plans', undefined, { date: '2016-12-05', provider: 'p1', iterations: '50' }),
  plain('POST /api/v1/day-plans/recost', { date: '2016-12-05', provider: 'p1', rounds: [] }),
  plain('PUT /api/v1/shifts', { date: '2016-12-05', shifts: [{ staff: 's1', start: '07:00', end: '15:00' }] }),
  plain('GET /api/v1/shifts', undefined, { date: '2016-12-05', provider: 'p1' }),
  step('PUT /api/v1/staff/:staff/shift-pattern', () => ({ url: '/api/v1/staff/s1/shift-pattern', body: { weekly: [{ weekday: 'mon', start: '07:00', end: '15:00' }] } })),
  step('GET /api/v1/staff/:staff/shift-pattern', () => ({ url: '/api/v1/staff/s1/shift-pattern' })),
  step('PUT /api/v1/staff/:staff/shift-exceptions/:date', () => ({ url: '/api/v1/staff/s1/shift-exceptions/2016-12-26', body: { shifts: [], note: 'Annandag' } })),
  step('DELETE /api/v1/staff/:staff/shift-exceptions/:date', () => ({ url: '/api/v1/staff/s1/shift-exceptions/2016-12-26' })),
  step('POST /api/v1/staff/:staff/shift-exceptions', () => ({ url: '/api/v1/staff/s1/shift-exceptions', body: { from: '2016-12-27', to: '2016-12-28', shifts: [], reason: 'sick' } })),
  step('DELETE /api/v1/staff/:staff/shift-exceptions', () => ({ url: '/api/v1/staff/s1/shift-exceptions?from=2016-12-27&to=2016-12-28' })),
  step('GET /api/v1/staff/:staff/shifts', () => ({ url: '/api/v1/staff/s1/shifts?from=2016-12-05&to=2016-12-11' })),
  plain('GET /api/v1/week-plans', undefined, { provider: 'p1', week: '2016-12-05' }),

  step('GET /api/v1/statements/:month/:provider', () => ({ url: STATEMENT })),
  step('PUT /api/v1/statements/:month/:provider/excess/:client/reason', () => ({
    url: `${STATEMENT}/excess/c1/reason`,
    body: { reason: 'Fall i hemmet' },
  })),
  step('POST /api/v1/statements/:month/:provider/submit', () => ({ url: `${STATEMENT}/submit` })),
  step('POST /api/v1/statements/:month/:provider/reopen', () => ({ url: `${STATEMENT}/reopen`, body: { reason: 'Rätta avvikelsen först' } })),
  step('POST /api/v1/statements/:month/:provider/submit', () => ({ url: `${STATEMENT}/submit` })),
  step('POST /api/v1/statements/:month/:provider/approve', () => ({ url: `${STATEMENT}/approve` })),
  step('POST /api/v1/statements/:month/:provider/excess/:client/review', () => ({
    url: `${STATEMENT}/excess/c1/review`,
    body: { decision: 'approved' },
  })),
  step('GET /api/v1/statements/:month/:provider/export', () => ({ url: `${STATEMENT}/export`, query: { format: 'xlsx' } })),
  step('GET /api/v1/statements/:month/payments.csv', () => ({ url: `/api/v1/statements/${M}/payments.csv` })),
  step('GET /api/v1/month-close/:month', () => ({ url: `/api/v1/month-close/${M}` })),
  step('GET /api/v1/what-if', () => ({ url: '/api/v1/what-if', query: { from: M, cap: '100', rates: 'day=+2%' } })),
  step('GET /api/v1/what-if.xlsx', () => ({ url: '/api/v1/what-if.xlsx', query: { from: M, declined: 'care=0,service=0' } })),

  plain('GET /api/v1/fee-model'),
  plain('POST /api/v1/fee-model', { from: '2018-01-01', basis: 'granted', tariff: { kind: 'fixed', ore: 100_000 } }),
  step('PUT /api/v1/prisbasbelopp/:year', () => ({ url: '/api/v1/prisbasbelopp/2027', body: { kronor: 60_000 } })),
  step('GET /api/v1/fees/:month', () => ({ url: `/api/v1/fees/${M}` })),
  // The client view's client has an order under the walk's fee model (from 2018), so a fee decision.
  step('GET /api/v1/clients/:client/fees/:month', () => ({ url: `/api/v1/clients/${VIEW_CLIENT}/fees/2020-01` })),
  step('GET /api/v1/clients/:client/fees/:month/decision', () => ({ url: `/api/v1/clients/${VIEW_CLIENT}/fees/2020-01/decision` })),

  step('GET /api/v1/reports/continuity/:month', () => ({ url: `/api/v1/reports/continuity/${M}` })),
  step('GET /api/v1/reports/continuity-14/:from', () => ({ url: `/api/v1/reports/continuity-14/${M}-01` })),
  step('GET /api/v1/reports/time-at-clients/:month', () => ({ url: `/api/v1/reports/time-at-clients/${M}` })),
  step('GET /api/v1/reports/ordered-performed/:month', () => ({ url: `/api/v1/reports/ordered-performed/${M}` })),
  step('GET /api/v1/reports/declined/:month', () => ({ url: `/api/v1/reports/declined/${M}`, query: { format: 'csv' } })),
  step('GET /api/v1/reports/excess/:month', () => ({ url: `/api/v1/reports/excess/${M}` })),
  step('GET /api/v1/reports/manual-registrations/:month', () => ({ url: `/api/v1/reports/manual-registrations/${M}` })),
  step('GET /api/v1/reports/paid/:month', () => ({ url: `/api/v1/reports/paid/${M}`, query: { format: 'xlsx' } })),
  step('GET /api/v1/reports/trend/:name/:period', () => ({ url: `/api/v1/reports/trend/paid/${M}` })),

  plain('GET /api/v1/audit', undefined, { client: 'c1' }),

  plain('GET /api/v1/municipality'),
  plain('PATCH /api/v1/municipality', { name: 'Exempelby kommun' }),
  plain('GET /api/v1/bands'),
  plain('PUT /api/v1/bands', {
    bands: [
      { id: 'day', from: '07:00', to: '22:00', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], price: 'per_hour' },
      { id: 'night', from: '22:00', to: '07:00', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], price: 'per_visit' },
    ],
  }),
  plain('GET /api/v1/rules'),
  plain('POST /api/v1/rules', { from: '2030-01-01' }),
  plain('GET /api/v1/rates'),
  plain('POST /api/v1/rates', { from: '2030-01-01', price: 'per_hour', ore: 50_000 }),
  plain('GET /api/v1/districts'),
  plain('POST /api/v1/districts', { id: 'd-walk', name: 'Walk' }),
  step('PATCH /api/v1/districts/:district', () => ({ url: '/api/v1/districts/d1', body: { name: 'Norra' } })),
  plain('GET /api/v1/providers'),
  step('GET /api/v1/providers/:provider', () => ({ url: '/api/v1/providers/p1' })),
  plain('POST /api/v1/providers', { id: 'p-walk', name: 'Walk AB', orgNumber: '559876-5435', kind: 'private' }),
  step('PATCH /api/v1/providers/:provider', () => ({ url: '/api/v1/providers/p1', body: { name: 'Omsorg AB' } })),
  step('GET /api/v1/providers/:provider/units', () => ({ url: '/api/v1/providers/p1/units' })),
  step('POST /api/v1/providers/:provider/units', (role) => ({ url: '/api/v1/providers/p1/units', body: { id: `u-${role}`, name: 'Walk' } })),
  step('PATCH /api/v1/providers/:provider/units/:unit', (role) => ({ url: `/api/v1/providers/p1/units/u-${role}`, body: { name: 'Walked' } })),
  plain('GET /api/v1/staff'),
  step('POST /api/v1/staff', (role) => ({ url: '/api/v1/staff', body: { id: `s-${role}`, provider: 'p1', name: 'Walk Walker' } })),
  step('PATCH /api/v1/staff/:staff', () => ({ url: '/api/v1/staff/s2', body: { name: 'Bo Berg' } })),
  plain('GET /api/v1/users'),
  step('POST /api/v1/users', () => ({ url: '/api/v1/users', body: { username: 'walk-user', password: 'a long enough walking password', role: 'finance' } }), idOf('user')),
  step('POST /api/v1/users/:user/lock', (_, ctx) => ({ url: `/api/v1/users/${id(ctx, 'user')}/lock` })),
  step('POST /api/v1/users/:user/unlock', (_, ctx) => ({ url: `/api/v1/users/${id(ctx, 'user')}/unlock` })),
  step('POST /api/v1/users/:user/reset-second-factor', (_, ctx) => ({ url: `/api/v1/users/${id(ctx, 'user')}/reset-second-factor` })),
  step('GET /api/v1/providers/:provider/requirements', () => ({ url: '/api/v1/providers/p1/requirements' })),
  step('PUT /api/v1/providers/:provider/requirements/:requirement', () => ({
    url: '/api/v1/providers/p1/requirements/work_clothes',
    body: { fulfilled: true, checkedOn: '2016-11-01', note: 'Seen at the visit' },
  })),
  plain('GET /api/v1/bands/week', undefined, { date: '2016-12-24' }),
  plain('GET /api/v1/settings/changes', undefined, { from: '2030-01-01' }),
  plain('GET /api/v1/audit/verify'),
  plain('POST /api/v1/users', { username: 'walk-user', password: 'a long enough walking password', role: 'finance' }),

  // The client's own view: VIEW_CLIENT's account and a relative's are made by api-audit.test.ts,
  // with an order and a plan (PLAN_VISIT, every day) so that coming visits can be asked about.
  step('POST /api/v1/clients/:id/access', () => ({
    url: `/api/v1/clients/${VIEW_CLIENT}/access`,
    body: { kind: 'relative', name: 'Walk Anhörig', relation: 'son', consentBy: 'Vera Vy', consentHow: 'in_person', consentAt: '2026-11-01' },
  }), (reply, ctx) => {
    const access = (reply as { access?: { id?: unknown } }).access;
    if (typeof access?.id === 'string') ctx.ids.set('access', access.id);
  }),
  step('GET /api/v1/clients/:id/access', () => ({ url: `/api/v1/clients/${VIEW_CLIENT}/access` })),
  step('POST /api/v1/client-access/:id/code', (_role, ctx) => ({ url: `/api/v1/client-access/${id(ctx, 'access')}/code`, body: {} })),
  plain('GET /api/v1/my/overview'),
  // Any month of the order under the walk's fee model (from 2018).
  step('GET /api/v1/my/fee-decisions/:month', () => ({ url: '/api/v1/my/fee-decisions/2020-01' })),
  plain('POST /api/v1/my/messages', { to: 'case_officer', body: 'Hej från walken' }),
  step('POST /api/v1/my/visit-requests', (role) => ({
    url: '/api/v1/my/visit-requests',
    body: { planVisitId: PLAN_VISIT, date: daysAhead(role === 'client' ? 1 : 2), kind: 'cancel' },
  }), idOf('visitRequest')),
  plain('GET /api/v1/visit-requests', undefined, { status: 'pending' }),
  step('POST /api/v1/visit-requests/:id/decision', (_role, ctx) => ({ url: `/api/v1/visit-requests/${id(ctx, 'visitRequest')}/decision`, body: { decision: 'confirmed' } })),
  step('POST /api/v1/client-access/:id/end', (_role, ctx) => ({ url: `/api/v1/client-access/${id(ctx, 'access')}/end`, body: {} })),
];
