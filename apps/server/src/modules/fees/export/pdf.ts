import PDFDocument from 'pdfkit';
import type { CareData, FeeModel } from '@hemma/domain';
import type { ClientFee, FeesDocument } from '@hemma/domain/fees';
import { feeModelInForce } from '@hemma/domain/fees';
import { hoursMinutes, kronor } from '../../statements/export/labels.ts';
import { toBuffer } from '../../statements/export/pdf-table.ts';

type Doc = InstanceType<typeof PDFDocument>;

function tariffText(model: FeeModel | undefined, fee: ClientFee): string {
  if (!model) return '';
  const t = model.tariff;
  switch (t.kind) {
    case 'hourly':
      return `${hoursMinutes(fee.basisMinutes)} × ${kronor(t.orePerHour)} kr per timme`;
    case 'levels':
      return `nivåtaxa för ${hoursMinutes(fee.basisMinutes)} i månaden`;
    case 'fixed':
      return 'fast månadsavgift';
  }
}

function line(doc: Doc, label: string, amount: string, bold = false): void {
  const y = doc.y;
  doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(10);
  doc.text(label, 60, y, { width: 330 });
  doc.text(amount, 390, y, { width: 140, align: 'right' });
  doc.moveDown(0.3);
}

/** What a decision says beside the figures: the client's address and the day it was made. */
export interface DecisionExtras {
  addresses?: ReadonlyMap<string, string>;
  /** YYYY-MM-DD. */
  decidedOn?: string;
}

function clientPage(doc: Doc, data: CareData, month: string, fee: ClientFee, model: FeeModel | undefined, extras: DecisionExtras): void {
  const client = data.clients.find((c) => c.id === fee.client);
  doc.font('Helvetica-Bold').fontSize(16).text(`Avgiftsbeslut för hemtjänst, ${month}`, 50, 50);
  doc.font('Helvetica').fontSize(10).text(data.municipality.name);
  if (extras.decidedOn) doc.text(`Beslutsdatum: ${extras.decidedOn}`);
  doc.moveDown(0.5);
  doc.text(`${client?.name ?? fee.client}, personnummer ${client?.personalNumber ?? '–'}`);
  const address = extras.addresses?.get(fee.client);
  if (address) doc.text(address);
  doc.moveDown(1);
  doc.font('Helvetica-Bold').fontSize(13).text(`Din avgift för ${month}: ${kronor(fee.feeOre)} kr`).moveDown(0.8);
  doc.font('Helvetica').fontSize(10).text(
    'Avgiften är det lägsta av tre belopp: vad hemtjänsten kostar enligt taxan, högkostnadsskyddet (maxtaxan) och ditt avgiftsutrymme, det vill säga vad du har kvar när din bostadskostnad och förbehållsbeloppet (minimibeloppet) är betalda.',
    { width: 480 },
  ).moveDown(0.8);

  line(doc, `1. Enligt taxan: ${tariffText(model, fee)}`, `${kronor(fee.tariffOre)} kr`, fee.binding === 'tariff');
  line(doc, '2. Maxtaxa (högsta avgift enligt socialtjänstlagen)', `${kronor(fee.maxtaxaOre)} kr`, fee.binding === 'maxtaxa');
  if (fee.capacityOre !== null && client?.fee) {
    const f = client.fee;
    line(doc, '3. Avgiftsutrymme', `${kronor(fee.capacityOre)} kr`, fee.binding === 'capacity');
    doc.fontSize(9);
    line(doc, '      Inkomst efter skatt', `${kronor(f.netIncomeOre)} kr`);
    line(doc, '      + bostadstillägg', `${kronor(f.housingSupplementOre)} kr`);
    line(doc, '      - bostadskostnad', `${kronor(f.housingCostOre)} kr`);
    line(doc, `      - minimibelopp (${f.household === 'single' ? 'ensamstående' : 'sammanboende'})`, `${kronor(fee.minimibeloppOre ?? 0)} kr`);
    if (f.adjustmentsOre !== 0) line(doc, '      ± individuell justering', `${kronor(f.adjustmentsOre)} kr`);
  } else {
    line(doc, '3. Avgiftsutrymme: inga inkomstuppgifter lämnade, därför gäller taxan upp till maxtaxan', '–');
  }
  if (fee.declinedAtDoorCount > 0 && model) {
    doc.moveDown(0.5);
    line(doc, `Avbokade besök vid dörren: ${fee.declinedAtDoorCount} × ${kronor(model.declinedAtDoorFeeOre)} kr (utöver maxtaxan)`,
      `${kronor(fee.declinedAtDoorCount * model.declinedAtDoorFeeOre)} kr`);
  }
  const binding = { tariff: 'taxan', maxtaxa: 'maxtaxan', capacity: 'ditt avgiftsutrymme' }[fee.binding];
  doc.moveDown(1).font('Helvetica').fontSize(10).text(`Det lägsta beloppet är ${binding}, och det är din avgift.`, 50);
  doc.moveDown(1).fontSize(9).text(
    'Om dina inkomster eller din bostadskostnad har ändrats, hör av dig till kommunens avgiftshandläggare så räknar vi om avgiften. Du kan överklaga beslutet till förvaltningsrätten inom tre veckor från den dag du fick del av det.',
    { width: 480 },
  );
}

/** One fee decision per client, in plain Swedish, showing how the fee was reached. */
export async function feesPdf(doc: FeesDocument, data: CareData, extras: DecisionExtras = {}): Promise<Buffer> {
  const pdf = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `Avgiftsbeslut ${doc.month}`, Author: 'Hemma' } });
  const model = feeModelInForce(data.municipality.fees, `${doc.month}-01`);
  doc.fees.forEach((fee, i) => {
    if (i > 0) pdf.addPage();
    clientPage(pdf, data, doc.month, fee, model, extras);
  });
  if (doc.fees.length === 0) pdf.fontSize(12).text(`Inga avgifter för ${doc.month}.`);
  return toBuffer(pdf);
}
