import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../testing/test-db.ts';
import { readListDigests } from './audit.repository.ts';
import { recordAudit, recordAuditMany, recordListRead, searchAudit, verifyAuditChain } from './audit.service.ts';
import { clientListOf } from './hash.ts';
import { actor, addMunicipality, clientRows, tamper } from './test-support.ts';

// A list read is one chain row naming its clients in audit_log_clients (docs/audit.md, "Lists").

describe(`list rows of the audit log (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase();
    for (const m of ['m-list', 'm-mixed', 'm-order', 'm-guard', 'm-search', 'm-gone', 'm-added', 'm-changed', 'm-stray', 'm-past', 'm-screen']) {
      await addMunicipality(t.db, m);
    }
  });
  afterAll(() => t.dispose());

  const rows = (m: string) => t.db.selectFrom('audit_log').selectAll().where('municipality_id', '=', m).orderBy('seq').execute();
  const side = (m: string) =>
    t.db.selectFrom('audit_log_clients').select(['seq', 'client_id']).where('municipality_id', '=', m).orderBy('seq').orderBy('client_id').execute();
  const readList = (m: string, clients: string[], objectId = 'continuity/2024-10') =>
    recordAuditMany(t.db, actor(m, 'finance'), clients.map((clientId) => ({ action: 'read' as const, clientId, objectType: 'report', objectId, details: { view: 'report' } })));

  it('records the clients of a list read as one chain row, its clients beside it, the chain covering their digest', async () => {
    const head = await readList('m-list', ['c3', 'c1', 'c2', 'c1']);
    const stored = await rows('m-list');
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ seq: 1, client_id: null, object_type: 'report', object_id: 'continuity/2024-10' });
    expect(stored[0]!.details).toEqual({ view: 'report', clients: { count: 3, sha256: clientListOf(['c1', 'c2', 'c3']).sha256 } });
    expect(head).toEqual({ seq: 1, hash: stored[0]!.hash });
    expect(await side('m-list')).toEqual([{ seq: 1, client_id: 'c1' }, { seq: 1, client_id: 'c2' }, { seq: 1, client_id: 'c3' }]);
    expect((await clientRows(t.db, 'm-list')).map((r) => [r.seq, r.client_id, r.list_of])).toEqual([[1, 'c1', 3], [1, 'c2', 3], [1, 'c3', 3]]);
    expect(await verifyAuditChain(t.db, 'm-list')).toMatchObject({ ok: true, rows: 1 });
  });

  it('keeps a lone entry, entries about no client, and entries that differ in more than their client as rows of their own, in order', async () => {
    const who = actor('m-mixed', 'case_officer');
    await recordAuditMany(t.db, who, [
      { action: 'read', clientId: 'c1', objectType: 'order', objectId: 'o1' },
      { action: 'read', objectType: 'statement', objectId: 'p1/2024-10' },
      { action: 'read', clientId: 'c2', objectType: 'order', objectId: 'o2' },
      { action: 'read', clientId: 'c1', objectType: 'client', details: { view: 'list' } },
      { action: 'read', clientId: 'c2', objectType: 'client', details: { view: 'list' } },
      { action: 'read', clientId: 'c3', objectType: 'client', details: { view: 'other' } },
    ]);
    expect((await rows('m-mixed')).map((r) => [r.seq, r.object_type, r.object_id, r.client_id, r.details])).toEqual([
      [1, 'order', 'o1', 'c1', {}],
      [2, 'statement', 'p1/2024-10', null, {}],
      [3, 'order', 'o2', 'c2', {}],
      [4, 'client', null, null, { view: 'list', clients: clientListOf(['c1', 'c2']) }],
      [5, 'client', null, 'c3', { view: 'other' }],
    ]);
    expect(await side('m-mixed')).toEqual([{ seq: 4, client_id: 'c1' }, { seq: 4, client_id: 'c2' }]);
    await expect(recordAudit(t.db, who, { action: 'read', objectType: 'x', details: { clients: 1 } })).rejects.toThrow(/details.clients is reserved/);
    expect(await verifyAuditChain(t.db, 'm-mixed')).toMatchObject({ ok: true, rows: 5 });
  });

  it('records a screen read as one list row, a screen of one client as a row about her, and nothing for an empty screen', async () => {
    const who = actor('m-screen', 'case_officer');
    const read = { action: 'read' as const, objectType: 'order', details: { view: 'list' } };
    expect(await recordListRead(t.db, who, read, [])).toBeNull();
    await recordListRead(t.db, who, read, ['c2', 'c1', 'c2']);
    await recordListRead(t.db, who, read, new Set(['c3']));
    await recordListRead(t.db, who, read, ['c4', 'c4']);
    expect((await rows('m-screen')).map((r) => [r.seq, r.client_id, r.object_id, r.details])).toEqual([
      [1, null, null, { view: 'list', clients: clientListOf(['c1', 'c2']) }],
      [2, 'c3', null, { view: 'list' }],
      [3, 'c4', null, { view: 'list' }],
    ]);
    expect(await side('m-screen')).toEqual([{ seq: 1, client_id: 'c1' }, { seq: 1, client_id: 'c2' }]);
  });

  it('computes the same digest in the server and in the database, ids sorted by their bytes', async () => {
    const ids = ['b', 'a', 'Z', 'ö', 'o', '😀', '\uffee', 'c-10', 'c-9'];
    await readList('m-order', ids);
    const [row] = await rows('m-order');
    const inDb = await readListDigests(t.db, 'm-order', 0, 1);
    expect(inDb.get(1)).toEqual(row!.details.clients);
    expect(inDb.get(1)).toEqual({ count: 9, sha256: clientListOf([...ids].reverse()).sha256 });
    expect(await verifyAuditChain(t.db, 'm-order')).toMatchObject({ ok: true });
  });

  it('refuses to change or remove the clients of a list, to add clients to a finished list, and clients for a row that is no list', async () => {
    await readList('m-guard', ['c1', 'c2']);
    await recordAudit(t.db, actor('m-guard'), { action: 'read', clientId: 'c9', objectType: 'client' });
    await expect(sql`update audit_log_clients set client_id = 'c7' where municipality_id = 'm-guard'`.execute(t.db)).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(sql`delete from audit_log_clients where municipality_id = 'm-guard'`.execute(t.db)).rejects.toThrow(/append-only: DELETE refused/);
    await expect(sql`truncate audit_log_clients`.execute(t.db)).rejects.toThrow(/append-only: TRUNCATE refused/);
    const add = (seq: number) => sql`insert into audit_log_clients values ('m-guard', ${seq}, 'c8')`.execute(t.db);
    await expect(add(1)).rejects.toThrow(/row 1 of municipality m-guard is no list of 3 clients \(it declares 2\)/);
    await expect(add(2)).rejects.toThrow(/row 2 of municipality m-guard is no list of 1 clients \(it declares none\)/);
    await expect(add(3)).rejects.toThrow(/row 3 of municipality m-guard is no list of 1 clients \(it declares none\)/);
    expect(await verifyAuditChain(t.db, 'm-guard')).toMatchObject({ ok: true, rows: 2 });
  });

  it('finds a list row by any client it names, as a read of her in a list of N, paging by cursor', async () => {
    const who = actor('m-search', 'finance', 'fia');
    await recordAudit(t.db, who, { action: 'read', clientId: 'c1', objectType: 'client', objectId: 'c1' });
    await readList('m-search', ['c1', 'c2', 'c3']);
    await readList('m-search', ['c2', 'c3']);
    await recordAudit(t.db, who, { action: 'update', clientId: 'c1', objectType: 'decision', objectId: 'd1' });
    await readList('m-search', ['c4', 'c1'], 'paid/2024-10');
    const admin = actor('m-search', 'admin', 'ada');
    const first = await searchAudit(t.db, admin, { clientId: 'c1', limit: 2 });
    expect(first.entries.map((e) => [e.seq, e.clientId, e.listOf, e.objectId])).toEqual([[5, 'c1', 2, 'paid/2024-10'], [4, 'c1', null, 'd1']]);
    const second = await searchAudit(t.db, admin, { clientId: 'c1', limit: 2, cursor: first.nextCursor! });
    expect(second.entries.map((e) => [e.seq, e.clientId, e.listOf])).toEqual([[2, 'c1', 3], [1, 'c1', null]]);
    expect(second.nextCursor).toBeNull();
    expect((await searchAudit(t.db, admin, { clientId: 'c3', limit: 10 })).entries.map((e) => [e.seq, e.clientId, e.listOf])).toEqual([[3, 'c3', 2], [2, 'c3', 3]]);
    // By user, a list is one row that names no one client.
    expect((await searchAudit(t.db, admin, { userId: 'fia', action: 'update', limit: 10 })).entries.map((e) => e.seq)).toEqual([4]);
    const byUser = await searchAudit(t.db, admin, { userId: 'finance-1', limit: 10 });
    expect(byUser.entries.map((e) => [e.seq, e.clientId, e.listOf])).toEqual([[5, null, 2], [3, null, 2], [2, null, 3]]);
    expect(await verifyAuditChain(t.db, 'm-search')).toMatchObject({ ok: true });
  });

  describe('tampering with the clients of a list (as a superuser, triggers disabled) breaks the chain', () => {
    async function listThenMore(m: string): Promise<void> {
      await recordAudit(t.db, actor(m), { action: 'read', clientId: 'c0', objectType: 'client' });
      await readList(m, ['c1', 'c2', 'c3']);
      await recordAudit(t.db, actor(m), { action: 'read', clientId: 'c9', objectType: 'client' });
    }

    it.each([
      ['m-gone', "delete from audit_log_clients where municipality_id = 'm-gone' and client_id = 'c2'", 'row 2 is a list of 3 clients, but audit_log_clients holds 2'],
      ['m-added', "insert into audit_log_clients values ('m-added', 2, 'c4')", 'row 2 is a list of 3 clients, but audit_log_clients holds 4'],
      ['m-changed', "update audit_log_clients set client_id = 'c7' where municipality_id = 'm-changed' and client_id = 'c2'", 'row 2 is a list of 3 clients, but audit_log_clients holds 3, not the same ones'],
    ])('%s: a client removed, added or changed', async (m, statement, reason) => {
      await listThenMore(m);
      expect(await verifyAuditChain(t.db, m)).toMatchObject({ ok: true, rows: 3 });
      await tamper(t.db, (db) => sql.raw(statement).execute(db));
      expect(await verifyAuditChain(t.db, m)).toEqual({ ok: false, municipalityId: m, firstBadSeq: 2, reason: `${reason}: its clients were removed, added or changed` });
      expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, firstBadSeq: 2 });
    });

    it('clients given to a row that is no list, or to a row past the end of the chain', async () => {
      await listThenMore('m-stray');
      await tamper(t.db, (db) => sql`insert into audit_log_clients values ('m-stray', 3, 'c5')`.execute(db));
      expect(await verifyAuditChain(t.db, 'm-stray')).toMatchObject({ ok: false, firstBadSeq: 3, reason: expect.stringMatching(/names 1 clients for row 3, which is no list/) });
      await listThenMore('m-past');
      await tamper(t.db, (db) => sql`insert into audit_log_clients values ('m-past', 40, 'c5')`.execute(db));
      expect(await verifyAuditChain(t.db, 'm-past')).toMatchObject({ ok: false, firstBadSeq: 40, reason: expect.stringMatching(/row 40, past the end of the chain \(row 3\)/) });
    });
  });
});
