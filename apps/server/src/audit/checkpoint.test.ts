import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import type { Database } from '../db/connect.ts';
import type { DB } from '../db/schema.ts';
import { loginAs } from '../testing/login.ts';
import { openTestDatabase, type TestDatabase } from '../testing/test-db.ts';
import { recordAudit, verifyAuditChain } from './audit.service.ts';
import { readCheckpoints, takeCheckpoint, writeCheckpoint, type LoadedCheckpoint } from './checkpoint.ts';
import { signingAuditRows } from './row-signer.ts';
import { actor, addMunicipality, tamper } from './test-support.ts';

// The four kinds of tampering a plain `hemma audit verify` cannot see, each caught against a
// signed checkpoint kept outside the database and the server's signature on each row.

const CHAINS = ['m-ok', 'm-truncate', 'm-forge', 'm-rewrite', 'm-gone', 'm-server'];

describe(`audit checkpoints and signed rows (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let server: Database;
  let dir: string;
  let checkpoints: LoadedCheckpoint[];
  const key = randomBytes(32);

  const verify = (m: string, withAnchors = true) =>
    verifyAuditChain(t.db, m, withAnchors ? { key, checkpoints } : {});

  beforeAll(async () => {
    t = await openTestDatabase();
    server = signingAuditRows(t, key);
    for (const m of CHAINS) {
      await addMunicipality(t.db, m);
      for (let i = 1; i <= 5; i++) {
        await recordAudit(server.db, actor(m, 'case_officer'), { action: 'read', clientId: `c${i}`, objectType: 'client', objectId: `c${i}` });
      }
    }
    dir = mkdtempSync(join(tmpdir(), 'hemma-checkpoints-'));
    await writeCheckpoint(dir, await takeCheckpoint(t.db, key, new Date()));
    checkpoints = await readCheckpoints(dir);
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t.dispose();
  });

  it('accepts an untouched chain, rows appended after the checkpoint included', async () => {
    await recordAudit(server.db, actor('m-ok'), { action: 'update', objectType: 'district', objectId: 'd1' });
    expect(await verify('m-ok')).toMatchObject({ ok: true, rows: 6 });
  });

  it('computes the chain link in the database exactly as the verifier does, and refuses a row that brings another', async () => {
    const details = { z: 1, a: { y: [1, 'två', null, { b: false }], b: true }, '10': 0.5, '9': 'ö', 'q"\\': 'tab\there\u0001', e: [], o: {} };
    await recordAudit(server.db, actor('m-ok'), { action: 'read', clientId: 'c1', objectType: 'client', details });
    const { rows } = await sql<{ stored: string; computed: string }>`
      select hash as stored, audit_row_hash(a) as computed from audit_log a where municipality_id = 'm-ok' order by seq`.execute(t.db);
    expect(rows.length).toBe(7);
    for (const r of rows) expect(r.computed).toBe(r.stored);
    const head = await t.db.selectFrom('audit_chain_heads').select(['seq', 'hash']).where('municipality_id', '=', 'm-ok').executeTakeFirstOrThrow();
    const wrong = sql`insert into audit_log (municipality_id, seq, at, user_id, username, role, action, object_type, ip, prev_hash, hash)
      values ('m-ok', ${head.seq + 1}, date_trunc('milliseconds', now()), 'u', 'u', 'admin', 'read', 'client', '::1', ${head.hash}, ${'f'.repeat(64)})`;
    await expect(wrong.execute(t.db)).rejects.toThrow(/brings hash f+, but its fields give/);
  });

  it('1: newest rows deleted and the head moved back', async () => {
    const row3 = await t.db.selectFrom('audit_log').select('hash').where('municipality_id', '=', 'm-truncate').where('seq', '=', 3).executeTakeFirstOrThrow();
    await tamper(t.db, async (db) => {
      await sql`delete from audit_log where municipality_id = 'm-truncate' and seq > 3`.execute(db);
      await sql`update audit_chain_heads set seq = 3, hash = ${row3.hash} where municipality_id = 'm-truncate'`.execute(db);
    });
    expect(await verify('m-truncate', false)).toMatchObject({ ok: true, rows: 3 });
    expect(await verify('m-truncate')).toEqual({
      ok: false,
      municipalityId: 'm-truncate',
      firstBadSeq: 4,
      reason: `checkpoint ${checkpoints[0]!.file} recorded row 5, but the chain now ends at row 3: rows were removed and the head moved back`,
    });
  });

  it('2: one row forged by a plain INSERT with the triggers on', async () => {
    // Seq, prev_hash and hash left out: the database fills them in, so the row is chained …
    await sql`insert into audit_log (municipality_id, at, user_id, username, role, action, client_id, object_type, ip)
      values ('m-forge', date_trunc('milliseconds', now()), 'admin-1', 'admin-1@m-forge', 'admin', 'read', 'c1', 'client', '192.0.2.10')`.execute(t.db);
    expect(await verify('m-forge', false)).toMatchObject({ ok: true, rows: 6 });
    // … but carries no signature of the server, and rows written after it do not hide it.
    await recordAudit(server.db, actor('m-forge'), { action: 'read', clientId: 'c2', objectType: 'client' });
    expect(await verify('m-forge')).toEqual({
      ok: false,
      municipalityId: 'm-forge',
      firstBadSeq: 6,
      reason: 'row 6 carries no server signature and no checkpoint vouches for it: it was written around the server (a plain INSERT)',
    });
  });

  it('3: the whole chain rewritten, head included', async () => {
    await tamper(t.db, async (db) => {
      await sql`update audit_log set client_id = 'someone-else', mac = null where municipality_id = 'm-rewrite'`.execute(db);
      await relink(db, 'm-rewrite', 5);
    });
    expect(await verify('m-rewrite', false)).toMatchObject({ ok: true, rows: 5 });
    expect(await verify('m-rewrite')).toEqual({
      ok: false,
      municipalityId: 'm-rewrite',
      firstBadSeq: 5,
      reason: `row 5 is not the row checkpoint ${checkpoints[0]!.file} recorded (another hash): the log was rewritten`,
    });
  });

  it('3b: a rewrite that keeps the old signatures', async () => {
    await tamper(t.db, async (db) => {
      await sql`update audit_log set client_id = 'c1' where municipality_id = 'm-ok' and seq = 2`.execute(db);
      await relink(db, 'm-ok', 7);
    });
    expect(await verify('m-ok')).toMatchObject({ ok: false, firstBadSeq: 2, reason: 'row 2 carries a signature that does not fit its hash: forged or rewritten' });
  });

  it("4: a municipality's whole chain deleted", async () => {
    await tamper(t.db, async (db) => {
      await sql`delete from audit_log where municipality_id = 'm-gone'`.execute(db);
      await sql`delete from audit_chain_heads where municipality_id = 'm-gone'`.execute(db);
    });
    expect(await verify('m-gone', false)).toMatchObject({ ok: true, rows: 0 });
    expect(await verify('m-gone')).toEqual({
      ok: false,
      municipalityId: 'm-gone',
      firstBadSeq: 1,
      reason: `checkpoint ${checkpoints[0]!.file} recorded row 5, but the chain is gone entirely: rows were removed and the head moved back`,
    });
  });

  it('has the server write a checkpoint when ready and when closing, and sign what it logs', async () => {
    const own = mkdtempSync(join(tmpdir(), 'hemma-server-checkpoints-'));
    try {
      const config = loadConfig({ HEMMA_AUDIT_KEY: key.toString('hex'), HEMMA_AUDIT_CHECKPOINT_DIR: own });
      const app = await buildApp(config, t);
      await app.ready();
      expect(await readCheckpoints(own)).toHaveLength(1);
      await loginAs(app, t, 'admin', { municipalityId: 'm-server' });
      await app.close();
      const written = await readCheckpoints(own);
      expect(written.map((c) => c.checkpoint.chains.find((h) => h.municipalityId === 'm-server')?.seq)).toEqual([5, 6]);
      expect(await verifyAuditChain(t.db, 'm-server', { key, checkpoints: written })).toMatchObject({ ok: true, rows: 6 });
      const login = await t.db.selectFrom('audit_log').select(['action', 'mac']).where('municipality_id', '=', 'm-server').where('seq', '=', 6).executeTakeFirstOrThrow();
      expect(login).toEqual({ action: 'login', mac: expect.stringMatching(/^[0-9a-f]{64}$/) });
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  });

  it('refuses a checkpoint that was edited, or signed with another key', async () => {
    const file = checkpoints[0]!.file;
    const edited = JSON.parse(readFileSync(file, 'utf8')) as { chains: { seq: number }[] };
    edited.chains[0]!.seq = 1;
    const other = join(dir, 'edited.json');
    writeFileSync(other, JSON.stringify(edited));
    const loaded = (await readCheckpoints(other))[0]!;
    expect(await verifyAuditChain(t.db, 'm-ok', { key, checkpoints: [loaded] })).toMatchObject({ ok: false, reason: expect.stringMatching(/edited\.json does not carry a valid signature/) });
    expect(await verifyAuditChain(t.db, 'm-ok', { key: randomBytes(32), checkpoints })).toMatchObject({ ok: false, reason: expect.stringMatching(/valid signature/) });
    rmSync(other);
  });
});

/** What an attacker with the triggers off does after changing rows: recompute every link and the head. */
async function relink(db: Kysely<DB>, m: string, rows: number): Promise<void> {
  for (let seq = 1; seq <= rows; seq++) {
    await sql`update audit_log a set prev_hash = coalesce((select hash from audit_log b where b.municipality_id = a.municipality_id and b.seq = a.seq - 1), repeat('0', 64))
      where municipality_id = ${m} and seq = ${seq}`.execute(db);
    await sql`update audit_log a set hash = audit_row_hash(a) where municipality_id = ${m} and seq = ${seq}`.execute(db);
  }
  await sql`update audit_chain_heads set hash = (select hash from audit_log where municipality_id = ${m} and seq = ${rows}), seq = ${rows} where municipality_id = ${m}`.execute(db);
}
