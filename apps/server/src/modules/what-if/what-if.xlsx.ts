import type { WhatIfReply } from '@hemma/contract/api';
import ExcelJS from 'exceljs';

const KR = '#,##0.00 "kr"';
const HEAD = ['Verklig', 'Ändrad', 'Skillnad'];

function amountRow(ws: ExcelJS.Worksheet, labels: (string | number)[], a: { realOre: number; changedOre: number; differenceOre: number }, extra: number[] = []): void {
  const row = ws.addRow([...labels, a.realOre / 100, a.changedOre / 100, a.differenceOre / 100, ...extra.map((o) => o / 100)]);
  for (let i = labels.length + 1; i <= labels.length + 3 + extra.length; i++) row.getCell(i).numFmt = KR;
}

function sheet(wb: ExcelJS.Workbook, name: string, header: string[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  ws.addRow(header).font = { bold: true };
  ws.columns.forEach((c, i) => (c.width = i < header.length - 3 ? 24 : 16));
  return ws;
}

/** The comparison as a workbook: the totals and the changes, then per provider, district and client. */
export async function whatIfXlsx(reply: WhatIfReply, municipality: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Hemma';
  const summary = sheet(wb, 'Sammanfattning', ['', ...HEAD]);
  summary.getRow(1).values = [`Konsekvensanalys ${reply.months.join(', ')} – ${municipality}`];
  summary.addRow(['Ändrade regler', JSON.stringify(reply.changes)]);
  summary.addRow(['', ...HEAD]).font = { bold: true };
  amountRow(summary, ['Ersättning till utförare'], reply.statements);
  amountRow(summary, ['Avgifter från klienter'], reply.fees);
  for (const m of reply.byMonth) amountRow(summary, [`Ersättning ${m.month}`], m.statements);

  const providers = sheet(wb, 'Utförare', ['Utförare', 'Namn', ...HEAD]);
  for (const p of reply.providers) amountRow(providers, [p.provider, p.name], p);
  const districts = sheet(wb, 'Områden', ['Område', 'Namn', ...HEAD]);
  for (const d of reply.districts) amountRow(districts, [d.district, d.name], d);
  const clients = sheet(wb, 'Klienter', ['Klient', 'Namn', 'Område', ...HEAD, 'Avgift verklig', 'Avgift ändrad', 'Avgift skillnad']);
  for (const c of reply.clients) amountRow(clients, [c.client, c.name, c.district], c, [c.fee.realOre, c.fee.changedOre, c.fee.differenceOre]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
