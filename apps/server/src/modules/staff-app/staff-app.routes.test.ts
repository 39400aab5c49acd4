import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../testing/login.ts';
import type { TestDatabase } from '../../testing/test-db.ts';
import { openStaffAppExample, type StaffAppExample } from '../../testing/staff-app-example.ts';

// The staff app's routes on example 01 (exempelby: provider p1 with staff s1 and s3, client c1
// with order o1), on Monday 26 December 2016 at 09:00 in Stockholm. Staff s3 is new to p1: no
// plan names her and she has registered nowhere, so c1 is not hers to read.

const NOW = new Date('2016-12-26T08:00:00Z');
const TAG = '04:aa:bb:cc:dd:ee:01';

describe(`the staff app's day, card and notes (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let manager: Session;
  let s1: StaffAppExample['s1'];
  let s3: Session;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ t, app, manager, s1, s3, close } = await openStaffAppExample(() => NOW, NOW));
    const plan = await call(manager, 'POST', '/api/v1/orders/o1/plans', {
      validFrom: '2016-12-01',
      notes: 'Dusch på måndagar.',
      visits: [{ weekdays: ['mon', 'thu'], windowFrom: '08:00', windowTo: '10:00', durationMinutes: 45, areas: ['personal_care'], preferredStaffId: 's1' }],
    });
    expect(plan.statusCode, plan.body).toBe(201);
    expect((await call(manager, 'PATCH', '/api/v1/clients/c1', { practicalNotes: 'Portkod 1234. Hunden Tussan.' })).statusCode).toBe(200);
    const enrol = await app.inject({ method: 'POST', url: '/api/v1/nfc-tags', headers: manager.headers, payload: { uid: TAG, client: 'c1' } });
    expect(enrol.statusCode, enrol.body).toBeLessThan(300);
  }, 240_000);
  afterAll(() => close());

  function call(s: Session, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) {
    return app.inject({ method, url, headers: s.headers, ...(payload && { payload }) });
  }

  it('lists the visits that name the staff member, with the tags to resolve a tap offline', async () => {
    const day = await call(s1, 'GET', '/api/v1/my-day');
    expect(day.statusCode, day.body).toBe(200);
    expect(day.json()).toMatchObject({
      date: '2016-12-26',
      staffId: 's1',
      source: 'plans',
      visits: [{ clientId: 'c1', clientName: 'Karl Karlsson', windowFrom: '08:00', windowTo: '10:00', durationMinutes: 45, status: 'planned', tags: [TAG] }],
      registrations: [],
    });
    // Tuesday has no visit of this plan; a colleague the plan does not name has none either.
    expect((await call(s1, 'GET', '/api/v1/my-day?date=2016-12-27')).json()).toMatchObject({ visits: [] });
    expect((await call(s3, 'GET', '/api/v1/my-day')).json()).toMatchObject({ visits: [] });
    expect((await call(manager, 'GET', '/api/v1/my-day')).statusCode).toBe(403);
  });

  it('shows the state the registrations give: arrived after a tap, done after the leave', async () => {
    const send = (kind: string, at: string) => call(s1, 'POST', '/api/v1/registrations', {
      // By hand: the tag was enrolled by the database's own clock, years after this test's day.
      registrations: [{ id: crypto.randomUUID(), kind, method: 'manual', client: 'c1', reason: 'Brickan saknas', at }],
    });
    expect((await send('arrive', '2016-12-26T09:05:00+01:00')).statusCode).toBe(200);
    expect((await call(s1, 'GET', '/api/v1/my-day')).json()).toMatchObject({ visits: [{ status: 'arrived' }], registrations: [{ kind: 'arrive', method: 'manual' }] });
    expect((await send('leave', '2016-12-26T09:50:00+01:00')).statusCode).toBe(200);
    const day = (await call(s1, 'GET', '/api/v1/my-day')).json<{ visits: { status: string }[]; registrations: { at: string }[] }>();
    expect(day.visits[0]!.status).toBe('done');
    expect(day.registrations.map((r) => Date.parse(r.at))).toEqual([Date.parse('2016-12-26T08:05:00Z'), Date.parse('2016-12-26T08:50:00Z')]);
  });

  it('gives the card to the staff member who visits, audited, and to nobody else', async () => {
    const card = await call(s1, 'GET', '/api/v1/my-day/clients/c1');
    expect(card.statusCode, card.body).toBe(200);
    expect(card.json()).toMatchObject({
      name: 'Karl Karlsson',
      practicalNotes: 'Portkod 1234. Hunden Tussan.',
      plan: { notes: 'Dusch på måndagar.', visits: [{ weekdays: ['mon', 'thu'], durationMinutes: 45 }] },
    });
    const audit = await t.db.selectFrom('audit_log').select(['action', 'client_id']).where('username', '=', s1.user.username).where('action', '=', 'read').execute();
    expect(audit.filter((a) => a.client_id === 'c1').length).toBeGreaterThan(0);
    expect((await call(s3, 'GET', '/api/v1/my-day/clients/c1')).statusCode).toBe(404);
  });

  it('carries notes both ways between staff and their manager', async () => {
    const fell = await call(s1, 'POST', '/api/v1/staff-notes', { client: 'c1', body: 'Karl föll i går men är oskadd.' });
    expect(fell.statusCode, fell.body).toBe(201);
    expect(fell.json()).toMatchObject({ direction: 'to_manager', clientId: 'c1' });
    const seen = await call(manager, 'GET', '/api/v1/staff-notes?client=c1');
    expect(seen.json<{ notes: { body: string }[] }>().notes.map((n) => n.body)).toEqual(['Karl föll i går men är oskadd.']);

    expect((await call(manager, 'POST', '/api/v1/staff-notes', { client: 'c1', body: 'Ny portkod från i morgon: 5678.' })).statusCode).toBe(201);
    const day = (await call(s1, 'GET', '/api/v1/my-day')).json<{ notes: { body: string; direction: string }[] }>();
    // Staff see what is addressed to them, not what colleagues wrote to the manager.
    expect(day.notes.map((n) => [n.direction, n.body])).toEqual([['to_staff', 'Ny portkod från i morgon: 5678.']]);
    expect((await call(s3, 'POST', '/api/v1/staff-notes', { client: 'c1', body: 'x' })).statusCode).toBe(400);
  });

  it('stores a note queued on the phone once, with the time it was written, however often it is sent', async () => {
    const note = { id: crypto.randomUUID(), client: 'c1', body: 'Karl hade ont i höften.', writtenAt: '2016-12-26T07:40:00+01:00' };
    const first = await call(s1, 'POST', '/api/v1/staff-notes', note);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ id: note.id, clientName: 'Karl Karlsson', writtenAt: '2016-12-26T06:40:00.000Z' });
    expect((await call(s1, 'POST', '/api/v1/staff-notes', note)).statusCode).toBe(201);
    const seen = (await call(manager, 'GET', '/api/v1/staff-notes?client=c1')).json<{ notes: { id: string }[] }>();
    expect(seen.notes.filter((n) => n.id === note.id)).toHaveLength(1);
    // Someone else's id is not a repeat of one's own note.
    expect((await call(manager, 'POST', '/api/v1/staff-notes', { ...note, body: 'Annat' })).statusCode).toBe(409);
  });
});
