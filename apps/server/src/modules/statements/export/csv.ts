import type { StatementsDocument } from '@hemma/domain/statements';
import type { ExportNames } from './labels.ts';

const HEADER = [
  'municipality', 'month', 'provider', 'provider_name', 'org_number', 'row', 'client', 'from_month',
  'ordered_minutes', 'cap_minutes', 'performed_minutes', 'declined_paid_minutes', 'deviation_minutes',
  'payable_minutes', 'excess_minutes', 'per_visit_count', 'amount_ore',
];

function field(value: string | number | null): string {
  if (value === null) return '';
  const s = String(value);
  return /[",\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * One row per statement line, per approved excess paid this month, and a total per provider:
 * what a finance system needs to check and book the month.
 */
export function statementsCsv(doc: StatementsDocument, names: ExportNames): string {
  const rows: (string | number | null)[][] = [HEADER];
  for (const s of doc.statements) {
    const p = names.providers.get(s.provider);
    const head = [doc.municipality, doc.month, s.provider, p?.name ?? '', p?.orgNumber ?? ''];
    for (const l of s.lines) {
      rows.push([...head, 'line', l.client, null, l.orderedMinutes, l.capMinutes, l.performedMinutes, l.declinedPaidMinutes,
        l.deviationMinutes, l.payableMinutes, l.excessMinutes, l.perVisitCount, l.amountOre]);
    }
    for (const e of s.approvedExcess) {
      rows.push([...head, 'approved_excess', e.client, e.fromMonth, null, null, null, null, null, e.minutes, null, null, e.amountOre]);
    }
    rows.push([...head, 'total', null, null, null, null, null, null, null, null, null, null, s.totalOre]);
  }
  return rows.map((r) => r.map(field).join(',')).join('\n') + '\n';
}

/**
 * The payment file: one row per provider with its org. number, the month paid for, the payment
 * date (`paidOn`, domain/time paymentDate: the municipality's day, moved back to a banking day)
 * and the amount in kronor.
 */
export function paymentCsv(doc: StatementsDocument, names: ExportNames, paidOn: string): string {
  return paymentCsvRows(
    doc.month,
    paidOn,
    doc.statements.map((s) => ({ provider: s.provider, orgNumber: names.providers.get(s.provider)?.orgNumber ?? '', amountOre: s.totalOre })),
  );
}

export function paymentCsvRows(month: string, paidOn: string, rows: readonly { provider: string; orgNumber: string; amountOre: number }[]): string {
  const lines = [['provider', 'org_number', 'month', 'payment_date', 'amount_kr']];
  for (const r of rows) lines.push([r.provider, r.orgNumber, month, paidOn, (r.amountOre / 100).toFixed(2)]);
  return lines.map((r) => r.map(field).join(',')).join('\n') + '\n';
}
