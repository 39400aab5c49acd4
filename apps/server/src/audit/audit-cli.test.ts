import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../cli/main.ts';
import type { Database } from '../db/connect.ts';
import { openMigrated } from '../db/open.ts';
import { openTestDatabase, type TestDatabase } from '../testing/test-db.ts';
import { recordAudit, recordAuditMany } from './audit.service.ts';
import { actor, addMunicipality, tamper } from './test-support.ts';

/**
 * A database the command line can open by name: a PGlite directory (closed while the command
 * runs, as PGlite is one process's), or the PostgreSQL tier's test database by URL.
 */
async function cliDatabase(): Promise<{ arg: string; use<T>(fn: (d: Database) => Promise<T>): Promise<T>; dispose(): Promise<void> }> {
  if (process.env.HEMMA_TEST_DB === 'postgres') {
    const t: TestDatabase = await openTestDatabase();
    const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(t.db);
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${rows[0]!.name}`;
    return { arg: url.toString(), use: (fn) => fn(t), dispose: () => t.dispose() };
  }
  const dir = mkdtempSync(join(tmpdir(), 'hemma-audit-'));
  return {
    arg: dir,
    use: async (fn) => {
      const d = await openMigrated({ dir });
      try {
        return await fn(d);
      } finally {
        await d.close();
      }
    },
    dispose: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
  };
}

async function hemma(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  try {
    const code = await main(args);
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

describe(`hemma audit (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let target: Awaited<ReturnType<typeof cliDatabase>>;
  beforeAll(async () => {
    target = await cliDatabase();
    await target.use(async ({ db }) => {
      await addMunicipality(db, 'm1');
      for (const [who, client] of [['anna', 'c1'], ['bo', 'c2'], ['anna', 'c2'], ['bo', 'c1']] as const) {
        await recordAudit(db, actor('m1', 'staff', who), { action: 'read', clientId: client, objectType: 'client', objectId: client }, { now: new Date('2026-11-10T09:00:00Z') });
      }
    });
  });
  afterAll(() => target.dispose());

  it('verify says the log is intact and prints the head to write down', async () => {
    const r = await hemma('audit', 'verify', '--db', target.arg);
    expect(r).toMatchObject({ code: 0, stdout: expect.stringMatching(/^audit log intact: 4 rows in 1 chain\n {2}m1: 4 rows, head row 4 sha256 [0-9a-f]{64}$/) });
  });

  it('search lists a client’s or a user’s entries, and explains what it needs', async () => {
    const byClient = await hemma('audit', 'search', '--client', 'c2', '--from', '2026-11-10', '--to', '2026-11-10', '--db', target.arg);
    expect(byClient.code).toBe(0);
    expect(byClient.stdout.split('\n')).toEqual([
      'seq\tat\tuser\trole\taction\tclient\tobject\tip',
      '3\t2026-11-10T09:00:00.000Z\tanna@m1\tstaff\tread\tc2\tclient/c2\t192.0.2.10',
      '2\t2026-11-10T09:00:00.000Z\tbo@m1\tstaff\tread\tc2\tclient/c2\t192.0.2.10',
    ]);
    const byUser = await hemma('audit', 'search', '--user', 'bo', '--limit', '1', '--db', target.arg);
    expect(byUser).toMatchObject({ code: 0, stderr: 'more: add --cursor 4' });
    expect(await hemma('audit', 'search', '--db', target.arg)).toMatchObject({ code: 1, stderr: expect.stringMatching(/give --client or --user/) });
    expect(await hemma('audit', 'search', '--user', 'bo', '--from', 'monday', '--db', target.arg)).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/--from: expected YYYY-MM-DD or an ISO 8601 time/),
    });
    expect(await hemma('audit', 'check')).toMatchObject({ code: 1, stderr: expect.stringMatching(/unknown subcommand "check"/) });
  });

  it('checkpoint writes a signed head outside the database; verify --checkpoints holds the log against it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hemma-checkpoints-'));
    try {
      expect(await hemma('audit', 'verify', '--checkpoints', dir, '--db', target.arg)).toMatchObject({ code: 1, stderr: expect.stringMatching(/--checkpoints needs HEMMA_AUDIT_KEY/) });
      vi.stubEnv('HEMMA_AUDIT_KEY', 'ab'.repeat(32));
      const written = await hemma('audit', 'checkpoint', '--dir', dir, '--db', target.arg);
      expect(written).toMatchObject({ code: 0, stdout: expect.stringMatching(/^checkpoint .*audit-checkpoint-\d{8}T\d{9}Z\.json: m1 row \d+$/) });
      // A search run with the key logs a signed row past the checkpoint: still intact.
      expect((await hemma('audit', 'search', '--user', 'anna', '--db', target.arg)).code).toBe(0);
      expect(await hemma('audit', 'verify', '--checkpoints', dir, '--db', target.arg)).toMatchObject({
        code: 0,
        stdout: expect.stringMatching(/^audit log intact: \d+ rows in 1 chain, signed rows and 1 checkpoint agree/),
      });
      vi.stubEnv('HEMMA_AUDIT_KEY', 'cd'.repeat(32));
      expect(await hemma('audit', 'verify', '--checkpoints', dir, '--db', target.arg)).toMatchObject({ code: 1, stderr: expect.stringMatching(/does not carry a valid signature/) });
    } finally {
      vi.unstubAllEnvs();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('search shows a list read found by client as one of its clients, and by user as the list', async () => {
    await target.use(({ db }) =>
      recordAuditMany(db, actor('m1', 'finance', 'fia'), ['c3', 'c4', 'c5'].map((clientId) => ({ action: 'read' as const, clientId, objectType: 'report', objectId: 'paid/2026-10' }))),
    );
    const byClient = await hemma('audit', 'search', '--client', 'c4', '--db', target.arg);
    expect(byClient.stdout.split('\n')[1]).toMatch(/\tfia@m1\tfinance\tread\tc4 \(1 of 3\)\treport\/paid\/2026-10\t/);
    const byUser = await hemma('audit', 'search', '--user', 'fia', '--db', target.arg);
    expect(byUser.stdout.split('\n')[1]).toMatch(/\tread\tlist of 3\treport\/paid\/2026-10\t/);
    expect((await hemma('audit', 'verify', '--municipality', 'm1', '--db', target.arg)).code).toBe(0);
  });

  it('verify exits 1 naming the first bad row once a row is removed', async () => {
    await target.use(({ db }) => tamper(db, (d) => sql`delete from audit_log where municipality_id = 'm1' and seq = 2`.execute(d)));
    const r = await hemma('audit', 'verify', '--municipality', 'm1', '--db', target.arg);
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr: 'hemma audit verify: the audit log of m1 is broken at row 2: row 2 is missing (removed, or renumbered): the next row present is 3',
    });
  });
});
