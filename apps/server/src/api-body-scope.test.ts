import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from './auth/actor.ts';
import { importScenario } from './modules/scenario/import.service.ts';
import { appWithRoutes, type KnownRoute } from './testing/every-route.ts';
import { readExample } from './testing/fixtures.ts';
import { loginAs, type Session } from './testing/login.ts';
import { municipalityB } from './testing/municipality-b.ts';
import { openTestDatabase, type TestDatabase } from './testing/test-db.ts';

// The scope walk of api-scope.test.ts aims ids in the path at another party's objects; this one
// aims the ids inside bodies. Every body field that names a stored object (every-route.ts finds
// them in the route schemas) is tried, for a role that may use the route, with one other
// party's object while the rest of the body is the caller's own: it must be refused and store
// nothing. The same body with the caller's own object must then succeed, so the refusal came
// from the reference and not from something else wrong with the body. A new route with a
// reference in its body fails the coverage check until it is added here.
//
// Municipality A is example 04 with a second district (d2: client c3) and a second provider
// (p2: staff s9, client c4 by order o4). Staff s1, manager of p1 and case officer of d1 are
// aimed at p2's and d2's objects; A's admin at municipality B's.

const A = 'avgiftsby';
const DAY = '2026-11-20';
const TAG_C1 = '04:a1:00:00:00:00:01';
const TAG_C4 = '04:a1:00:00:00:00:04';
const OWN_REGISTRATION = '00000000-0000-4000-8000-000000000001';
const P2_REGISTRATION = '00000000-0000-4000-8000-000000000009';
/** c1's request to cancel a visit of plan-a, waiting for p1's answer (the client's own view). */
const VISIT_REQUEST = '00000000-0000-4000-8000-0000000000a1';

type Refs = Record<string, string>;
interface Case {
  who: Role;
  method: 'POST' | 'PUT' | 'PATCH';
  url: string;
  body: (r: Refs) => unknown;
  own: Refs;
  /** Per body field, another party's object to put there instead of the caller's own. */
  foreign: Refs;
}

let newTags = 0;
const manual = (extra: Record<string, unknown>) => ({ id: randomUUID(), kind: 'arrive', method: 'manual', reason: 'Taggen borta', at: `${DAY}T10:00:00+01:00`, ...extra });
const planVisit = (staff: string) => ({ weekdays: ['mon'], windowFrom: '08:00', windowTo: '09:00', durationMinutes: 30, areas: ['personal_care'], preferredStaffId: staff });

const CASES: Case[] = [
  // First: the plan PATCH below replaces plan-a's visits, and the request with them.
  { who: 'provider_manager', method: 'POST', url: `/api/v1/visit-requests/${VISIT_REQUEST}/decision`,
    body: (r) => ({ decision: 'confirmed', staffId: r.staffId }), own: { staffId: 's2' }, foreign: { staffId: 's9' } },
  { who: 'staff', method: 'POST', url: '/api/v1/registrations',
    body: (r) => ({ registrations: [manual({ kind: 'void', client: r['registrations[].client'], corrects: r['registrations[].corrects'] })] }),
    own: { 'registrations[].client': 'c1', 'registrations[].corrects': OWN_REGISTRATION },
    foreign: { 'registrations[].client': 'c4', 'registrations[].corrects': P2_REGISTRATION } },
  { who: 'staff', method: 'POST', url: '/api/v1/registrations',
    body: (r) => ({ registrations: [{ id: randomUUID(), kind: 'arrive', method: 'nfc', tag: r['registrations[].tag'], at: `${DAY}T11:00:00+01:00` }] }),
    own: { 'registrations[].tag': TAG_C1 }, foreign: { 'registrations[].tag': TAG_C4 } },
  { who: 'provider_manager', method: 'POST', url: '/api/v1/registrations',
    body: (r) => ({ registrations: [manual({ client: 'c1', staff: r['registrations[].staff'] })] }),
    own: { 'registrations[].staff': 's2' }, foreign: { 'registrations[].staff': 's9' } },
  { who: 'provider_manager', method: 'PATCH', url: '/api/v1/clients/c1',
    body: (r) => ({ contactPersonStaffId: r.contactPersonStaffId }), own: { contactPersonStaffId: 's2' }, foreign: { contactPersonStaffId: 's9' } },
  { who: 'provider_manager', method: 'POST', url: '/api/v1/nfc-tags',
    body: (r) => ({ uid: r.uid === 'new' ? `04:b0:00:00:00:00:${String(++newTags).padStart(2, '0')}` : r.uid, client: r.client }),
    own: { uid: 'new', client: 'c1' }, foreign: { uid: TAG_C4, client: 'c4' } },
  { who: 'provider_manager', method: 'PUT', url: '/api/v1/shifts',
    body: (r) => ({ date: '2026-11-23', shifts: [{ staff: r['shifts[].staff'], start: '07:00', end: '15:00' }] }),
    own: { 'shifts[].staff': 's2' }, foreign: { 'shifts[].staff': 's9' } },
  { who: 'provider_manager', method: 'POST', url: '/api/v1/day-plans/recost',
    body: (r) => ({ date: DAY, provider: r.provider, unit: r.unit, rounds: [{ staff: r['rounds[].staff'], visits: [] }] }),
    own: { provider: 'p1', unit: 'u1', 'rounds[].staff': 's2' }, foreign: { provider: 'p2', unit: 'u9', 'rounds[].staff': 's9' } },
  { who: 'provider_manager', method: 'POST', url: '/api/v1/orders/o-sent/accept',
    body: (r) => ({ contactPersonStaffId: r.contactPersonStaffId }), own: { contactPersonStaffId: 's2' }, foreign: { contactPersonStaffId: 's9' } },
  { who: 'provider_manager', method: 'POST', url: '/api/v1/orders/o1/plans',
    body: (r) => ({ validFrom: '2026-01-01', visits: [planVisit(r['visits[].preferredStaffId']!)] }),
    own: { 'visits[].preferredStaffId': 's2' }, foreign: { 'visits[].preferredStaffId': 's9' } },
  { who: 'provider_manager', method: 'PATCH', url: '/api/v1/orders/o1/plans/plan-a',
    body: (r) => ({ visits: [planVisit(r['visits[].preferredStaffId']!)] }),
    own: { 'visits[].preferredStaffId': 's2' }, foreign: { 'visits[].preferredStaffId': 's9' } },
  { who: 'provider_manager', method: 'POST', url: '/api/v1/deviations',
    body: (r) => ({ clientId: r.clientId, month: '2017-05', minutes: -60, reason: 'hospital', comment: 'Sjukhus' }), own: { clientId: 'c1' }, foreign: { clientId: 'c4' } },
  { who: 'provider_manager', method: 'POST', url: '/api/v1/clients/c1/messages',
    body: (r) => ({ body: 'Hej', orderId: r.orderId }), own: { orderId: 'o1' }, foreign: { orderId: 'o4' } },
  { who: 'case_officer', method: 'POST', url: '/api/v1/clients/c1/messages',
    body: (r) => ({ body: 'Hej', providerId: r.providerId }), own: { providerId: 'p1' }, foreign: { providerId: 'zz-p1' } },
  { who: 'case_officer', method: 'POST', url: '/api/v1/clients/c1/messages/read',
    body: (r) => ({ providerId: r.providerId }), own: { providerId: 'p1' }, foreign: { providerId: 'zz-p1' } },
  { who: 'staff', method: 'POST', url: '/api/v1/staff-notes',
    body: (r) => ({ client: r.client, body: 'Hon föll i går' }), own: { client: 'c1' }, foreign: { client: 'c4' } },
  { who: 'provider_manager', method: 'POST', url: '/api/v1/staff-notes',
    body: (r) => ({ client: r.client, body: 'Ny portkod' }), own: { client: 'c1' }, foreign: { client: 'c4' } },
  { who: 'provider_manager', method: 'POST', url: '/api/v1/staff',
    body: (r) => ({ id: `new-${randomUUID()}`, name: 'Ny Personal', provider: r.provider, unit: r.unit }), own: { provider: 'p1', unit: 'u1' }, foreign: { provider: 'p2', unit: 'u9' } },
  { who: 'provider_manager', method: 'PATCH', url: '/api/v1/staff/s1', body: (r) => ({ unit: r.unit }), own: { unit: 'u1' }, foreign: { unit: 'u9' } },
  { who: 'case_officer', method: 'POST', url: '/api/v1/orders',
    body: (r) => ({ clientId: r.clientId, providerId: r.providerId, decisionId: r.decisionId, from: '2026-01-01', to: null, hoursPerMonth: { personal_care: 5 }, doubleStaffing: false }),
    own: { clientId: 'c1', providerId: 'p2', decisionId: 'dec-c1' }, foreign: { clientId: 'c3', providerId: 'zz-p1', decisionId: 'dec-c3' } },
  { who: 'case_officer', method: 'POST', url: '/api/v1/clients',
    body: (r) => ({ personalNumber: '19350612-1239', name: 'Ny Brukare', districtId: r.districtId }), own: { districtId: 'd1' }, foreign: { districtId: 'd2' } },
  { who: 'admin', method: 'POST', url: '/api/v1/users',
    body: (r) => ({ username: `u-${randomUUID()}`, password: 'a password, long enough', role: 'staff', staffId: r.staffId }), own: { staffId: 's2' }, foreign: { staffId: 'zz-s1' } },
  { who: 'admin', method: 'POST', url: '/api/v1/users',
    body: (r) => ({ username: `u-${randomUUID()}`, password: 'a password, long enough', role: 'provider_manager', providerId: r.providerId }), own: { providerId: 'p2' }, foreign: { providerId: 'zz-p1' } },
  { who: 'admin', method: 'POST', url: '/api/v1/users',
    body: (r) => ({ username: `u-${randomUUID()}`, password: 'a password, long enough', role: 'case_officer', districtId: r.districtId }), own: { districtId: 'd2' }, foreign: { districtId: 'zz-d1' } },
  // Last: it moves c2 to d2.
  { who: 'admin', method: 'PATCH', url: '/api/v1/clients/c2', body: (r) => ({ districtId: r.districtId }), own: { districtId: 'd2' }, foreign: { districtId: 'zz-d1' } },
];

function municipalityA(): unknown {
  const raw = readExample('04-fees.json') as any;
  raw.districts.push({ id: 'd2', name: 'Norra' });
  raw.clients.find((c: any) => c.id === 'c3').district = 'd2';
  raw.providers.push({ id: 'p2', name: 'Andra Omsorg AB', orgNumber: '212000-0159', kind: 'private' });
  raw.staff.push({ id: 's9', provider: 'p2', name: 'Nionde Personal' });
  raw.orders.find((o: any) => o.id === 'o4').provider = 'p2';
  raw.registrations = raw.registrations.filter((r: any) => r.client !== 'c4');
  return raw;
}

/** Everything a refused write could have stored, in every municipality. */
async function fingerprint(t: TestDatabase): Promise<string> {
  const tables = ['clients', 'orders', 'order_areas', 'decisions', 'plans', 'plan_visits', 'registrations', 'deviations', 'messages', 'nfc_tags', 'staff', 'staff_shifts', 'users', 'visit_requests'];
  const parts: string[] = [];
  for (const table of tables) {
    const { rows } = await sql<{ n: number; h: string | null }>`select count(*) as n, md5(string_agg(t::text, '|' order by t::text)) as h from ${sql.table(table)} t`.execute(t.db);
    parts.push(`${table}:${rows[0]!.n}:${rows[0]!.h}`);
  }
  return parts.join(' ');
}

describe(`no body reference reaches another party's objects (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let routes: KnownRoute[];
  const sessions = new Map<Role, Session>();

  beforeAll(async () => {
    t = await openTestDatabase();
    for (const raw of [municipalityA(), municipalityB()]) {
      const r = await importScenario(t, raw, { referenceDate: '2026-11-23' });
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
    }
    const q = (query: ReturnType<typeof sql>) => query.execute(t.db);
    await q(sql`insert into units (municipality_id, unit_id, provider_id, name) values (${A}, 'u1', 'p1', 'Grupp 1'), (${A}, 'u9', 'p2', 'Grupp 9')`);
    await q(sql`update staff set unit_id = 'u1' where municipality_id = ${A} and staff_id = 's2'`);
    await q(sql`insert into staff_shifts (municipality_id, staff_id, date, start_time, end_time) values (${A}, 's2', ${DAY}, '07:00', '15:00')`);
    await q(sql`insert into nfc_tags (municipality_id, tag_uid, client_id, enrolled_at) values (${A}, ${TAG_C1}, 'c1', '2017-01-01'), (${A}, ${TAG_C4}, 'c4', '2017-01-01')`);
    await q(sql`insert into registrations (municipality_id, registration_id, kind, client_id, staff_id, at, method, reason)
      values (${A}, ${OWN_REGISTRATION}, 'arrive', 'c1', 's1', ${`${DAY}T08:00:00+01:00`}, 'manual', 'x'), (${A}, ${P2_REGISTRATION}, 'arrive', 'c4', 's9', ${`${DAY}T08:00:00+01:00`}, 'manual', 'x')`);
    await q(sql`insert into decisions (municipality_id, decision_id, client_id, valid_from, hours_per_month, double_staffing)
      values (${A}, 'dec-c1', 'c1', '2026-01-01', '{"personal_care": 10}', false), (${A}, 'dec-c3', 'c3', '2026-01-01', '{"personal_care": 10}', false)`);
    await q(sql`insert into orders (municipality_id, order_id, client_id, provider_id, valid_from, double_staffing, status) values (${A}, 'o-sent', 'c2', 'p1', '2027-01-01', false, 'sent')`);
    await q(sql`insert into plans (municipality_id, plan_id, order_id, valid_from) values (${A}, 'plan-a', 'o1', '2026-01-01')`);
    await q(sql`insert into plan_visits (municipality_id, plan_visit_id, plan_id, weekdays, window_from, window_to, duration_minutes, areas) values (${A}, 'pv-a', 'plan-a', '{fri}', '08:00', '09:00', 30, '{personal_care}')`);
    await q(sql`insert into visit_requests (municipality_id, request_id, client_id, provider_id, plan_visit_id, date, kind, asked_by, asked_role, asked_at)
      values (${A}, ${VISIT_REQUEST}, 'c1', 'p1', 'pv-a', ${DAY}, 'cancel', 'Alma Ek', 'client', now())`);
    ({ app, routes } = await appWithRoutes(t));
    const logins: [Role, Parameters<typeof loginAs>[3]][] = [
      ['staff', { municipalityId: A, staffId: 's1' }], ['provider_manager', { municipalityId: A, providerId: 'p1' }],
      ['case_officer', { municipalityId: A, districtId: 'd1' }], ['admin', { municipalityId: A }],
    ];
    for (const [role, options] of logins) sessions.set(role, await loginAs(app, t, role, options));
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('has a case for every reference field of every write route', () => {
    const covered = new Set(CASES.flatMap((c) => Object.keys(c.foreign).map((f) => `${c.method} ${c.url.replace(new RegExp(`/(o1|o-sent|c1|c2|s1|plan-a|${VISIT_REQUEST})(?=/|$)`, 'g'), '/:')} ${f}`)));
    const wanted = routes.flatMap((r) => r.bodyRefs.map((f) => `${r.method} ${r.url.replace(/:[A-Za-z]+/g, ':')} ${f}`));
    expect(wanted.length).toBeGreaterThan(15);
    expect(wanted.filter((w) => !covered.has(w))).toEqual([]);
  });

  it('refuses each reference to another party\'s object and stores nothing, and takes the caller\'s own', async () => {
    const problems: string[] = [];
    for (const c of CASES) {
      const headers = sessions.get(c.who)!.headers;
      for (const [field, other] of Object.entries(c.foreign)) {
        const before = await fingerprint(t);
        const res = await app.inject({ method: c.method, url: c.url, headers, payload: c.body({ ...c.own, [field]: other }) as object });
        const where = `${c.who} ${c.method} ${c.url} ${field}=${other}`;
        if (res.statusCode < 400 || res.statusCode >= 500) problems.push(`${where}: ${res.statusCode} ${res.body.slice(0, 200)}`);
        else if (res.json<{ error: string }>().error === 'bad_request') problems.push(`${where}: the body is malformed, so the case proves nothing: ${res.body.slice(0, 200)}`);
        else if (/Zz|Andra Omsorg|Nionde/.test(res.body)) problems.push(`${where}: the refusal shows the other party: ${res.body.slice(0, 200)}`);
        if ((await fingerprint(t)) !== before) problems.push(`${where}: stored something`);
      }
      const res = await app.inject({ method: c.method, url: c.url, headers, payload: c.body(c.own) as object });
      if (res.statusCode >= 300) problems.push(`${c.who} ${c.method} ${c.url} with own objects: ${res.statusCode} ${res.body.slice(0, 200)}`);
    }
    expect(problems).toEqual([]);
  });
});
