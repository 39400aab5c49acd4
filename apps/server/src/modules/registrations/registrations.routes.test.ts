import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, type Session } from '../../testing/login.ts';
import { enrolEarly, setUp, TAG, type Setup } from './test-setup.ts';

// The phone's side of: batches arrive late, repeated and in any order.

type Body = Record<string, unknown>;

/** A seeded shuffle, so a failure can be replayed. */
function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let x = seed;
  for (let i = out.length - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    const j = x % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe(`registrations over HTTP (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let s: Setup;
  let manager: Session;
  let s1: Session;
  let s3: Session;

  beforeAll(async () => {
    s = await setUp();
    for (const [client, uid] of Object.entries(TAG)) await enrolEarly(s.t, uid, client);
    manager = await loginAs(s.app, s.t, 'provider_manager', { providerId: 'p1' });
    s1 = await loginAs(s.app, s.t, 'staff', { staffId: 's1' });
    s3 = await loginAs(s.app, s.t, 'staff', { staffId: 's3' });
  });
  afterAll(async () => {
    await s.app.close();
    await s.t.dispose();
  });

  const post = (who: Session, registrations: Body[]) =>
    s.app.inject({ method: 'POST', url: '/api/v1/registrations', headers: who.headers, payload: { registrations } });
  const stored = async (ids: string[]) =>
    ids.length === 0 ? [] : s.t.db.selectFrom('registrations').selectAll().where('registration_id', 'in', ids).execute();

  /** Example 03's registrations as a phone sends them: the tag, or the client and a reason. */
  const asPhoneSends = (r: Setup['fileRegistrations'][number]): Body => {
    const { client, ...rest } = r;
    return r.method === 'nfc' ? { ...rest, tag: TAG[client as keyof typeof TAG] } : r;
  };

  it('stores a replayed, shuffled batch with repeats once, with the phone time and the receive time', async () => {
    // c3 has no order with p1, so p1 cannot register there (scope); the rest is p1's.
    const ours = s.fileRegistrations.filter((r) => r.client !== 'c3').map(asPhoneSends);
    const unique = new Set(ours.map((r) => r.id as string));
    const before = Date.now();
    let accepted = 0;
    let duplicates = 0;
    // Three phones' worth of replays: the file once in order, then twice more shuffled and cut differently.
    for (const [seed, size] of [[0, 31], [7, 5], [11, 13]] as const) {
      const all = seed === 0 ? ours : shuffled(ours, seed);
      for (let i = 0; i < all.length; i += size) {
        const res = await post(manager, all.slice(i, i + size));
        expect(res.statusCode, res.body).toBe(200);
        const body = res.json<{ accepted: number; duplicates: number }>();
        accepted += body.accepted;
        duplicates += body.duplicates;
      }
    }
    expect(accepted).toBe(unique.size);
    expect(accepted + duplicates).toBe(ours.length * 3);

    const rows = await stored([...unique]);
    expect(rows).toHaveLength(unique.size);
    const dst = rows.find((r) => r.registration_id === '0e827cf7-5751-589c-a205-31df682fabf5')!;
    expect(dst.at.toISOString()).toBe('2017-03-26T01:30:00.000Z');
    expect(dst).toMatchObject({ client_id: 'c1', staff_id: 's1', tag_uid: TAG.c1, method: 'nfc' });
    for (const r of rows) {
      expect(r.received_at.getTime()).toBeGreaterThanOrEqual(before - 5_000);
      expect(r.received_at.getTime()).toBeLessThanOrEqual(Date.now() + 5_000);
    }
    // The audit log names each stored registration once, under its client.
    const audited = await s.t.db.selectFrom('audit_log').select(['client_id', 'details', 'action']).where('object_type', '=', 'registration').execute();
    const ids = audited.flatMap((a) => (a.details as { registrations: string[] }).registrations);
    expect(ids.sort()).toEqual([...unique].sort());
    expect(new Set(audited.map((a) => `${a.action} ${a.client_id}`))).toEqual(new Set(['create c1', 'create c2']));
  });

  it('refuses a batch when an id is stored with other content, naming the id, and stores nothing of it', async () => {
    const id = randomUUID();
    const base = { id, kind: 'arrive', tag: TAG.c1, method: 'nfc', at: '2026-11-23T08:00:00+01:00' };
    expect((await post(s1, [base])).statusCode).toBe(200);
    // The same instant with another offset is the same registration.
    expect((await post(s1, [{ ...base, at: '2026-11-23T07:00:00Z' }])).json()).toMatchObject({ accepted: 0, duplicates: 1 });

    const fresh = randomUUID();
    const res = await post(s1, [{ ...base, id: fresh, at: '2026-11-23T12:00:00+01:00' }, { ...base, at: '2026-11-23T08:01:00+01:00' }]);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'conflict', path: 'registrations[1].id', message: expect.stringContaining(id) });
    expect(await stored([fresh])).toHaveLength(0);

    const inBatch = await post(s1, [{ ...base, id: fresh }, { ...base, id: fresh, kind: 'leave' }]);
    expect(inBatch.statusCode).toBe(409);
    expect(inBatch.json()).toMatchObject({ path: 'registrations[1].id', message: expect.stringContaining(fresh) });
    expect(await stored([fresh])).toHaveLength(0);
  });

  it('refuses unknown and retired tags with 422 and a path, logs the attempt, and keeps reads made before retirement', async () => {
    const good = { id: randomUUID(), kind: 'arrive', tag: TAG.c2, method: 'nfc', at: '2026-11-20T09:00:00+01:00' };
    const unknown = { id: randomUUID(), kind: 'arrive', tag: '04:ff:ff:ff:ff:ff:ff', method: 'nfc', at: '2026-11-20T10:00:00+01:00' };
    const res = await post(s1, [good, unknown]);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ error: 'unknown_tag', path: 'registrations[1].tag', message: expect.stringContaining('04:ff:ff:ff:ff:ff:ff') });
    expect(await stored([good.id as string])).toHaveLength(0);

    const admin = await loginAs(s.app, s.t, 'admin');
    expect((await s.app.inject({ method: 'POST', url: `/api/v1/nfc-tags/${TAG.c2}/retire`, headers: admin.headers })).statusCode).toBe(200);
    const late = await post(s1, [{ ...good, at: new Date(Date.now() + 60_000).toISOString() }]);
    expect(late.statusCode).toBe(422);
    expect(late.json()).toMatchObject({ error: 'unknown_tag', path: 'registrations[0].tag', message: expect.stringContaining('retired') });
    // Read on the 20th by a phone that was offline until now: still the client's visit.
    expect((await post(s1, [good])).json()).toMatchObject({ accepted: 1 });

    const failures = await s.t.db.selectFrom('tag_read_failures').select(['tag_uid', 'failure', 'staff_id']).orderBy('failure_id').execute();
    expect(failures).toEqual([
      { tag_uid: '04:ff:ff:ff:ff:ff:ff', failure: 'unknown', staff_id: 's1' },
      { tag_uid: TAG.c2, failure: 'retired', staff_id: 's1' },
    ]);
  });

  it('refuses a manual registration without a reason, and an nfc one without a tag', async () => {
    const manual = await post(s1, [{ id: randomUUID(), kind: 'arrive', client: 'c1', method: 'manual', at: '2026-11-21T09:00:00+01:00' }]);
    expect(manual.statusCode).toBe(400);
    expect(manual.json()).toMatchObject({ error: 'bad_request', message: expect.stringContaining('reason') });
    const nfc = await post(s1, [{ id: randomUUID(), kind: 'arrive', method: 'nfc', at: '2026-11-21T09:00:00+01:00' }]);
    expect(nfc.statusCode).toBe(400);
    const noOffset = await post(s1, [{ id: randomUUID(), kind: 'arrive', tag: TAG.c1, method: 'nfc', at: '2026-11-21 09:00' }]);
    expect(noOffset.statusCode).toBe(400);
    expect((await post(s1, [])).statusCode).toBe(400);
  });

  it("keeps staff to their own provider's clients and to themselves, answering like nonexistent", async () => {
    const at = '2026-11-21T09:00:00+01:00';
    const manual = await post(s1, [{ id: randomUUID(), kind: 'arrive', client: 'c3', method: 'manual', reason: 'Taggen saknas', at }]);
    expect(manual.statusCode).toBe(404);
    expect(manual.json()).toEqual({ error: 'not_found', message: 'no client c3', path: 'registrations[0].client' });
    const nobody = await post(s1, [{ id: randomUUID(), kind: 'arrive', client: 'c99', method: 'manual', reason: 'Taggen saknas', at }]);
    expect(nobody.json()).toEqual({ error: 'not_found', message: 'no client c99', path: 'registrations[0].client' });
    const foreignTag = await post(s1, [{ id: randomUUID(), kind: 'arrive', tag: TAG.c3, method: 'nfc', at }]);
    expect(foreignTag.statusCode).toBe(422);
    expect(foreignTag.json<{ message: string }>().message).toMatch(/not enrolled to a client you serve/);

    const forOther = await post(s1, [{ id: randomUUID(), kind: 'arrive', tag: TAG.c1, method: 'nfc', at, staff: 's2' }]);
    expect(forOther.statusCode).toBe(403);
    const managerForeign = await post(manager, [{ id: randomUUID(), kind: 'arrive', tag: TAG.c1, method: 'nfc', at, staff: 's3' }]);
    expect(managerForeign.json()).toMatchObject({ error: 'not_found', path: 'registrations[0].staff' });
    expect((await post(s3, [{ id: randomUUID(), kind: 'arrive', tag: TAG.c3, method: 'nfc', at }])).statusCode).toBe(200);

    const unlinked = await loginAs(s.app, s.t, 'staff', { providerId: 'p1' });
    expect((await post(unlinked, [{ id: randomUUID(), kind: 'arrive', tag: TAG.c1, method: 'nfc', at }])).statusCode).toBe(403);
    const finance = await loginAs(s.app, s.t, 'finance');
    expect((await post(finance, [{ id: randomUUID(), kind: 'arrive', tag: TAG.c1, method: 'nfc', at }])).statusCode).toBe(403);
  });

  it('flags two clients\' tags read by one staff member within a minute, once, whichever arrives first', async () => {
    const at1 = '2026-11-22T10:00:00+01:00';
    const a = { id: randomUUID(), kind: 'arrive', tag: TAG.c1, method: 'nfc', at: at1 };
    const b = { id: randomUUID(), kind: 'arrive', client: 'c2', method: 'manual', reason: 'Taggen borta', at: '2026-11-22T10:00:30+01:00' };
    const c = { id: randomUUID(), kind: 'arrive', tag: TAG.c1, method: 'nfc', at: '2026-11-22T10:00:50+01:00' };
    // A manual registration is no tag read: nothing to flag. Then the later tag read arrives first.
    expect((await post(s1, [b])).json()).toMatchObject({ flags: [] });
    // Another client's tag: retired c2 cannot be used, so give s1 a second tag for c2.
    const tag2 = '04:a1:00:00:00:00:22';
    await enrolEarly(s.t, tag2, 'c2');
    const d = { id: randomUUID(), kind: 'leave', tag: tag2, method: 'nfc', at: '2026-11-22T10:00:40+01:00' };
    const first = await post(s1, [d, c]);
    expect(first.json()).toMatchObject({ accepted: 2, flags: [{ reason: 'two_clients_within_minute', registration: d.id, otherRegistration: c.id, client: 'c2', otherClient: 'c1' }] });
    const second = await post(s1, [a, d, c]);
    expect(second.json()).toMatchObject({ accepted: 1, duplicates: 2, flags: [{ registration: a.id, otherRegistration: d.id }] });
    expect((await post(s1, [a, d, c])).json()).toMatchObject({ flags: [] });

    const list = await s.app.inject({ method: 'GET', url: '/api/v1/tag-flags?staff=s1', headers: manager.headers });
    expect(list.json<{ flags: unknown[] }>().flags).toHaveLength(2);
    const other = await loginAs(s.app, s.t, 'provider_manager', { providerId: 'p2' });
    expect((await s.app.inject({ method: 'GET', url: '/api/v1/tag-flags', headers: other.headers })).json()).toMatchObject({ flags: [] });
    expect((await s.app.inject({ method: 'GET', url: '/api/v1/tag-flags', headers: s1.headers })).statusCode).toBe(403);
  });
});
