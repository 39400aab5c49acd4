import type { FeeData } from '../model/care-data.ts';

/**
 * Avgiftsutrymme in öre: what the client can pay after housing and the minimibelopp.
 * Net income + housing supplement − housing cost − minimibelopp + adjustments, floored at 0,
 * then rounded down to whole kronor (never charge the client an öre more than the room left).
 */
export function capacityOre(fee: FeeData, minimibeloppOre: number): number {
  const room =
    fee.netIncomeOre +
    fee.housingSupplementOre -
    fee.housingCostOre -
    minimibeloppOre +
    fee.adjustmentsOre;
  if (room <= 0) return 0;
  return Math.floor(room / 100) * 100;
}
