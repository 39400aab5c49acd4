// A report's main figure over the last 12 months, for the trend beside a month's tables: the
// municipality's and, for a case officer or a provider manager, her own district's or
// provider's. Each month is the month's own report document (kept facts, remembered once put
// together: report-memo.ts), narrowed the same way; only figures without personal data are returned, so
// reading a trend logs no client reads.

import type { ReportTrendReply } from '@hemma/contract/api';
import {
  percentOneDecimal, type Continuity14Document, type ContinuityDocument, type FigureDocument, type TimeAtClientsDocument,
} from '@hemma/domain/reports';
import type { Actor } from '../../auth/actor.ts';
import type { Database } from '../../db/connect.ts';
import { only } from '../clients/access.ts';
import { continuityByDistrict } from './report-comparison.ts';
import { isFigure, periodOf, type ReportDocument, type ReportName } from './report-kinds.ts';
import { municipalityReport } from './report-memo.ts';
import { readClientDistricts, readReportNames } from './report-names.repository.ts';
import { reportScopeOf, type ReportScope } from './report-scope.ts';

export const TREND_MONTHS = 12;

/** The figure a report's trend and comparison charts follow (the web's chart figure too). */
export const TREND_FIGURE: Record<ReportName, string> = {
  continuity: 'median',
  'continuity-14': 'median',
  'time-at-clients': 'percent',
  'ordered-performed': 'performedPercent',
  declined: 'declinedAtDoorPercent',
  excess: 'excessMinutes',
  'manual-registrations': 'manualPercent',
  paid: 'paidOre',
};

/** The 12 periods ending with `period`: months, or for the indicator the same day of each month (the last day where a month is shorter). */
export function trendPeriods(period: string): string[] {
  const [y, m, d] = period.split('-').map(Number) as [number, number, number | undefined];
  return Array.from({ length: TREND_MONTHS }, (_, i) => {
    const index = y * 12 + (m - 1) - (TREND_MONTHS - 1 - i);
    const month = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
    if (d === undefined) return month;
    const last = new Date(Date.UTC(Math.floor(index / 12), (index % 12) + 1, 0)).getUTCDate();
    return `${month}-${String(Math.min(d, last)).padStart(2, '0')}`;
  });
}

type Value = number | null;
const num = (v: unknown): Value => (typeof v === 'number' ? v : null);

/** All providers together: percents are taken from summed minutes, never averaged (as for every total of the reports). */
export function timeAtClientsTotal(doc: TimeAtClientsDocument): Value {
  const rows = doc.providers;
  return percentOneDecimal(rows.reduce((s, r) => s + r.visitMinutes, 0), rows.reduce((s, r) => s + r.shiftMinutes, 0));
}

function totalOf(name: ReportName, doc: ReportDocument): Value {
  if (name === 'continuity') return (doc as ContinuityDocument).total.median;
  if (name === 'continuity-14') return (doc as Continuity14Document).median;
  if (name === 'time-at-clients') return timeAtClientsTotal(doc as TimeAtClientsDocument);
  return num((doc as FigureDocument).total[TREND_FIGURE[name] as keyof FigureDocument['total']]);
}

function ownOf(name: ReportName, doc: ReportDocument, scope: ReportScope, districtOf: ReadonlyMap<string, string>): Value {
  const figure = TREND_FIGURE[name];
  if (scope.level === 'municipality') return null;
  if (name === 'continuity' || name === 'continuity-14') {
    if (scope.level === 'district') return continuityByDistrict((doc as ContinuityDocument).clients, districtOf).find((r) => r.district === scope.district)?.median ?? null;
    if (name === 'continuity-14') return null;
  }
  const d = doc as unknown as Record<string, Record<string, unknown>[] | undefined>;
  const [rows, key, id] = scope.level === 'district' ? [d.districts, 'district', scope.district] : [d.providers, 'provider', scope.provider];
  const row = rows?.find((r) => r[key] === id);
  // A follow-up figure's row is left out when all its numbers are 0 (docs/reports.md): its
  // minutes, counts and kronor are then 0, its percents have nothing to divide by.
  if (row === undefined && isFigure(name)) return figure.endsWith('Percent') ? null : 0;
  return num(row?.[figure]);
}

export async function readTrend(database: Database, actor: Actor, name: ReportName, period: string): Promise<ReportTrendReply> {
  only(actor, ['admin', 'finance', 'case_officer', 'provider_manager'], 'read follow-up reports');
  const scope = reportScopeOf(actor);
  const mid = actor.municipalityId;
  const docs: [string, ReportDocument][] = [];
  // One month after the other: a month never kept before is computed once, and the machine serves others meanwhile.
  for (const p of trendPeriods(period)) docs.push([p, (await municipalityReport(database.db, mid, name, p)).document]);
  const continuity = name === 'continuity' || name === 'continuity-14';
  const districtOf = continuity && scope.level === 'district'
    ? await readClientDistricts(database.db, mid, [...new Set(docs.flatMap(([, doc]) => (doc as ContinuityDocument).clients.map((c) => c.client)))])
    : new Map<string, string>();
  const names = await readReportNames(database.db, mid, {
    clients: [], units: [],
    providers: scope.level === 'provider' ? [scope.provider] : [],
    districts: scope.level === 'district' ? [scope.district] : [],
  });
  return {
    report: name,
    figure: TREND_FIGURE[name],
    scope,
    periods: docs.map(([p, doc]) => ({ period: p, month: periodOf(name) === 'month' ? p : p.slice(0, 7), total: totalOf(name, doc), own: ownOf(name, doc, scope, districtOf) })),
    names,
  };
}
