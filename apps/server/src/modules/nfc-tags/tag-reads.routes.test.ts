import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs } from '../../testing/login.ts';
import { setUp, TAG, type Setup } from '../registrations/test-setup.ts';

// A tag's history on the admin's tag screen: the registrations read with it and the reads that
// were refused, with the client's scope kept and the read audited.

describe(`a tag's reads over HTTP (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let s: Setup;

  beforeAll(async () => {
    s = await setUp();
  });
  afterAll(async () => {
    await s.app.close();
    await s.t.dispose();
  });

  it('lists the reads and the refused reads, newest first, to those who may see the client', async () => {
    const admin = await loginAs(s.app, s.t, 'admin');
    const enrolled = await s.app.inject({ method: 'POST', url: '/api/v1/nfc-tags', headers: admin.headers, payload: { uid: TAG.c3, client: 'c3' } });
    const at = Date.parse(enrolled.json<{ enrolledAt: string }>().enrolledAt);
    const s3 = await loginAs(s.app, s.t, 'staff', { staffId: 's3' });
    const read = (ms: number) => ({ id: randomUUID(), kind: 'arrive', tag: TAG.c3, method: 'nfc', at: new Date(ms).toISOString() });
    const fine = read(at + 1000);
    const early = read(at - 60_000);
    const post = (registrations: object[]) => s.app.inject({ method: 'POST', url: '/api/v1/registrations', headers: s3.headers, payload: { registrations } });
    expect((await post([early])).statusCode).toBe(422);
    expect((await post([fine])).statusCode).toBe(200);

    const res = await s.app.inject({ method: 'GET', url: `/api/v1/nfc-tags/${TAG.c3.replace(/:/g, '')}/reads`, headers: admin.headers });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      tag: { uid: TAG.c3, client: 'c3', retiredAt: null },
      reads: [{ registration: fine.id, kind: 'arrive', staff: 's3', client: 'c3' }],
      refused: [{ registration: early.id, failure: 'not_yet_enrolled', staff: 's3' }],
    });
    const audited = await s.t.db.selectFrom('audit_log').select(['action', 'client_id']).where('object_type', '=', 'nfc_tag').where('action', '=', 'read').execute();
    expect(audited).toEqual([{ action: 'read', client_id: 'c3' }]);

    const otherProvider = await loginAs(s.app, s.t, 'provider_manager', { providerId: 'p1' });
    expect((await s.app.inject({ method: 'GET', url: `/api/v1/nfc-tags/${TAG.c3}/reads`, headers: otherProvider.headers })).statusCode).toBe(404);
    expect((await s.app.inject({ method: 'GET', url: `/api/v1/nfc-tags/${TAG.c3}/reads`, headers: s3.headers })).statusCode).toBe(403);
  });
});
