import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../testing/test-db.ts';
import { recordAudit, recordAuditMany, verifyAuditChain } from './audit.service.ts';
import { auditHash, auditTime, clientListOf, GENESIS_HASH } from './hash.ts';
import { actor, addMunicipality, clientRows, tamper } from './test-support.ts';

describe(`the audit chain (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase();
    for (const m of ['m-append', 'm-many', 'm-concurrent', 'm-trx', 'm-guard', 'm-alter', 'm-rehash', 'm-middle', 'm-last', 'm-swap', 'm-reorder']) {
      await addMunicipality(t.db, m);
    }
  });
  afterAll(() => t.dispose());

  const rows = (m: string) =>
    t.db.selectFrom('audit_log').selectAll().where('municipality_id', '=', m).orderBy('seq').execute();

  async function history(m: string, n: number): Promise<void> {
    const staff = actor(m, 'staff');
    for (let i = 1; i <= n; i++) {
      await recordAudit(t.db, staff, { action: 'read', clientId: `c${i}`, objectType: 'client', objectId: `c${i}` });
    }
  }

  it('links each row to the one before it and records who, role, what, which client, when and from where', async () => {
    const who = actor('m-append', 'case_officer', 'u-7');
    const at = new Date('2026-11-23T08:15:30.123Z');
    await recordAudit(t.db, who, { action: 'read', clientId: 'c1', objectType: 'client', objectId: 'c1' }, { now: at });
    await recordAudit(t.db, who, { action: 'update', clientId: 'c1', objectType: 'decision', objectId: 'dec-1', details: { fields: ['valid_to'] } });
    const head = await recordAudit(t.db, who, { action: 'export', objectType: 'statement', objectId: 'p1/2026-10' });
    const stored = await rows('m-append');
    expect(stored.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(stored[0]).toMatchObject({
      user_id: 'u-7',
      username: 'u-7@m-append',
      role: 'case_officer',
      action: 'read',
      client_id: 'c1',
      object_type: 'client',
      object_id: 'c1',
      ip: '192.0.2.10',
      at,
      prev_hash: GENESIS_HASH,
    });
    expect(stored[1]!.prev_hash).toBe(stored[0]!.hash);
    expect(stored[2]!.prev_hash).toBe(stored[1]!.hash);
    expect(stored[2]!.client_id).toBeNull();
    expect(head).toEqual({ seq: 3, hash: stored[2]!.hash });
    expect(await verifyAuditChain(t.db, 'm-append')).toEqual({
      ok: true,
      rows: 3,
      chains: [{ municipalityId: 'm-append', rows: 3, head }],
    });
  });

  it('records a list read as one row naming its clients beside it, in one append, and details survive jsonb unchanged', async () => {
    const details = { z: 1, a: { y: [1, 'två', null], b: true }, '10': 0.1, '9': 'ö' };
    const head = await recordAuditMany(
      t.db,
      actor('m-many'),
      ['c1', 'c2', 'c3', 'c4'].map((c) => ({ action: 'read' as const, clientId: c, objectType: 'client_list', details })),
    );
    expect(head?.seq).toBe(1);
    expect((await rows('m-many')).map((r) => [r.client_id, r.details])).toEqual([[null, { ...details, clients: clientListOf(['c1', 'c2', 'c3', 'c4']) }]]);
    expect((await clientRows(t.db, 'm-many')).map((r) => r.client_id)).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect(await recordAuditMany(t.db, actor('m-many'), [])).toBeNull();
    expect(await verifyAuditChain(t.db, 'm-many')).toMatchObject({ ok: true, rows: 1 });
  });

  it('keeps one unbroken chain when 50 appends race', async () => {
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        recordAudit(t.db, actor('m-concurrent', 'staff', `u${i % 5}`), { action: 'read', clientId: `c${i}`, objectType: 'client' }),
      ),
    );
    const stored = await rows('m-concurrent');
    expect(stored.map((r) => r.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(new Set(stored.map((r) => r.client_id)).size).toBe(50);
    expect(await verifyAuditChain(t.db, 'm-concurrent')).toMatchObject({ ok: true, rows: 50 });
  });

  it("commits or rolls back with the caller's transaction", async () => {
    const who = actor('m-trx');
    await t.db.transaction().execute((trx) => recordAudit(trx, who, { action: 'create', clientId: 'c1', objectType: 'client' }));
    await expect(
      t.db.transaction().execute(async (trx) => {
        await recordAudit(trx, who, { action: 'delete', clientId: 'c1', objectType: 'client' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await recordAudit(t.db, who, { action: 'read', clientId: 'c1', objectType: 'client' });
    expect((await rows('m-trx')).map((r) => r.action)).toEqual(['create', 'read']);
    expect(await verifyAuditChain(t.db, 'm-trx')).toMatchObject({ ok: true, rows: 2 });
  });

  it('refuses UPDATE, DELETE and TRUNCATE of the log, direct writes to the chain head, and rows out of order', async () => {
    await history('m-guard', 2);
    await expect(sql`update audit_log set username = 'someone else' where municipality_id = 'm-guard'`.execute(t.db)).rejects.toThrow(
      /audit_log is append-only: UPDATE refused/,
    );
    await expect(sql`delete from audit_log where municipality_id = 'm-guard' and seq = 2`.execute(t.db)).rejects.toThrow(
      /audit_log is append-only: DELETE refused/,
    );
    await expect(sql`truncate audit_log`.execute(t.db)).rejects.toThrow(/append-only: TRUNCATE refused/);
    await expect(sql`update audit_chain_heads set seq = 1 where municipality_id = 'm-guard'`.execute(t.db)).rejects.toThrow(
      /audit_chain_heads moves only with inserts into audit_log/,
    );
    await expect(sql`delete from audit_chain_heads where municipality_id = 'm-guard'`.execute(t.db)).rejects.toThrow(/append-only: DELETE refused/);
    const [last] = (await rows('m-guard')).slice(-1);
    const forged = (seq: number, prev: string) =>
      sql`insert into audit_log (municipality_id, seq, at, user_id, username, role, action, object_type, ip, prev_hash, hash)
          values ('m-guard', ${seq}, now()::timestamptz(3), 'x', 'x', 'admin', 'read', 'client', 'x', ${prev}, ${'f'.repeat(64)})`.execute(t.db);
    await expect(forged(5, last!.hash)).rejects.toThrow(/row 5 of municipality m-guard does not continue the chain \(head is row 2\)/);
    await expect(forged(3, GENESIS_HASH)).rejects.toThrow(/does not continue the chain/);
    expect(await verifyAuditChain(t.db, 'm-guard')).toMatchObject({ ok: true, rows: 2 });
  });

  describe('tampering with superuser rights (triggers disabled) is found by verify', () => {
    it('a changed field', async () => {
      await history('m-alter', 5);
      await tamper(t.db, (db) => sql`update audit_log set client_id = 'c99' where municipality_id = 'm-alter' and seq = 3`.execute(db));
      expect(await verifyAuditChain(t.db, 'm-alter')).toEqual({
        ok: false,
        municipalityId: 'm-alter',
        firstBadSeq: 3,
        reason: 'row 3 was altered: its fields no longer give its stored hash',
      });
      // The whole-database check finds it too, whichever chain it is in.
      expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, municipalityId: 'm-alter', firstBadSeq: 3 });
    });

    it('a time moved by a millisecond', async () => {
      await history('m-swap', 3);
      await tamper(t.db, (db) =>
        sql`update audit_log set at = at + interval '1 millisecond' where municipality_id = 'm-swap' and seq = 2`.execute(db),
      );
      expect(await verifyAuditChain(t.db, 'm-swap')).toMatchObject({ ok: false, firstBadSeq: 2, reason: expect.stringMatching(/altered/) });
    });

    it('two rows swapped in order', async () => {
      await history('m-reorder', 4);
      await tamper(t.db, async (db) => {
        await sql`update audit_log set seq = seq + 1000 where municipality_id = 'm-reorder' and seq in (2, 3)`.execute(db);
        await sql`update audit_log set seq = 5 - (seq - 1000) where municipality_id = 'm-reorder' and seq > 1000`.execute(db);
      });
      expect((await rows('m-reorder')).map((r) => r.client_id)).toEqual(['c1', 'c3', 'c2', 'c4']);
      expect(await verifyAuditChain(t.db, 'm-reorder')).toMatchObject({ ok: false, firstBadSeq: 2, reason: expect.stringMatching(/row 2 was altered/) });
    });

    it('a changed row whose hash was recomputed breaks the link to the next row', async () => {
      await history('m-rehash', 4);
      const [, , third] = await rows('m-rehash');
      const forged = {
        municipalityId: 'm-rehash',
        seq: 3,
        at: auditTime(third!.at),
        userId: third!.user_id,
        username: third!.username,
        role: third!.role,
        action: third!.action,
        clientId: 'someone-else',
        objectType: third!.object_type,
        objectId: third!.object_id,
        ip: third!.ip,
        details: third!.details,
        prevHash: third!.prev_hash,
      };
      await tamper(t.db, (db) =>
        sql`update audit_log set client_id = 'someone-else', hash = ${auditHash(forged)} where municipality_id = 'm-rehash' and seq = 3`.execute(db),
      );
      expect(await verifyAuditChain(t.db, 'm-rehash')).toMatchObject({
        ok: false,
        firstBadSeq: 4,
        reason: expect.stringMatching(/^row 4 does not follow row 3: its prev_hash is not that row's hash/),
      });
    });

    it('a deleted middle row', async () => {
      await history('m-middle', 5);
      await tamper(t.db, (db) => sql`delete from audit_log where municipality_id = 'm-middle' and seq = 3`.execute(db));
      expect(await verifyAuditChain(t.db, 'm-middle')).toMatchObject({
        ok: false,
        firstBadSeq: 3,
        reason: 'row 3 is missing (removed, or renumbered): the next row present is 4',
      });
    });

    it('a deleted last row, through the chain head', async () => {
      await history('m-last', 5);
      await tamper(t.db, (db) => sql`delete from audit_log where municipality_id = 'm-last' and seq = 5`.execute(db));
      expect(await verifyAuditChain(t.db, 'm-last')).toMatchObject({
        ok: false,
        firstBadSeq: 5,
        reason: 'row 5 is missing at the end: the chain head records row 5',
      });
    });
  });
});
