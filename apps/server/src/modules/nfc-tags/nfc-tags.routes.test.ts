import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, type Session } from '../../testing/login.ts';
import { setUp, TAG, type Setup } from '../registrations/test-setup.ts';

describe(`NFC tags over HTTP (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let s: Setup;
  let admin: Session;
  let manager1: Session;
  let manager2: Session;
  let staff: Session;

  beforeAll(async () => {
    s = await setUp();
    admin = await loginAs(s.app, s.t, 'admin');
    manager1 = await loginAs(s.app, s.t, 'provider_manager', { providerId: 'p1' });
    manager2 = await loginAs(s.app, s.t, 'provider_manager', { providerId: 'p2' });
    staff = await loginAs(s.app, s.t, 'staff', { staffId: 's1' });
  });
  afterAll(async () => {
    await s.app.close();
    await s.t.dispose();
  });

  const enrol = (who: Session, uid: string, client: string) =>
    s.app.inject({ method: 'POST', url: '/api/v1/nfc-tags', headers: who.headers, payload: { uid, client } });

  it('enrols a tag once, in any spelling of its UID, and answers a retry with the same tag', async () => {
    const first = await enrol(manager1, '04A1000000000' + '1', 'c1');
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ uid: TAG.c1, client: 'c1', retiredAt: null });
    const again = await enrol(manager1, '04-a1-00-00-00-00-01', 'c1');
    expect(again.statusCode).toBe(200);
    const elsewhere = await enrol(admin, TAG.c1, 'c2');
    expect(elsewhere.statusCode).toBe(409);
    expect(elsewhere.json()).toMatchObject({ error: 'tag_taken', path: 'uid' });
    const audit = await s.t.db.selectFrom('audit_log').select(['action', 'client_id', 'object_id']).where('object_type', '=', 'nfc_tag').execute();
    expect(audit).toEqual([{ action: 'create', client_id: 'c1', object_id: TAG.c1 }]);
  });

  it('lets managers enrol only for clients of their own provider, and staff not at all', async () => {
    const other = await enrol(manager2, TAG.c2, 'c2');
    expect(other.statusCode).toBe(404);
    expect(other.json()).toMatchObject({ error: 'not_found', path: 'client' });
    expect((await enrol(manager2, TAG.c3, 'c3')).statusCode).toBe(201);
    expect((await enrol(staff, TAG.c2, 'c2')).statusCode).toBe(403);
    const bad = await enrol(admin, 'not a uid', 'c2');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: 'bad_request' });
  });

  it('lists tags within scope and retires them; a retired tag is not enrolled again', async () => {
    const list = (who: Session, query = '') => s.app.inject({ method: 'GET', url: `/api/v1/nfc-tags${query}`, headers: who.headers });
    expect((await list(manager1)).json<{ tags: { uid: string }[] }>().tags.map((t) => t.uid)).toEqual([TAG.c1]);
    expect((await list(admin)).json<{ tags: { uid: string }[] }>().tags.map((t) => t.uid)).toEqual([TAG.c1, TAG.c3]);
    expect((await list(admin, '?client=c3')).json<{ tags: { uid: string }[] }>().tags.map((t) => t.uid)).toEqual([TAG.c3]);

    const foreign = await s.app.inject({ method: 'POST', url: `/api/v1/nfc-tags/${TAG.c3}/retire`, headers: manager1.headers });
    expect(foreign.statusCode).toBe(404);
    const retired = await s.app.inject({ method: 'POST', url: `/api/v1/nfc-tags/${TAG.c3}/retire`, headers: manager2.headers });
    expect(retired.statusCode).toBe(200);
    expect(retired.json<{ retiredAt: string | null }>().retiredAt).not.toBeNull();
    expect((await list(admin, '?active=true')).json<{ tags: { uid: string }[] }>().tags.map((t) => t.uid)).toEqual([TAG.c1]);
    const reenrol = await enrol(admin, TAG.c3, 'c3');
    expect(reenrol.statusCode).toBe(409);
    expect(reenrol.json<{ message: string }>().message).toMatch(/retired/);
  });
});
