import { inflateSync } from 'node:zlib';

/**
 * The text a PDF written by Hemma (pdfkit, standard fonts) shows, enough to find a figure: each
 * Flate stream is inflated and the strings of its text operators joined, per TJ array, with the
 * WinAnsi bytes read as Latin-1 (å, ä, ö and the no-break space are the same there).
 */
export function pdfText(pdf: Buffer): string {
  const out: string[] = [];
  let at = 0;
  for (;;) {
    const start = pdf.indexOf('stream', at, 'latin1');
    if (start < 0) break;
    const body = start + (pdf[start + 6] === 0x0d ? 8 : 7);
    const end = pdf.indexOf('endstream', body, 'latin1');
    if (end < 0) break;
    at = end + 9;
    let content: string;
    try {
      content = inflateSync(pdf.subarray(body, end)).toString('latin1');
    } catch {
      continue; // not a Flate stream (an image or a font)
    }
    for (const array of content.matchAll(/\[((?:<[0-9a-fA-F]*>|[^\]])*)\]\s*TJ/g)) {
      const hex = [...array[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]).join('');
      out.push(Buffer.from(hex, 'hex').toString('latin1'));
    }
  }
  return out.join('\n').replace(/\u00a0/g, ' ');
}
