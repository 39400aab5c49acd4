import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../testing/test-db.ts';
import { recordAudit, recordAuditMany, sealerFor, sealPending, verifyAuditChain } from './audit.service.ts';
import { actor, addMunicipality } from './test-support.ts';

describe(`sealing audit entries written in a transaction (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase();
    for (const m of ['m-wait', 'm-race', 'm-guard', 'm-order', 'm-sweep-1', 'm-sweep-2']) await addMunicipality(t.db, m);
  });
  afterAll(() => t.dispose());

  const chained = (m: string) =>
    t.db.selectFrom('audit_log').select(['seq', 'client_id', 'pending_id']).where('municipality_id', '=', m).orderBy('seq').execute();
  const waiting = (m: string) => t.db.selectFrom('audit_pending').select(['id', 'client_id']).where('municipality_id', '=', m).orderBy('id').execute();

  it('keeps the entries of a committed change waiting until a seal chains them, and drops those of a rolled-back one', async () => {
    const who = actor('m-wait');
    const head = await t.db.transaction().execute((trx) => recordAudit(trx, who, { action: 'update', clientId: 'c1', objectType: 'client' }));
    expect(head).toBeNull();
    await expect(
      t.db.transaction().execute(async (trx) => {
        await recordAudit(trx, who, { action: 'delete', clientId: 'c2', objectType: 'client' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await chained('m-wait')).toEqual([]);
    expect((await waiting('m-wait')).map((r) => r.client_id)).toEqual(['c1']);
    expect(await verifyAuditChain(t.db, 'm-wait')).toMatchObject({ ok: true, chains: [{ rows: 0, pending: 1 }] });

    const sealed = await sealPending(t.db, 'm-wait');
    expect(sealed?.seq).toBe(1);
    expect((await chained('m-wait')).map((r) => r.client_id)).toEqual(['c1']);
    expect(await waiting('m-wait')).toEqual([]);
    expect(await verifyAuditChain(t.db, 'm-wait')).toMatchObject({ ok: true, rows: 1, chains: [{ pending: 0 }] });
    expect(await sealPending(t.db, 'm-wait')).toBeNull();
  });

  it('chains in the order entries were written, and a direct record seals what waited before it', async () => {
    const who = actor('m-order');
    for (const c of ['c1', 'c2', 'c3']) {
      await t.db.transaction().execute((trx) => recordAuditMany(trx, who, [{ action: 'read', clientId: c, objectType: 'client' }]));
    }
    const head = await recordAudit(t.db, who, { action: 'read', clientId: 'c4', objectType: 'client' });
    expect(head?.seq).toBe(4);
    const rows = await chained('m-order');
    expect(rows.map((r) => r.client_id)).toEqual(['c1', 'c2', 'c3', 'c4']);
    const ids = rows.map((r) => r.pending_id as number);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
  });

  it('keeps one unbroken chain when 60 transactions commit and seal at the same time', async () => {
    const sealer = sealerFor(t.db);
    await Promise.all(
      Array.from({ length: 60 }, async (_, i) => {
        await t.db.transaction().execute((trx) =>
          recordAuditMany(trx, actor('m-race', 'staff', `u${i % 7}`), [
            { action: 'create', clientId: `c${i}`, objectType: 'registration' },
            { action: 'create', clientId: `c${i}`, objectType: 'registration' },
          ]),
        );
        await sealer.seal('m-race');
        // Once its seal has resolved, this transaction's entries are in the chain.
        const mine = await t.db.selectFrom('audit_log').select('seq').where('municipality_id', '=', 'm-race').where('client_id', '=', `c${i}`).execute();
        expect(mine).toHaveLength(2);
      }),
    );
    const rows = await chained('m-race');
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
    expect(await waiting('m-race')).toEqual([]);
    expect(await verifyAuditChain(t.db, 'm-race')).toMatchObject({ ok: true, rows: 120 });
  });

  it('refuses to change, delete or truncate a waiting entry', async () => {
    await t.db.transaction().execute((trx) => recordAudit(trx, actor('m-guard'), { action: 'read', clientId: 'c1', objectType: 'client' }));
    await expect(sql`update audit_pending set username = 'someone else' where municipality_id = 'm-guard'`.execute(t.db)).rejects.toThrow(
      /audit_pending: an entry leaves only once it is sealed into audit_log: UPDATE refused/,
    );
    await expect(sql`delete from audit_pending where municipality_id = 'm-guard'`.execute(t.db)).rejects.toThrow(
      /audit_pending: an entry leaves only once it is sealed into audit_log: DELETE refused/,
    );
    await expect(sql`truncate audit_pending`.execute(t.db)).rejects.toThrow(/append-only: TRUNCATE refused/);
    expect(await waiting('m-guard')).toHaveLength(1);
    await sealPending(t.db, 'm-guard');
    expect(await verifyAuditChain(t.db, 'm-guard')).toMatchObject({ ok: true, rows: 1 });
  });

  it('sweeps every municipality with waiting entries', async () => {
    for (const m of ['m-sweep-1', 'm-sweep-2']) {
      await t.db.transaction().execute((trx) => recordAudit(trx, actor(m), { action: 'read', clientId: 'c1', objectType: 'client' }));
    }
    await sealerFor(t.db).sealAll();
    expect(await t.db.selectFrom('audit_pending').select('id').execute()).toEqual([]);
    expect((await chained('m-sweep-1')).length + (await chained('m-sweep-2')).length).toBe(2);
  });
});
