import ExcelJS from 'exceljs';
import { headingWithUnit, STATUS, type CellKind } from './headings.ts';
import type { Cell, ReportTable } from './report-table.ts';

// Numbers stay numbers, with a number format Excel shows in the reader's locale (in Swedish:
// "41 230", "58,4 %", "8 800,00 kr"): percents are stored as fractions and öre as kronor, so
// that sums and charts made in Excel come out right.

const FORMATS: Partial<Record<CellKind, string>> = {
  count: '#,##0',
  minutes: '#,##0',
  decimal: '0.0#',
  percent: '0.0%',
  ore: '#,##0.00 "kr"',
};

function value(kind: CellKind, v: Cell): Cell {
  if (typeof v === 'number') {
    if (kind === 'percent') return v / 100;
    if (kind === 'ore') return v / 100;
    return v;
  }
  return kind === 'status' && v !== null ? (STATUS[v] ?? v) : v;
}

/** One sheet per table: the report's title and period, who it covers, then the table with a bold header. */
export async function reportXlsx(tables: readonly ReportTable[], heading: readonly string[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Hemma';
  for (const t of tables) {
    // Sheet names may hold 31 characters and no []:*?/\ .
    const ws = wb.addWorksheet(t.title.replace(/[[\]:*?/\\]/g, '_').slice(0, 31));
    heading.forEach((line, i) => (ws.addRow([line]).font = i === 0 ? { bold: true, size: 14 } : { italic: true }));
    ws.addRow([]);
    const header = ws.addRow(t.columns.map((c) => headingWithUnit(c.heading, c.kind, 'xlsx')));
    header.font = { bold: true };
    for (const r of t.rows) ws.addRow(r.map((v, i) => value(t.columns[i]?.kind ?? 'text', v)));
    t.columns.forEach((c, i) => {
      const col = ws.getColumn(i + 1);
      col.width = c.kind === 'text' ? 24 : Math.max(14, c.heading.length + 4);
      const format = FORMATS[c.kind];
      if (format !== undefined) col.numFmt = format;
    });
    ws.views = [{ state: 'frozen', ySplit: header.number }];
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
