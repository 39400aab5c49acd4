import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XLSX_CONTENT_TYPE } from '@hemma/contract/api';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { readExample } from '../../testing/fixtures.ts';
import { loginAs, type Session } from '../../testing/login.ts';
import { openTestDatabase, type TestDatabase } from '../../testing/test-db.ts';
import { importScenario } from '../scenario/import.service.ts';

// Example 02 (exempelo, granted time): p1 serves c1 (19350612-1239) from March 2017; c2
// (19420930-0450) is p2's. Sheets are generated here, as providers would fill them in.

async function sheet(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('Avvikelser');
  ws.addRow(['Personnummer', 'Månad', 'Minuter', 'Orsak', 'Kommentar']);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const good: ExcelJS.CellValue[][] = [
  ['19350612-1239', '2017-03', -120, 'sjukhus', 'Inlagd 6–7 mars'],
  [193506121239, new Date(Date.UTC(2017, 3, 1)), 30, 'Extra', null],
];
const bad: ExcelJS.CellValue[] = ['19420930-0450', '2017-13', 'en timme', 'semester', 'x'];

describe(`the deviation spreadsheet (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let manager: Session;

  beforeAll(async () => {
    t = await openTestDatabase();
    const r = await importScenario(t, readExample('02-granted-time-deviations.json'), { referenceDate: '2026-11-23' });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    app = await buildApp(loadConfig({}), t);
    manager = await loginAs(app, t, 'provider_manager', { providerId: 'p1' });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  const upload = (s: Session, mode: string, file: Buffer) =>
    app.inject({ method: 'POST', url: `/api/v1/deviations/import?mode=${mode}`, headers: { ...s.headers, 'content-type': XLSX_CONTENT_TYPE }, payload: file });
  const count = async () => Number((await t.db.selectFrom('deviations').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  it('previews every row with its values and errors, and stores nothing', async () => {
    const before = await count();
    const res = await upload(manager, 'preview', await sheet([...good, bad]));
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ mode: 'preview', rowsWithErrors: 1, stored: 0 });
    expect(body.rows[0]).toEqual({
      row: 2, errors: [],
      values: { personalNumber: '19350612-1239', clientId: 'c1', clientName: 'Greta Gran', month: '2017-03', minutes: -120, reason: 'hospital', comment: 'Inlagd 6–7 mars' },
    });
    expect(body.rows[1]).toMatchObject({ row: 3, errors: [], values: { clientId: 'c1', month: '2017-04', minutes: 30, reason: 'extra_need', comment: '' } });
    expect(body.rows[2].errors.map((e: { column: string; code: string; row: number }) => [e.row, e.column, e.code])).toEqual([
      [4, 'A', 'klient_okand'], [4, 'B', 'manad_ogiltig'], [4, 'C', 'minuter_ogiltiga'], [4, 'D', 'orsak_okand'],
    ]);
    expect(await count()).toBe(before);
  });

  it('refuses to confirm a sheet with a bad row, then stores the fixed sheet whole', async () => {
    const before = await count();
    const refused = await upload(manager, 'confirm', await sheet([...good, bad]));
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ error: 'unprocessable', path: 'A4' });
    expect(await count()).toBe(before);

    const noOrder = await upload(manager, 'confirm', await sheet([['19350612-1239', '2017-02', 60, 'extra', '']]));
    expect(noOrder.json()).toMatchObject({ path: 'B2', message: expect.stringContaining('ingen godkänd beställning') });

    const stored = await upload(manager, 'confirm', await sheet(good));
    expect(stored.statusCode, stored.body).toBe(200);
    expect(stored.json()).toMatchObject({ mode: 'confirm', rowsWithErrors: 0, stored: 2 });
    expect(await count()).toBe(before + 2);
    const march = (await app.inject({ method: 'GET', url: '/api/v1/deviations?month=2017-03', headers: manager.headers })).json().deviations;
    expect(march).toContainEqual(expect.objectContaining({ clientId: 'c1', providerId: 'p1', minutes: -120, reason: 'hospital', status: 'reported', comment: 'Inlagd 6–7 mars' }));
    const audit = await t.db.selectFrom('audit_log').select('client_id').where('object_type', '=', 'deviation').where('action', '=', 'create').execute();
    expect(audit.filter((a) => a.client_id === 'c1')).toHaveLength(2);
  });

  it('answers what is not a workbook, or not a provider manager, with a clear 4xx', async () => {
    expect((await upload(manager, 'preview', Buffer.from('not a workbook'))).json()).toMatchObject({ path: 'file' });
    const json = await app.inject({ method: 'POST', url: '/api/v1/deviations/import', headers: manager.headers, payload: { rows: [] } });
    expect(json.statusCode).toBe(400);
    expect(json.json()).toMatchObject({ path: 'file' });
    const officer = await loginAs(app, t, 'case_officer');
    expect((await upload(officer, 'preview', await sheet(good))).statusCode).toBe(403);
    expect((await upload(manager, 'confirm', await sheet([]))).json()).toMatchObject({ path: 'file' });
  });
});
