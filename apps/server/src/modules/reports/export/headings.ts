// What people read in an exported report: Swedish report names, column headings and the
// period written out. The JSON keys of the specification stay the API's and the command
// line's `--format json`; the files are for reading and for Excel.

import { REPORT_TITLES_SV } from '@hemma/contract/labels';
import type { ReportName } from '../report-kinds.ts';

/** How a column's values are written: counts and minutes as whole numbers, öre as kronor, percents as percents. */
export type CellKind = 'text' | 'count' | 'decimal' | 'minutes' | 'percent' | 'ore' | 'status';

export const REPORT_TITLES: Record<ReportName, string> = REPORT_TITLES_SV;

/** Each figure of the documents with its heading and kind. */
export const FIGURE_COLUMNS: Record<string, { heading: string; kind: CellKind }> = {
  staff: { heading: 'Antal personal', kind: 'count' },
  clients: { heading: 'Antal klienter', kind: 'count' },
  mean: { heading: 'Medelantal personal', kind: 'decimal' },
  median: { heading: 'Median, antal personal', kind: 'decimal' },
  max: { heading: 'Högsta antal personal', kind: 'count' },
  visitMinutes: { heading: 'Besöksminuter', kind: 'minutes' },
  shiftMinutes: { heading: 'Minuter i arbetspass', kind: 'minutes' },
  percent: { heading: 'Andel tid hos klienter', kind: 'percent' },
  orderedMinutes: { heading: 'Beställda minuter', kind: 'minutes' },
  performedMinutes: { heading: 'Utförda minuter', kind: 'minutes' },
  performedPercent: { heading: 'Utfört av beställt', kind: 'percent' },
  plannedVisits: { heading: 'Planerade besök', kind: 'count' },
  declinedAtDoor: { heading: 'Avböjda vid dörren', kind: 'count' },
  declinedAtDoorPercent: { heading: 'Andel avböjda vid dörren', kind: 'percent' },
  declinedInAdvance: { heading: 'Avböjda i förväg', kind: 'count' },
  declinedInAdvancePercent: { heading: 'Andel avböjda i förväg', kind: 'percent' },
  excessMinutes: { heading: 'Överskjutande minuter', kind: 'minutes' },
  excessApprovedMinutes: { heading: 'Godkända minuter', kind: 'minutes' },
  excessRejectedMinutes: { heading: 'Avslagna minuter', kind: 'minutes' },
  excessPendingMinutes: { heading: 'Minuter att granska', kind: 'minutes' },
  registrations: { heading: 'Registreringar', kind: 'count' },
  manualRegistrations: { heading: 'Manuella registreringar', kind: 'count' },
  manualPercent: { heading: 'Andel manuella', kind: 'percent' },
  amountOre: { heading: 'Belopp', kind: 'ore' },
  approvedExcessOre: { heading: 'Godkänd överskjutande tid', kind: 'ore' },
  paidOre: { heading: 'Utbetalt', kind: 'ore' },
  minutes: { heading: 'Minuter', kind: 'minutes' },
  status: { heading: 'Beslut', kind: 'status' },
  reason: { heading: 'Motivering', kind: 'text' },
};

export const LEVELS = { client: 'Klient', provider: 'Utförare', district: 'Distrikt', unit: 'Enhet', total: 'Kommunen totalt' } as const;
export type Level = keyof typeof LEVELS;

export const STATUS: Record<string, string> = { approved: 'Godkänd', rejected: 'Avslagen', pending: 'Att granska' };

/** A heading with its unit where the value alone does not say it: "Belopp (kr)", and in csv "Andel manuella (%)". */
export function headingWithUnit(heading: string, kind: CellKind, format: 'csv' | 'xlsx'): string {
  if (kind === 'ore') return `${heading} (kr)`;
  if (kind === 'percent' && format === 'csv') return `${heading} (%)`;
  return heading;
}

const monthName = new Intl.DateTimeFormat('sv-SE', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayName = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "april 2017", or for the 14-day indicator "3 april 2017 – 16 april 2017". */
export function periodText(period: string, to?: string): string {
  if (period.length === 7) return monthName.format(new Date(`${period}-01T12:00:00Z`));
  const from = dayName.format(new Date(`${period}T12:00:00Z`));
  return to === undefined ? `från ${from}` : `${from} – ${dayName.format(new Date(`${to}T12:00:00Z`))}`;
}
