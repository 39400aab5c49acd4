// What each report shows: its row groups and, per group, the figures of a row and how each is
// written. The figures are the report's JSON as `hemma report … --format json` prints it
// (spec/reports-v1.md); the screen only picks and formats them.

export const REPORTS = [
  'continuity',
  'continuity-14',
  'time-at-clients',
  'ordered-performed',
  'declined',
  'excess',
  'manual-registrations',
  'paid',
] as const;
export type ReportName = (typeof REPORTS)[number];

/** How a figure is written; `provider` names a provider, `status` an excess decision, `text` as given. */
export type Kind = 'count' | 'decimal' | 'minutes' | 'percent' | 'ore' | 'provider' | 'status' | 'text';
export interface Column {
  key: string;
  kind: Kind;
}

const c = (key: string, kind: Kind): Column => ({ key, kind });

const SUMMARY = [c('clients', 'count'), c('mean', 'decimal'), c('median', 'decimal'), c('max', 'count')];
const TIME = [c('visitMinutes', 'minutes'), c('shiftMinutes', 'minutes'), c('percent', 'percent')];

const FIGURES: Record<string, Column[]> = {
  'ordered-performed': [c('orderedMinutes', 'minutes'), c('performedMinutes', 'minutes'), c('performedPercent', 'percent')],
  declined: [
    c('plannedVisits', 'count'),
    c('declinedAtDoor', 'count'),
    c('declinedAtDoorPercent', 'percent'),
    c('declinedInAdvance', 'count'),
    c('declinedInAdvancePercent', 'percent'),
  ],
  excess: [
    c('excessMinutes', 'minutes'),
    c('excessApprovedMinutes', 'minutes'),
    c('excessRejectedMinutes', 'minutes'),
    c('excessPendingMinutes', 'minutes'),
  ],
  'manual-registrations': [c('registrations', 'count'), c('manualRegistrations', 'count'), c('manualPercent', 'percent')],
  paid: [c('amountOre', 'ore'), c('approvedExcessOre', 'ore'), c('paidOre', 'ore')],
};

/** A report's groups of rows: which array of the document, keyed by which field, with which figures. */
export interface RowGroup {
  rows: 'providers' | 'districts' | 'units' | 'clients' | 'excess';
  key: 'provider' | 'district' | 'unit' | 'client';
  columns: Column[];
}

export function groupsOf(name: ReportName): RowGroup[] {
  switch (name) {
    case 'continuity':
      return [
        { rows: 'providers', key: 'provider', columns: SUMMARY },
        { rows: 'districts', key: 'district', columns: SUMMARY },
        { rows: 'clients', key: 'client', columns: [c('staff', 'count')] },
      ];
    case 'continuity-14':
      return [
        { rows: 'districts', key: 'district', columns: SUMMARY },
        { rows: 'clients', key: 'client', columns: [c('staff', 'count')] },
      ];
    case 'time-at-clients':
      return [
        { rows: 'providers', key: 'provider', columns: TIME },
        { rows: 'units', key: 'unit', columns: TIME },
      ];
    case 'ordered-performed':
    case 'declined':
    case 'excess':
    case 'manual-registrations':
    case 'paid': {
      const columns = FIGURES[name]!;
      const groups: RowGroup[] = [
        { rows: 'providers', key: 'provider', columns },
        { rows: 'districts', key: 'district', columns },
        { rows: 'clients', key: 'client', columns },
      ];
      if (name === 'excess') {
        groups.push({
          rows: 'excess',
          key: 'client',
          columns: [c('provider', 'provider'), c('minutes', 'minutes'), c('amountOre', 'ore'), c('status', 'status'), c('reason', 'text')],
        });
      }
      return groups;
    }
  }
}

/** The figure the charts compare between providers and districts and follow over 12 months. */
export const CHART_FIGURE: Record<ReportName, Column> = {
  continuity: c('median', 'decimal'),
  'continuity-14': c('median', 'decimal'),
  'time-at-clients': c('percent', 'percent'),
  'ordered-performed': c('performedPercent', 'percent'),
  declined: c('declinedAtDoorPercent', 'percent'),
  excess: c('excessMinutes', 'minutes'),
  'manual-registrations': c('manualPercent', 'percent'),
  paid: c('paidOre', 'ore'),
};

/** Socialstyrelsen's national figure (DOMAIN.md §5): staff met in 14 days, 2021. */
export const NATIONAL_CONTINUITY_14 = 14.9;

/**
 * The published figure a report's charts are drawn against (DOMAIN.md §5), named by its key in
 * the i18n file: the national continuity (14 days; a month's count can only be higher), the
 * average time at clients found in research, and the share of granted time Stockholm paid
 * after its switch to performed time.
 */
export const REFERENCES: Partial<Record<ReportName, { value: number; label: 'national' | 'nationalMonth' | 'timeReference' | 'billedReference' }>> = {
  continuity: { value: NATIONAL_CONTINUITY_14, label: 'nationalMonth' },
  'continuity-14': { value: NATIONAL_CONTINUITY_14, label: 'national' },
  'time-at-clients': { value: 58, label: 'timeReference' },
  'ordered-performed': { value: 82.5, label: 'billedReference' },
};

/**
 * Whether the trend has a series of the reader's own beside the municipality's: her district's
 * or provider's row. Time at clients has no district rows, and the 14-day indicator is not split
 * by provider (a client's count takes every provider's staff together).
 */
export function ownSeries(name: ReportName, level: 'municipality' | 'district' | 'provider'): boolean {
  if (level === 'municipality') return false;
  if (level === 'district') return name !== 'time-at-clients';
  return name !== 'continuity-14';
}
