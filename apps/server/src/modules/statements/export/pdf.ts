import PDFDocument from 'pdfkit';
import type { ProviderStatement, StatementsDocument } from '@hemma/domain/statements';
import { EXCEPTION_LABELS, STATUS_LABELS, hoursMinutes, kronor, type ExportNames } from './labels.ts';
import { table, toBuffer, type Column } from './pdf-table.ts';

type Doc = InstanceType<typeof PDFDocument>;

const PER_VISIT_NOTE = 'Besök à-pris: besök som ersätts med ett pris per besök (t.ex. nattbesök); de övriga ersätts per timme och ingår i tiden.';

/**
 * The statement's client table. The count column holds the visits priced per visit (R-8), the
 * only visit count a statement carries, so it says so: a plain "Besök" read as all visits.
 */
export function clientTable(s: ProviderStatement, names: ExportNames): { columns: Column[]; rows: string[][] } {
  return {
    columns: [
      { title: 'Brukare', width: 110 },
      { title: 'Beställt', width: 60, align: 'right' },
      { title: 'Utfört', width: 60, align: 'right' },
      { title: 'Betalbart', width: 60, align: 'right' },
      { title: 'Överskj.', width: 52, align: 'right' },
      { title: 'Besök à-pris', width: 58, align: 'right' },
      { title: 'Belopp (kr)', width: 90, align: 'right' },
    ],
    rows: s.lines.map((l) => [
      names.clients.get(l.client) ?? l.client,
      hoursMinutes(l.orderedMinutes),
      hoursMinutes(s.model === 'performed_time' ? l.performedMinutes : l.payableMinutes),
      hoursMinutes(l.payableMinutes),
      hoursMinutes(l.excessMinutes),
      String(l.perVisitCount),
      kronor(l.amountOre),
    ]),
  };
}

function heading(doc: Doc, text: string): void {
  doc.moveDown(0.8).font('Helvetica-Bold').fontSize(11).text(text).moveDown(0.3);
}

function providerPages(doc: Doc, month: string, s: ProviderStatement, names: ExportNames, first: boolean): void {
  if (!first) doc.addPage();
  const p = names.providers.get(s.provider);
  doc.font('Helvetica-Bold').fontSize(16).text(`Ersättningsunderlag ${month}`);
  doc.font('Helvetica').fontSize(10)
    .text(`${names.municipality}`)
    .text(`Utförare: ${p?.name ?? s.provider} (${s.provider}), org.nr ${p?.orgNumber ?? '–'}, ${p?.kind === 'municipal' ? 'egen regi' : 'privat utförare'}`)
    .text(`Ersättningsmodell: ${s.model === 'performed_time' ? 'utförd tid (registrerad med NFC)' : 'beviljad tid med avvikelser'}`);
  doc.moveDown(0.5).font('Helvetica-Bold').fontSize(13).text(`Att betala: ${kronor(s.totalOre)} kr`);

  heading(doc, 'Brukare');
  const clients = clientTable(s, names);
  table(doc, clients.columns, clients.rows);
  doc.moveDown(0.3).font('Helvetica').fontSize(8).text(PER_VISIT_NOTE);

  if (s.approvedExcess.length > 0) {
    heading(doc, 'Godkänd överskjutande tid från föregående månad');
    table(doc, [{ title: 'Brukare', width: 180 }, { title: 'Månad', width: 80 }, { title: 'Tid', width: 80, align: 'right' }, { title: 'Belopp (kr)', width: 120, align: 'right' }],
      s.approvedExcess.map((e) => [names.clients.get(e.client) ?? e.client, e.fromMonth, hoursMinutes(e.minutes), kronor(e.amountOre)]));
  }
  if (s.excess.length > 0) {
    heading(doc, 'Överskjutande tid denna månad (betalas nästa månad om den godkänns)');
    table(doc, [{ title: 'Brukare', width: 180 }, { title: 'Tid', width: 80, align: 'right' }, { title: 'Värde (kr)', width: 100, align: 'right' }, { title: 'Status', width: 120 }],
      s.excess.map((e) => [names.clients.get(e.client) ?? e.client, hoursMinutes(e.minutes), kronor(e.amountOre), STATUS_LABELS[e.status] ?? e.status]));
  }
  if (s.exceptions.length > 0) {
    heading(doc, 'Undantag – betalas inte förrän de rättats');
    table(doc, [{ title: 'Typ', width: 200 }, { title: 'Brukare', width: 110 }, { title: 'Personal', width: 70 }, { title: 'Tid', width: 110 }],
      s.exceptions.map((x) => [
        `${EXCEPTION_LABELS[x.type] ?? x.type}${'minutes' in x ? ` (${x.minutes} min)` : ''}`,
        names.clients.get(x.client) ?? x.client, x.staff, x.at.replace('T', ' ').slice(0, 16),
      ]));
  }
  doc.moveDown(0.8).font('Helvetica').fontSize(9)
    .text(`Registreringar: ${s.registrations}, varav manuella: ${s.manualRegistrations}. Oprövade avvikelser: ${s.undecidedDeviations}.`);
  doc.moveDown(2).fontSize(10)
    .text('Attesteras av ekonomi: ______________________________     Datum: ______________');
}

/** A Swedish statement per provider that the provider can read and finance can sign off. */
export async function statementsPdf(statements: StatementsDocument, names: ExportNames): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `Ersättningsunderlag ${statements.month}`, Author: 'Hemma' } });
  statements.statements.forEach((s, i) => providerPages(doc, statements.month, s, names, i === 0));
  if (statements.statements.length === 0) doc.fontSize(12).text(`Inga ersättningar för ${statements.month}.`);
  return toBuffer(doc);
}
