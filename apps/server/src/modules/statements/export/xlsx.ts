import ExcelJS from 'exceljs';
import type { ProviderStatement, StatementPart, StatementsDocument } from '@hemma/domain/statements';
import { AREA_LABELS, CATEGORY_LABELS, EXCEPTION_LABELS, PRICE_LABELS, STATUS_LABELS, type ExportNames } from './labels.ts';

const KR = '#,##0.00 "kr"';

/** A part's quantity as a number, with its unit in the cell format so sums and filters work. */
function partQuantity(p: StatementPart): { value: number; numFmt: string } {
  switch (p.price) {
    case 'per_hour':
      return { value: p.minutes, numFmt: '0 "min"' };
    case 'per_visit':
      return { value: p.count, numFmt: '0 "besök"' };
    case 'per_month':
      return { value: p.days, numFmt: '0 "dagar"' };
  }
}

function section(ws: ExcelJS.Worksheet, title: string, header: string[]): void {
  ws.addRow([]);
  ws.addRow([title]).font = { bold: true, size: 12 };
  ws.addRow(header).font = { bold: true };
}

function sheetFor(wb: ExcelJS.Workbook, doc: StatementsDocument, s: ProviderStatement, names: ExportNames): void {
  const p = names.providers.get(s.provider);
  // Sheet names may hold 31 characters and no []:*?/\ .
  const ws = wb.addWorksheet(`${s.provider}`.replace(/[[\]:*?/\\]/g, '_').slice(0, 31));
  ws.addRow([`Ersättning ${doc.month} – ${p?.name ?? s.provider}`]).font = { bold: true, size: 14 };
  ws.addRow([`${names.municipality}`, `Org.nr ${p?.orgNumber ?? ''}`, `Modell: ${s.model === 'performed_time' ? 'utförd tid' : 'beviljad tid'}`]);
  ws.addRow(['Att betala', s.totalOre / 100]).getCell(2).numFmt = KR;

  section(ws, 'Brukare', ['Brukare', 'Namn', 'Beställd (min)', 'Tak (min)', 'Utförd (min)', 'Avböjd betald (min)', 'Avvikelser (min)', 'Betalbar (min)', 'Överskjutande (min)', 'Besök à-pris', 'Belopp']);
  for (const l of s.lines) {
    const row = ws.addRow([l.client, names.clients.get(l.client) ?? '', l.orderedMinutes, l.capMinutes, l.performedMinutes, l.declinedPaidMinutes, l.deviationMinutes, l.payableMinutes, l.excessMinutes, l.perVisitCount, l.amountOre / 100]);
    row.getCell(11).numFmt = KR;
  }

  section(ws, 'Delar', ['Brukare', 'Pris', 'Tidsband / insats', 'Kategori', 'Mängd', 'Pris (kr)', 'Belopp']);
  for (const l of s.lines) {
    for (const part of l.parts) {
      const quantity = partQuantity(part);
      const row = ws.addRow([
        l.client,
        PRICE_LABELS[part.price] ?? part.price,
        part.price === 'per_month' ? (AREA_LABELS[part.area] ?? part.area) : part.band,
        part.price === 'per_month' ? '' : (CATEGORY_LABELS[part.category] ?? part.category),
        quantity.value,
        part.rateOre / 100,
        part.amountOre / 100,
      ]);
      row.getCell(5).numFmt = quantity.numFmt;
      row.getCell(6).numFmt = KR;
      row.getCell(7).numFmt = KR;
    }
  }

  section(ws, 'Överskjutande tid denna månad', ['Brukare', 'Minuter', 'Belopp', 'Status']);
  for (const e of s.excess) ws.addRow([e.client, e.minutes, e.amountOre / 100, STATUS_LABELS[e.status] ?? e.status]).getCell(3).numFmt = KR;

  section(ws, 'Godkänd överskjutande tid som betalas nu', ['Brukare', 'Från månad', 'Minuter', 'Belopp']);
  for (const e of s.approvedExcess) ws.addRow([e.client, e.fromMonth, e.minutes, e.amountOre / 100]).getCell(4).numFmt = KR;

  section(ws, 'Undantag (betalas inte förrän de rättats)', ['Typ', 'Brukare', 'Personal', 'Tid', 'Registrering', 'Minuter']);
  for (const x of s.exceptions) {
    ws.addRow([EXCEPTION_LABELS[x.type] ?? x.type, x.client, x.staff, x.at, x.registration, 'minutes' in x ? x.minutes : null]);
  }
  ws.addRow([]);
  ws.addRow(['Registreringar', s.registrations, 'varav manuella', s.manualRegistrations, 'Oprövade avvikelser', s.undecidedDeviations]);
  ws.columns.forEach((c) => (c.width = 16));
}

/** A workbook with one sheet per provider: lines, parts, excess, approved excess, exceptions. */
export async function statementsXlsx(doc: StatementsDocument, names: ExportNames): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Hemma';
  for (const s of doc.statements) sheetFor(wb, doc, s, names);
  if (doc.statements.length === 0) wb.addWorksheet('Tom').addRow([`Inga ersättningar för ${doc.month}`]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
