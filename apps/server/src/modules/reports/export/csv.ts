import type { Cell, ReportTable } from './report-table.ts';

function field(value: Cell): string {
  if (value === null) return '';
  const s = String(value);
  return /[",\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Each table with its header row; several tables are separated by an empty line. */
export function reportCsv(tables: readonly ReportTable[]): string {
  return tables.map((t) => [t.columns, ...t.rows].map((r) => r.map(field).join(',')).join('\n') + '\n').join('\n');
}
