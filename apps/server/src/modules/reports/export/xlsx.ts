import ExcelJS from 'exceljs';
import type { ReportTable } from './report-table.ts';

/** One sheet per table, a bold header and the period above it. */
export async function reportXlsx(tables: readonly ReportTable[], heading: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Hemma';
  for (const t of tables) {
    // Sheet names may hold 31 characters and no []:*?/\ .
    const ws = wb.addWorksheet(t.title.replace(/[[\]:*?/\\]/g, '_').slice(0, 31));
    ws.addRow([heading]).font = { bold: true, size: 12 };
    ws.addRow(t.columns).font = { bold: true };
    for (const r of t.rows) ws.addRow(r);
    ws.columns.forEach((c) => (c.width = 16));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
