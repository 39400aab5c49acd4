import type { FeesDocument } from '@hemma/domain/fees';

const HEADER = ['municipality', 'month', 'client', 'personal_number', 'basis_minutes', 'tariff_ore', 'maxtaxa_ore', 'minimibelopp_ore', 'capacity_ore', 'declined_at_door_count', 'fee_ore', 'fee_kr', 'binding'];

/** For the municipality's billing system: one row per client, amounts in öre and the fee in kronor. */
export function feesCsv(doc: FeesDocument, personalNumbers: Map<string, string>): string {
  const rows = [HEADER.join(',')];
  for (const f of doc.fees) {
    rows.push([
      doc.municipality, doc.month, f.client, personalNumbers.get(f.client) ?? '', f.basisMinutes, f.tariffOre, f.maxtaxaOre,
      f.minimibeloppOre ?? '', f.capacityOre ?? '', f.declinedAtDoorCount, f.feeOre, (f.feeOre / 100).toFixed(2), f.binding,
    ].map((v) => (typeof v === 'string' && /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : String(v))).join(','));
  }
  return rows.join('\n') + '\n';
}
