// A deliberately plain reference for the `hemma-fees/1` document, written from the spec alone
// (scenario-v1.md "Fees (R-15)") to test the fee engine against: scenario JSON in, document out.

import { maxtaxaOre, minimibeloppOre, capacityOre, pbbKr, tariffOre } from './amounts.ts';
import { activeDaysIn, grantedMinutes, performedMinutes } from './basis.ts';
import { epochMinuteOf, localMinute } from './local-time.ts';
import { birthDate, youngerThan } from './personal-number.ts';
import type { JsonFeeEntry, JsonScenario } from './scenario-json.ts';
import { analyseVisits, effectiveRegistrations } from './visits.ts';

export interface RefFee {
  client: string;
  basisMinutes: number;
  tariffOre: number;
  maxtaxaOre: number;
  minimibeloppOre: number | null;
  capacityOre: number | null;
  declinedAtDoorCount: number;
  feeOre: number;
  binding: 'tariff' | 'maxtaxa' | 'capacity';
}

export interface RefFeesDocument {
  format: 'hemma-fees/1';
  municipality: string;
  month: string;
  fees: RefFee[];
}

/** `importDate` stands for the day of import, which expands 10-digit personal numbers. */
export function referenceFees(s: JsonScenario, month: string, importDate: string): RefFeesDocument {
  const doc: RefFeesDocument = { format: 'hemma-fees/1', municipality: s.municipality.id, month, fees: [] };
  const firstDay = `${month}-01`;
  // The entry in force on the first day of M: latest `from`, ties to the one listed last.
  let entry: JsonFeeEntry | undefined;
  for (const f of s.municipality.fees ?? []) if (f.from <= firstDay && (entry === undefined || f.from >= entry.from)) entry = f;
  if (entry === undefined) return doc;
  const year = month.slice(0, 4);
  const pbb = pbbKr(year, s.municipality.prisbasbelopp ?? {});
  if (pbb === undefined) throw new Error(`no prisbasbelopp for ${year}`);

  const tz = s.municipality.timezone ?? 'Europe/Stockholm';
  const inMonth = (date: string): boolean => date.startsWith(`${month}-`);
  const visits = analyseVisits(s);
  const declined = effectiveRegistrations(s).filter((r) => r.kind === 'declined_at_door' && inMonth(localMinute(epochMinuteOf(r.at), tz).date));
  const withOrder = new Set(s.orders.filter((o) => activeDaysIn(o, month) > 0).map((o) => o.client));
  const withVisit = new Set(visits.filter((v) => inMonth(v.date)).map((v) => v.client));
  const ids = [...new Set([...withOrder, ...withVisit])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  const maxtaxa = maxtaxaOre(firstDay, pbb);
  for (const id of ids) {
    const client = s.clients.find((c) => c.id === id);
    if (!client) throw new Error(`reference: unknown client ${id}`);
    const basisMinutes = entry.basis === 'performed' ? performedMinutes(visits, id, month) : grantedMinutes(s.orders, id, month);
    const tariff = tariffOre(entry.tariff, basisMinutes);
    let minimibelopp: number | null = null, capacity: number | null = null;
    if (client.fee) {
      const household = client.fee.household ?? 'single';
      const young = youngerThan(entry.upliftUnderAge ?? 65, birthDate(client.personalNumber, importDate), firstDay);
      const own = entry.ownMinimibelopp ? (household === 'single' ? entry.ownMinimibelopp.singleOre : entry.ownMinimibelopp.cohabitingOre) : undefined;
      minimibelopp = minimibeloppOre(firstDay, pbb, household, young, entry.under65MinimibeloppPercent ?? 100, own);
      capacity = capacityOre(client.fee, minimibelopp);
    }
    let binding: RefFee['binding'] = 'tariff', lowest = tariff;
    if (maxtaxa < lowest) [binding, lowest] = ['maxtaxa', maxtaxa];
    if (capacity !== null && capacity < lowest) [binding, lowest] = ['capacity', capacity];
    const count = declined.filter((r) => r.client === id).length;
    doc.fees.push({
      client: id, basisMinutes, tariffOre: tariff, maxtaxaOre: maxtaxa, minimibeloppOre: minimibelopp,
      capacityOre: capacity, declinedAtDoorCount: count, feeOre: lowest + (entry.declinedAtDoorFeeOre ?? 0) * count, binding,
    });
  }
  return doc;
}
