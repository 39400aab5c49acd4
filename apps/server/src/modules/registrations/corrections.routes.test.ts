import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, type Session } from '../../testing/login.ts';
import { setUp, type Setup } from './test-setup.ts';

// R-1 corrections reach stored registrations through the body (`corrects`): the same scope as
// an id in a path. Staff correct their own, a manager her staff's, always at the same client.
// The first case is the one an outside review found: staff of another provider voided p1's visit.

type Body = Record<string, unknown>;

describe(`corrections over HTTP (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let s: Setup;
  let s1: Session;
  let s2: Session;
  let s3: Session;
  let manager1: Session;
  let manager2: Session;
  let visit: Body;

  beforeAll(async () => {
    s = await setUp();
    s1 = await loginAs(s.app, s.t, 'staff', { staffId: 's1' });
    s2 = await loginAs(s.app, s.t, 'staff', { staffId: 's2' });
    s3 = await loginAs(s.app, s.t, 'staff', { staffId: 's3' });
    manager1 = await loginAs(s.app, s.t, 'provider_manager', { providerId: 'p1' });
    manager2 = await loginAs(s.app, s.t, 'provider_manager', { providerId: 'p2' });
    // p1's visit at c1, made by s1.
    visit = { id: randomUUID(), kind: 'arrive', method: 'manual', client: 'c1', reason: 'Taggen borta', at: '2026-11-20T08:00:00+01:00' };
    expect((await post(s1, [visit])).statusCode).toBe(200);
  });
  afterAll(async () => {
    await s.app.close();
    await s.t.dispose();
  });

  const post = (who: Session, registrations: Body[]) =>
    s.app.inject({ method: 'POST', url: '/api/v1/registrations', headers: who.headers, payload: { registrations } });
  const voidOf = (target: unknown, client: string, extra: Body = {}): Body => ({
    id: randomUUID(), kind: 'void', method: 'manual', client, reason: 'fel', corrects: target, at: '2026-11-21T08:00:00+01:00', ...extra,
  });
  const stored = async (ids: unknown[]) =>
    s.t.db.selectFrom('registrations').select('registration_id').where('registration_id', 'in', ids as string[]).execute();

  it('refuses another provider\'s staff a void of p1\'s visit through one of her own clients, and stores nothing of the batch', async () => {
    const own = { id: randomUUID(), kind: 'arrive', method: 'manual', client: 'c3', reason: 'Taggen borta', at: '2026-11-21T07:00:00+01:00' };
    const attack = voidOf(visit.id, 'c3');
    const res = await post(s3, [own, attack]);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ error: 'unknown_registration', path: 'registrations[1].corrects' });
    expect(await stored([own.id, attack.id])).toEqual([]);
    // Her manager cannot either; the same answer as for an id that was never stored.
    const byManager = await post(manager2, [voidOf(visit.id, 'c3', { staff: 's3' })]);
    const nothing = await post(manager2, [voidOf(randomUUID(), 'c3', { staff: 's3' })]);
    expect(byManager.statusCode).toBe(422);
    expect(nothing.json()).toMatchObject({ error: 'unknown_registration', path: 'registrations[0].corrects' });
    expect(byManager.json<{ message: string }>().message.replace(String(visit.id), 'X')).toBe(nothing.json<{ message: string }>().message.replace(/[0-9a-f-]{36}/, 'X'));
  });

  it('refuses a colleague\'s registration to staff, and a correction at another client than the corrected one', async () => {
    const colleague = await post(s2, [voidOf(visit.id, 'c1')]);
    expect(colleague.statusCode).toBe(422);
    expect(colleague.json()).toMatchObject({ error: 'unknown_registration', path: 'registrations[0].corrects' });
    const elsewhere = await post(s1, [voidOf(visit.id, 'c2')]);
    expect(elsewhere.statusCode).toBe(422);
    expect(elsewhere.json()).toMatchObject({ error: 'other_client', path: 'registrations[0].corrects' });
  });

  it('lets staff correct their own, in a later batch or in the same one, and a manager her staff\'s', async () => {
    expect((await post(s1, [voidOf(visit.id, 'c1')])).json()).toMatchObject({ accepted: 1 });
    const arrive = { id: randomUUID(), kind: 'arrive', method: 'manual', client: 'c2', reason: 'Taggen borta', at: '2026-11-22T08:00:00+01:00' };
    expect((await post(s1, [arrive, voidOf(String(arrive.id).toUpperCase(), 'c2')])).json()).toMatchObject({ accepted: 2 });
    expect((await post(manager1, [voidOf(visit.id, 'c1', { staff: 's2' })])).json()).toMatchObject({ accepted: 1 });
  });
});
