import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPostgresUrl } from '../../testing/test-db.ts';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '../../../../../bin/hemma.mjs');
const SCENARIO = join(import.meta.dirname, '../../../../../fixtures/reports/reports-example.json');

async function hemma(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { env: { ...process.env, DATABASE_URL: '' }, encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

// fixtures/reports/reports-example.json, April 2017 (summer time): c1 (76) is met daily 3–16
// April by s1 at 08:00 and s2 at 17:00 (p1), by t1 of p2 on the 10th and by s3 with a meal on
// the 5th; c2 turns 65 on 5 April and is met twice daily by s3; c3 (87) is met twice daily by t1
// but on the 8th the evening visit is an alarm response. On the 20th s1 has two overlapping
// visits (c2 09:00–10:00, c1 09:30–10:00): both held for overlap. All visits last 30 minutes.
describe(`hemma report, end to end (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, { timeout: 400_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'hemma-report-'));
  let db = join(dir, 'data');
  let drop = async () => {};
  beforeAll(async () => {
    if (process.env.HEMMA_TEST_DB === 'postgres') ({ url: db, drop } = await freshPostgresUrl());
    const imported = await hemma('import', SCENARIO, '--db', db);
    expect(imported).toMatchObject({ code: 0 });
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await drop();
  });

  const json = async (...args: string[]): Promise<unknown> => {
    const out = await hemma('report', ...args, '--db', db);
    expect(out).toMatchObject({ code: 0, stderr: '' });
    return JSON.parse(out.stdout);
  };

  it('prints the month\'s continuity, the 14-day indicator and time at clients as the spec defines them', async () => {
    expect(await json('continuity', '--month', '2017-04')).toEqual({
      format: 'hemma-continuity/1', municipality: 'rapportby', month: '2017-04',
      // c1: s1, s2, s3 (the meal), t1; c2: s3, s1; c3: t1.
      clients: [{ client: 'c1', staff: 4 }, { client: 'c2', staff: 2 }, { client: 'c3', staff: 1 }],
      providers: [
        { provider: 'p1', clients: 2, mean: 2.5, median: 2.5, max: 3 }, // c1 {s1, s2, s3}, c2 {s3, s1}
        { provider: 'p2', clients: 2, mean: 1, median: 1, max: 1 }, // c1 {t1}, c3 {t1}
      ],
      total: { clients: 3, mean: 2.33, median: 2, max: 4 },
    });
    // Only c1 is eligible: c2 is 64 on the 3rd, c3 has one ordinary visit on the 8th. The meal
    // delivery adds no staff member: s1, s2, t1.
    expect(await json('continuity-14', '--from', '2017-04-03')).toEqual({
      format: 'hemma-continuity14/1', municipality: 'rapportby', from: '2017-04-03', to: '2017-04-16',
      clients: [{ client: 'c1', staff: 3 }], median: 3,
    });
    // p1: 14 × 30 (s1) + 14 × 30 (s2) + 28 × 30 (s3) + 30 (meal) = 1710 of shifts
    // 14 × 510 (s1) + 13 × 360 + 510 across midnight (s2) + 14 × 420 (s3) = 18210 → 9.39 %.
    // p2: 29 × 30 = 870 of 14 × 720 = 10080 (the shift of 31 March is March's) → 8.63 %.
    expect(await json('time-at-clients', '--month', '2017-04', '--format', 'json')).toEqual({
      format: 'hemma-time-at-clients/1', municipality: 'rapportby', month: '2017-04',
      providers: [
        { provider: 'p1', visitMinutes: 1710, shiftMinutes: 18210, percent: 9.4 },
        { provider: 'p2', visitMinutes: 870, shiftMinutes: 10080, percent: 8.6 },
      ],
    });
  });

  it('prints the excess with its decisions and reasons, and the month\'s payments', async () => {
    // Ordered 600 / 600 / 300 minutes, capped at 660 / 660 / 330; performed 870 / 840 / 840.
    expect(await json('excess', '--month', '2017-04')).toEqual({
      format: 'hemma-excess/1', municipality: 'rapportby', month: '2017-04',
      clients: [
        { client: 'c1', excessMinutes: 210, excessApprovedMinutes: 210, excessRejectedMinutes: 0, excessPendingMinutes: 0 },
        { client: 'c2', excessMinutes: 180, excessApprovedMinutes: 0, excessRejectedMinutes: 0, excessPendingMinutes: 180 },
        { client: 'c3', excessMinutes: 510, excessApprovedMinutes: 0, excessRejectedMinutes: 510, excessPendingMinutes: 0 },
      ],
      providers: [
        { provider: 'p1', excessMinutes: 390, excessApprovedMinutes: 210, excessRejectedMinutes: 0, excessPendingMinutes: 180 },
        { provider: 'p2', excessMinutes: 510, excessApprovedMinutes: 0, excessRejectedMinutes: 510, excessPendingMinutes: 0 },
      ],
      districts: [
        { district: 'd1', excessMinutes: 390, excessApprovedMinutes: 210, excessRejectedMinutes: 0, excessPendingMinutes: 180 },
        { district: 'd2', excessMinutes: 510, excessApprovedMinutes: 0, excessRejectedMinutes: 510, excessPendingMinutes: 0 },
      ],
      total: { excessMinutes: 900, excessApprovedMinutes: 210, excessRejectedMinutes: 510, excessPendingMinutes: 180 },
      excess: [
        { client: 'c1', provider: 'p1', minutes: 210, amountOre: 140_000, status: 'approved', reason: 'Ökat behov efter fall' },
        { client: 'c2', provider: 'p1', minutes: 180, amountOre: 120_000, status: 'pending', reason: null },
        { client: 'c3', provider: 'p2', minutes: 510, amountOre: 340_000, status: 'rejected', reason: 'Ej styrkt' },
      ],
    });
    const paid = (await json('paid', '--month', '2017-04')) as { providers: unknown; total: unknown };
    expect(paid.providers).toEqual([
      { provider: 'p1', amountOre: 880_000, approvedExcessOre: 0, paidOre: 880_000 },
      { provider: 'p2', amountOre: 220_000, approvedExcessOre: 0, paidOre: 220_000 },
    ]);
    expect(paid.total).toEqual({ amountOre: 1_100_000, approvedExcessOre: 0, paidOre: 1_100_000 });
  });

  it('writes csv and an xlsx workbook with Swedish headings, names and numbers, and refuses a bad period with a clear message', async () => {
    const csv = await hemma('report', 'continuity', '--month', '2017-04', '--format', 'csv', '--db', db);
    expect(csv.stdout.split('\n').slice(0, 5)).toEqual([
      '\uFEFFPersonalkontinuitet per månad, april 2017',
      'Rapportby kommun, hela kommunen',
      '',
      'Nivå;Id;Namn;Antal personal;Antal klienter;Medelantal personal;Median, antal personal;Högsta antal personal',
      'Klient;c1;Karl K;4;;;;',
    ]);
    expect(csv.stdout).toContain('Utförare;p1;Omsorg AB;;2;2,5;2,5;3\n');
    expect(csv.stdout).toContain('Kommunen totalt;;Rapportby kommun;;3;2,33;2;4\n');
    const paid = await hemma('report', 'paid', '--month', '2017-04', '--format', 'csv', '--db', db);
    expect(paid.stdout).toContain('Belopp (kr);Godkänd överskjutande tid (kr);Utbetalt (kr)\n');
    expect(paid.stdout).toContain('Utförare;p1;Omsorg AB;8800,00;0,00;8800,00\n');

    const file = join(dir, 'declined.xlsx');
    expect(await hemma('report', 'declined', '--month', '2017-04', '--format', 'xlsx', '--out', file, '--db', db)).toMatchObject({ code: 0 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.worksheets[0]!;
    expect(sheet.name).toBe('Avböjda besök');
    expect(sheet.getCell('A1').value).toBe('Avböjda besök, april 2017');
    expect(sheet.getRow(4).values).toEqual([undefined, 'Nivå', 'Id', 'Namn', 'Planerade besök', 'Avböjda vid dörren', 'Andel avböjda vid dörren', 'Avböjda i förväg', 'Andel avböjda i förväg']);
    // c1: 28 visits, the meal, the held one, t1's and one declined at the door: 32 planned, 1 / 32 → 3.1 %.
    expect(sheet.getRow(5).values).toEqual([undefined, 'Klient', 'c1', 'Karl K', 32, 1, 0.031, 0, 0]);
    // Numbers stay numbers, shown the reader's way: a percent as a percent.
    expect(sheet.getCell('F5').numFmt).toBe('0.0%');
    expect(sheet.getCell('E5').numFmt).toBe('#,##0');
    expect(await hemma('report', 'continuity-14', '--from', '2017-02-30', '--db', db)).toMatchObject({ code: 1, stderr: expect.stringMatching(/--from: expected a date/) });
    expect(await hemma('report', 'continuity', '--from', '2017-04-03', '--db', db)).toMatchObject({ code: 1, stderr: expect.stringMatching(/takes --month/) });
    expect(await hemma('report', 'nonsense', '--month', '2017-04', '--db', db)).toMatchObject({ code: 1, stderr: expect.stringMatching(/no report "nonsense"/) });
  });
});
