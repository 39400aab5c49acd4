import type PDFDocument from 'pdfkit';

type Doc = InstanceType<typeof PDFDocument>;

export interface Column {
  title: string;
  width: number;
  align?: 'left' | 'right';
}

const ROW = 15;

/** Draws a simple table, starting a new page (with the header again) when the page is full. */
export function table(doc: Doc, columns: Column[], rows: string[][]): void {
  const left = doc.page.margins.left;
  const bottom = doc.page.height - doc.page.margins.bottom;
  const header = () => {
    let x = left;
    const y = doc.y;
    doc.font('Helvetica-Bold').fontSize(8);
    for (const c of columns) {
      doc.text(c.title, x, y, { width: c.width - 4, height: ROW, align: c.align ?? 'left', lineBreak: false });
      x += c.width;
    }
    doc.y = y + ROW;
    doc.moveTo(left, doc.y - 3).lineTo(left + columns.reduce((s, c) => s + c.width, 0), doc.y - 3).lineWidth(0.5).stroke();
    doc.font('Helvetica').fontSize(8);
  };
  header();
  for (const row of rows) {
    if (doc.y + ROW > bottom) {
      doc.addPage();
      header();
    }
    let x = left;
    const y = doc.y;
    columns.forEach((c, i) => {
      doc.text(row[i] ?? '', x, y, { width: c.width - 4, height: ROW, align: c.align ?? 'left', lineBreak: false, ellipsis: true });
      x += c.width;
    });
    doc.y = y + ROW;
  }
  doc.x = left;
}

/** Collects a pdfkit document into one buffer. */
export function toBuffer(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
