import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES_DIR } from '../testing/fixtures.ts';
import { freshPostgresUrl } from '../testing/test-db.ts';
import type { Actor } from '../auth/actor.ts';
import { loadConfig } from '../config.ts';
import { openMigrated } from '../db/open.ts';
import { approveStatement, giveExcessReason, submitStatement } from '../modules/month-close/month-close.service.ts';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '../../../../bin/hemma.mjs');

async function hemma(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { env: { ...process.env, DATABASE_URL: '' } });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

// The command line opens its own database: a PGlite directory, or in the PostgreSQL tier a fresh
// database on the test server.
// Each step starts a process that loads the whole server: give them time on a busy machine.
describe(`the hemma command, end to end (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, { timeout: 180_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'hemma-cli-'));
  let db = join(dir, 'data');
  let drop = async () => {};
  beforeAll(async () => {
    if (process.env.HEMMA_TEST_DB !== 'postgres') return;
    const fresh = await freshPostgresUrl();
    db = fresh.url;
    drop = fresh.drop;
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await drop();
  });

  it('imports an example, prints its statements exactly, and a second import changes nothing', async () => {
    const file = join(EXAMPLES_DIR, '01-cap-and-declined.json');
    const first = await hemma('import', file, '--db', db);
    expect(first).toMatchObject({ code: 0, stdout: expect.stringMatching(/imported municipality exempelby/) });
    const again = await hemma('import', file, '--db', db);
    expect(again).toMatchObject({ code: 0, stdout: expect.stringMatching(/already imported, nothing changed/) });
    const out = await hemma('statements', '--month', '2016-12', '--format', 'json', '--municipality', 'exempelby', '--db', db);
    expect(out.stdout).toBe(readFileSync(join(EXAMPLES_DIR, '01-cap-and-declined.2016-12.statements.json'), 'utf8'));
  });

  it('produces a month\'s fees as json, csv for billing and fee decisions as PDF', async () => {
    const file = join(EXAMPLES_DIR, '04-fees.json');
    expect((await hemma('import', file, '--db', db)).code).toBe(0);
    const json = await hemma('fees', '--month', '2017-05', '--municipality', 'avgiftsby', '--db', db);
    expect(json.stdout).toBe(readFileSync(join(EXAMPLES_DIR, '04-fees.2017-05.fees.json'), 'utf8'));
    const csv = await hemma('fees', '--month', '2017-05', '--municipality', 'avgiftsby', '--format', 'csv', '--db', db);
    expect(csv.stdout.split('\n')[0]).toBe('municipality,month,client,personal_number,basis_minutes,tariff_ore,maxtaxa_ore,minimibelopp_ore,capacity_ore,declined_at_door_count,fee_ore,fee_kr,binding');
    expect(csv.stdout.split('\n')).toHaveLength(6);
    const pdf = join(dir, 'fees.pdf');
    expect((await hemma('fees', '--month', '2017-05', '--municipality', 'avgiftsby', '--format', 'pdf', '--out', pdf, '--db', db)).code).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses a broken file with the JSON path and exit code 1', async () => {
    const raw = JSON.parse(readFileSync(join(EXAMPLES_DIR, '01-cap-and-declined.json'), 'utf8'));
    raw.clients[0].personalNumber = '19400101-0019';
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify(raw));
    const r = await hemma('import', bad, '--db', db);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/clients\[0\]\.personalNumber: checksum fails/);
  });

  it('explains a bad month or format instead of crashing', async () => {
    expect(await hemma('statements', '--month', '2016-13', '--db', db)).toMatchObject({ code: 1, stderr: expect.stringMatching(/expected YYYY-MM/) });
    expect(await hemma('statements', '--month', '2016-12', '--format', 'doc', '--db', db)).toMatchObject({ code: 1, stderr: expect.stringMatching(/one of json, csv, xlsx, pdf/) });
    expect(await hemma('nonsense')).toMatchObject({ code: 1, stderr: expect.stringMatching(/unknown command "nonsense"/) });
  });

  it('prints the approved document of a locked month, says it is locked, and ignores later rate changes', async () => {
    const database = await openMigrated(loadConfig({}, db).database);
    try {
      const as = (role: Actor['role'], extra: Partial<Actor> = {}): Actor => ({
        userId: role, username: role, municipalityId: 'exempelby', role, districtId: null, providerId: null, staffId: null, ip: '127.0.0.1', at: new Date(), ...extra,
      });
      const manager = as('provider_manager', { providerId: 'p1' });
      await giveExcessReason(database, manager, '2016-12', 'p1', 'c1', 'Fall i hemmet');
      await submitStatement(database, manager, '2016-12', 'p1');
      await approveStatement(database, as('finance'), '2016-12', 'p1');
      // A new, higher day rate for the whole history: a recomputation would now differ.
      await database.db.insertInto('rates').values({
        municipality_id: 'exempelby', position: 99, valid_from: '2016-01-01', price: 'per_hour', ore: 99_900, band_id: 'day', category: null, provider_kind: null, area: null,
      }).execute();
    } finally {
      await database.close();
    }
    const approved = JSON.parse(readFileSync(join(EXAMPLES_DIR, '01-cap-and-declined.2016-12.statements.json'), 'utf8'));
    const out = await hemma('statements', '--month', '2016-12', '--format', 'json', '--municipality', 'exempelby', '--db', db);
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout).statements[0].totalOre).toBe(approved.statements[0].totalOre);
    expect(out.stderr).toMatch(/p1 2016-12: låst \(godkänd\).*Locked \(approved\)/);
    // The next month is not locked: it is computed, at the new rate.
    const next = await hemma('statements', '--month', '2017-01', '--format', 'json', '--municipality', 'exempelby', '--db', db);
    expect(next.stderr).not.toMatch(/låst/);
  });
});
