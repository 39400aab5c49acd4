import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit, recordAuditMany, verifyAuditChain } from '../audit/audit.service.ts';
import { actor } from '../audit/test-support.ts';
import { importScenario } from '../modules/scenario/import.service.ts';
import { readExample } from '../testing/fixtures.ts';
import { freshPostgresUrl } from '../testing/test-db.ts';
import { openDatabase, type Database } from './connect.ts';
import { migrate } from './migrate.ts';
import { appRoleGrants } from './production-roles.ts';

// Production roles on PostgreSQL (docs/operations.md): migrations run as the owner; the server
// connects as a role that can use the data but cannot truncate, alter, switch off triggers, or
// change and delete audit rows. PGlite has one user and no roles to test.

const onPostgres = process.env.HEMMA_TEST_DB === 'postgres';

describe.skipIf(!onPostgres)('production roles on PostgreSQL (PGlite has a single user: not applicable there)', () => {
  const suffix = randomBytes(4).toString('hex');
  const owner = `hemma_owner_${suffix}`;
  const appRole = `hemma_app_${suffix}`;
  let fresh: { url: string; drop: () => Promise<void> };
  let asOwner: Database;
  let asApp: Database;
  /** As the test server's superuser, in the fresh database or (for roles) the server's own. */
  const superuser = async (text: string, inFresh = false) => {
    const c = new pg.Client({ connectionString: inFresh ? fresh.url : process.env.DATABASE_URL });
    await c.connect();
    try {
      await c.query(text);
    } finally {
      await c.end();
    }
  };
  const urlAs = (role: string) => {
    const url = new URL(fresh.url);
    url.username = role;
    return url.toString();
  };

  beforeAll(async () => {
    fresh = await freshPostgresUrl();
    await superuser(`create role ${owner} login nosuperuser nocreatedb nocreaterole`);
    await superuser(`create role ${appRole} login nosuperuser nocreatedb nocreaterole`);
    const name = new URL(fresh.url).pathname.slice(1);
    await superuser(`alter database ${name} owner to ${owner}`);
    await superuser(`alter schema public owner to ${owner}`, true);
    asOwner = await openDatabase({ url: urlAs(owner) });
    await migrate(asOwner);
    for (const statement of appRoleGrants(appRole, owner)) await sql.raw(statement).execute(asOwner.db);
    asApp = await openDatabase({ url: urlAs(appRole) });
  });
  afterAll(async () => {
    await asApp?.close();
    await asOwner?.close();
    await fresh?.drop();
    await superuser(`drop role if exists ${appRole}`);
    await superuser(`drop role if exists ${owner}`);
  });

  it('lets the app role start (nothing to migrate), import and append to the audit log', async () => {
    expect(await migrate(asApp)).toEqual([]);
    const r = await importScenario(asApp, readExample('01-cap-and-declined.json'), { referenceDate: '2026-11-23' });
    expect(r.ok).toBe(true);
    await recordAudit(asApp.db, actor('exempelby'), { action: 'read', clientId: 'c1', objectType: 'client' });
    await recordAuditMany(asApp.db, actor('exempelby'), ['c1', 'c2'].map((clientId) => ({ action: 'read' as const, clientId, objectType: 'client' })));
    expect(await verifyAuditChain(asApp.db, 'exempelby')).toMatchObject({ ok: true });
  });

  it.each([
    ['TRUNCATE', 'truncate audit_log', /permission denied/],
    ['ALTER', 'alter table audit_log add column note text', /must be owner/],
    ['DISABLE TRIGGER', 'alter table audit_log disable trigger user', /must be owner/],
    ['replica mode, which skips triggers', 'set session_replication_role = replica', /permission denied/],
    ['UPDATE', "update audit_log set client_id = 'x'", /permission denied/],
    ['DELETE', 'delete from audit_log', /permission denied/],
    ["UPDATE of a list's clients", "update audit_log_clients set client_id = 'x'", /permission denied/],
    ["DELETE of a list's clients", 'delete from audit_log_clients', /permission denied/],
    ["DISABLE TRIGGER on a list's clients", 'alter table audit_log_clients disable trigger user', /must be owner/],
    ['a direct write of the chain head', "update audit_chain_heads set seq = 1", /moves only with inserts into audit_log/],
    ['DROP', 'drop table audit_log cascade', /must be owner/],
  ])('refuses the app role %s on the audit log', async (_what, statement, error) => {
    await expect(sql.raw(statement).execute(asApp.db)).rejects.toThrow(error);
  });

  it('still lets the owner run the next migration', async () => {
    await expect(sql`create table later_migration (id int)`.execute(asOwner.db)).resolves.toBeDefined();
    await sql`insert into later_migration values (1)`.execute(asApp.db);
  });
});
