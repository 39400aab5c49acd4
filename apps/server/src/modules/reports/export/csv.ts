import { headingWithUnit, STATUS, type CellKind } from './headings.ts';
import type { Cell, ReportTable } from './report-table.ts';

// csv as Swedish Excel opens it: semicolons between fields and a decimal comma (Excel in a
// Swedish locale splits on ";" and reads "6,35" as a number), and a byte order mark so that
// å, ä and ö are read as UTF-8.

const BOM = '\uFEFF';

/** Öre as kronor with two decimals, on integers: 880000 → "8800,00". */
function kronor(ore: number): string {
  const abs = Math.abs(ore);
  return `${ore < 0 ? '-' : ''}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

function value(kind: CellKind, v: Cell): string {
  if (v === null) return '';
  if (typeof v === 'number') return kind === 'ore' ? kronor(v) : String(v).replace('.', ',');
  return kind === 'status' ? (STATUS[v] ?? v) : v;
}

function field(s: string): string {
  return /[";\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A title line, then each table with its header row; tables are separated by an empty line. */
export function reportCsv(tables: readonly ReportTable[], heading: readonly string[]): string {
  const head = heading.map(field).join('\n');
  const body = tables.map((t) => {
    const lines = [t.columns.map((c) => field(headingWithUnit(c.heading, c.kind, 'csv'))).join(';')];
    for (const r of t.rows) lines.push(r.map((v, i) => field(value(t.columns[i]?.kind ?? 'text', v))).join(';'));
    return `${lines.join('\n')}\n`;
  });
  return `${BOM}${head}\n\n${body.join('\n')}`;
}
