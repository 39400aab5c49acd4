import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ForbiddenError, InvalidError } from '../errors.ts';
import { openTestDatabase, type TestDatabase } from '../testing/test-db.ts';
import { recordAudit, searchAudit, verifyAuditChain } from './audit.service.ts';
import { clientListOf } from './hash.ts';
import { actor, addMunicipality, clientRows } from './test-support.ts';

describe(`searching the audit log (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  const admin = actor('m1', 'admin', 'admin-1');
  const anna = actor('m1', 'staff', 'anna');
  const bo = actor('m1', 'case_officer', 'bo');

  beforeAll(async () => {
    t = await openTestDatabase();
    await addMunicipality(t.db, 'm1');
    await addMunicipality(t.db, 'm2');
    // Stockholm is UTC+1 in November: 23:30Z on the 9th is already the 10th there.
    const history = [
      [anna, 'c1', '2026-11-09T08:00:00Z'],
      [anna, 'c2', '2026-11-09T23:30:00Z'],
      [bo, 'c1', '2026-11-10T12:00:00Z'],
      [anna, 'c1', '2026-11-11T07:00:00Z'],
      [bo, 'c3', '2026-11-12T09:00:00Z'],
    ] as const;
    for (const [who, client, at] of history) {
      await recordAudit(t.db, who, { action: 'read', clientId: client, objectType: 'client', objectId: client }, { now: new Date(at) });
    }
    await recordAudit(t.db, actor('m2', 'staff', 'anna'), { action: 'read', clientId: 'c1', objectType: 'client' });
  });
  afterAll(() => t.dispose());

  const seqs = async (query: Parameters<typeof searchAudit>[2]) => (await searchAudit(t.db, admin, query)).entries.map((e) => e.seq);

  it('filters by client, newest first, within the admin’s own municipality', async () => {
    const page = await searchAudit(t.db, admin, { clientId: 'c1', limit: 10 });
    expect(page.entries.map((e) => [e.seq, e.username, e.at])).toEqual([
      [4, 'anna@m1', '2026-11-11T07:00:00.000Z'],
      [3, 'bo@m1', '2026-11-10T12:00:00.000Z'],
      [1, 'anna@m1', '2026-11-09T08:00:00.000Z'],
    ]);
    expect(page.entries[0]).toMatchObject({ userId: 'anna', role: 'staff', action: 'read', objectType: 'client', objectId: 'c1', ip: '192.0.2.10' });
    expect(page.nextCursor).toBeNull();
  });

  it('filters by user and by period: a day is a day where the municipality is, a time is exact', async () => {
    expect(await seqs({ userId: 'bo', limit: 10 })).toEqual([5, 3]);
    expect(await seqs({ userId: 'anna', from: '2026-11-10', to: '2026-11-10', limit: 10 })).toEqual([2]);
    expect(await seqs({ userId: 'anna', from: '2026-11-09T23:30:00Z', to: '2026-11-11T07:00:00+00:00', limit: 10 })).toEqual([4, 2]);
    expect(await seqs({ clientId: 'c1', userId: 'anna', to: '2026-11-10', limit: 10 })).toEqual([1]);
  });

  it('pages with a cursor', async () => {
    const first = await searchAudit(t.db, admin, { userId: 'anna', limit: 2 });
    expect(first.entries.map((e) => e.seq)).toEqual([4, 2]);
    expect(first.nextCursor).toBe('2');
    const second = await searchAudit(t.db, admin, { userId: 'anna', limit: 2, cursor: first.nextCursor! });
    expect(second.entries.map((e) => e.seq)).toEqual([1]);
    expect(second.nextCursor).toBeNull();
  });

  it('logs each search as a read of the clients it showed', async () => {
    const before = (await t.db.selectFrom('audit_chain_heads').select('seq').where('municipality_id', '=', 'm1').executeTakeFirstOrThrow()).seq;
    await searchAudit(t.db, admin, { userId: 'bo', from: '2026-11-01', limit: 10 }, { now: new Date('2026-11-20T10:00:00Z') });
    const logged = (await clientRows(t.db, 'm1')).filter((r) => r.seq > before);
    const filter = { userId: 'bo', from: '2026-11-01' };
    expect(logged.map((r) => [r.seq, r.user_id, r.action, r.object_type, r.client_id, r.list_of])).toEqual([
      [before + 1, 'admin-1', 'read', 'audit_log', 'c1', 2],
      [before + 1, 'admin-1', 'read', 'audit_log', 'c3', 2],
    ]);
    expect(logged[0]!.details).toEqual({ filter, clients: clientListOf(['c1', 'c3']) });
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
  });

  it('is for admins only, and explains bad input', async () => {
    await expect(searchAudit(t.db, bo, { clientId: 'c1', limit: 10 })).rejects.toThrow(ForbiddenError);
    await expect(searchAudit(t.db, admin, { from: '2026-11-31', limit: 10 })).rejects.toThrow(/from: no such day "2026-11-31"/);
    await expect(searchAudit(t.db, admin, { to: '2026-11-10T10:00', limit: 10 })).rejects.toThrow(/to: expected YYYY-MM-DD or an ISO 8601 time with Z or an offset/);
    await expect(searchAudit(t.db, admin, { cursor: 'abc', limit: 10 })).rejects.toThrow(InvalidError);
    await expect(searchAudit(t.db, admin, { limit: 0 })).rejects.toThrow(/limit must be a whole number from 1 to 1000/);
  });
});
