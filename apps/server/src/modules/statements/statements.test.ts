import ExcelJS from 'exceljs';
import { computeStatements } from '@hemma/domain/statements';
import { feesForMonth } from '@hemma/domain/fees';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES_DIR, readExample, scenarioExamples } from '../../testing/fixtures.ts';
import { openTestDatabase, type TestDatabase } from '../../testing/test-db.ts';
import { loadMonthData } from '../care-data/month-data.ts';
import { importScenario } from '../scenario/import.service.ts';
import { paymentCsv, statementsCsv } from './export/csv.ts';
import { namesOf } from './export/labels.ts';
import { clientTable, statementsPdf } from './export/pdf.ts';
import { statementsXlsx } from './export/xlsx.ts';

const expected = readdirSync(EXAMPLES_DIR).filter((f) => /\.(statements|fees)\.json$/.test(f)).sort();

describe(`statements and fees computed from the database (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase();
    for (const name of scenarioExamples()) {
      const r = await importScenario(t, readExample(name), { referenceDate: '2026-11-23' });
      if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.issues)}`);
    }
  });
  afterAll(() => t.dispose());

  for (const file of expected) {
    it(`${file} comes out exactly, to the byte`, async () => {
      const want = readFileSync(join(EXAMPLES_DIR, file), 'utf8');
      const { municipality, month } = JSON.parse(want) as { municipality: string; month: string };
      const data = await loadMonthData(t.db, municipality, month);
      const doc = file.endsWith('.fees.json') ? feesForMonth(data, month) : computeStatements(data, month);
      expect(`${JSON.stringify(doc, null, 1)}\n`).toBe(want);
    });
  }

  it('exports a workbook with one sheet per provider, a PDF, the month CSV and the payment file', async () => {
    const data = await loadMonthData(t.db, 'exempelo', '2017-03');
    const doc = computeStatements(data, '2017-03');
    const names = namesOf(data);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await statementsXlsx(doc, names)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['p1', 'p2']);
    expect(wb.worksheets[0]!.getRow(3).getCell(2).value).toBe(9100);
    const pdf = await statementsPdf(doc, names);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(statementsCsv(doc, names).split('\n')[1]).toBe(
      'exempelo,2017-03,p1,Mälaröarnas omsorg AB,556123-4567,line,c1,,1440,,0,0,-180,1260,0,0,910000',
    );
    expect(paymentCsv(doc, names, '2017-04-06')).toBe(
      'provider,org_number,month,payment_date,amount_kr\np1,556123-4567,2017-03,2017-04-06,9100.00\np2,212000-0159,2017-03,2017-04-06,7225.00\n',
    );
  });

  it('writes quantities as numbers and codes as Swedish labels in the workbook', async () => {
    const data = await loadMonthData(t.db, 'exempelstad', '2017-03');
    const doc = computeStatements(data, '2017-03');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await statementsXlsx(doc, namesOf(data))) as unknown as ArrayBuffer);
    const parts: ExcelJS.Row[] = [];
    wb.worksheets[0]!.eachRow((row) => {
      const price = row.getCell(2).value;
      if (typeof price === 'string' && ['per timme', 'per besök', 'per månad'].includes(price)) parts.push(row);
    });
    expect(parts.length).toBeGreaterThan(0);
    for (const row of parts) {
      expect(typeof row.getCell(5).value).toBe('number');
      expect(row.getCell(5).numFmt).toMatch(/"(min|besök|dagar)"$/);
      expect(['omsorg', 'service', '']).toContain(row.getCell(4).value);
    }
    const codes = new Set<unknown>();
    wb.worksheets.forEach((ws) => ws.eachRow((row) => row.eachCell((cell) => codes.add(cell.value))));
    for (const code of ['per_hour', 'per_visit', 'per_month', 'care', 'personal_care']) expect(codes.has(code)).toBe(false);
  });

  it('heads the PDF count column as the per-visit visits it counts, not as all visits', async () => {
    const data = await loadMonthData(t.db, 'exempelby', '2016-12');
    const doc = computeStatements(data, '2016-12');
    const statement = doc.statements.find((s) => s.lines.some((l) => l.perVisitCount > 0));
    if (!statement) throw new Error('example 01 has night visits in December 2016');
    const { columns, rows } = clientTable(statement, namesOf(data));
    const titles = columns.map((c) => c.title);
    expect(titles).not.toContain('Besök');
    const at = titles.indexOf('Besök à-pris');
    expect(rows.map((r) => r[at])).toEqual(statement.lines.map((l) => String(l.perVisitCount)));
  });
});
