// A report as plain tables for csv and xlsx: one row per client, provider, district (and the
// total), each with its level, id and name, then the report's figures under Swedish headings.
// The JSON document stays the reference; these are its rows laid flat, values untouched (öre
// and percents as the document has them: the writers decide how to show them).

import {
  FIGURES, type Continuity14Document, type ContinuityDocument, type FigureDocument, type TimeAtClientsDocument,
} from '@hemma/domain/reports';
import type { ReportDocument, ReportName } from '../report-kinds.ts';
import type { ReportNames } from '../report-names.repository.ts';
import { FIGURE_COLUMNS, LEVELS, REPORT_TITLES, type CellKind, type Level } from './headings.ts';

export type Cell = string | number | null;

export interface ExportColumn {
  heading: string;
  kind: CellKind;
}

export interface ReportTable {
  /** The sheet's name in xlsx (at most 31 characters). */
  title: string;
  columns: ExportColumn[];
  rows: Cell[][];
}

type Row = object;
const text = (heading: string): ExportColumn => ({ heading, kind: 'text' });
const LEAD = [text('Nivå'), text('Id'), text('Namn')];

const NAME_LIST: Partial<Record<Level, keyof Omit<ReportNames, 'municipality'>>> = {
  client: 'clients', provider: 'providers', district: 'districts', unit: 'units',
};

function nameOf(names: ReportNames, level: Level, id: string): string {
  const list = NAME_LIST[level];
  if (list === undefined) return names.municipality;
  return names[list][id] ?? '';
}

function figureColumns(keys: readonly string[]): ExportColumn[] {
  return keys.map((k) => FIGURE_COLUMNS[k] ?? text(k));
}

function levels(title: string, keys: readonly string[], names: ReportNames, parts: [Level, readonly Row[]][]): ReportTable {
  const rows = parts.flatMap(([level, list]) => list.map((row): Cell[] => {
    const r = row as Record<string, Cell | undefined>;
    const id = level === 'total' ? '' : String(r[level] ?? '');
    return [LEVELS[level], id, nameOf(names, level, id), ...keys.map((k) => r[k] ?? null)];
  }));
  return { title, columns: [...LEAD, ...figureColumns(keys)], rows };
}

const SHEETS: Record<ReportName, string> = { ...REPORT_TITLES, 'continuity-14': 'Kontinuitet 14 dagar' };

export function reportTables(name: ReportName, doc: ReportDocument, names: ReportNames): ReportTable[] {
  const sheet = SHEETS[name];
  if (name === 'continuity') {
    const d = doc as ContinuityDocument;
    return [levels(sheet, ['staff', 'clients', 'mean', 'median', 'max'], names, [['client', d.clients], ['provider', d.providers], ['total', [d.total]]])];
  }
  if (name === 'continuity-14') {
    const d = doc as Continuity14Document;
    return [levels(sheet, ['staff', 'median'], names, [['client', d.clients], ['total', [{ median: d.median }]]])];
  }
  if (name === 'time-at-clients') {
    const d = doc as TimeAtClientsDocument;
    return [levels(sheet, ['visitMinutes', 'shiftMinutes', 'percent'], names, [['provider', d.providers]])];
  }
  const d = doc as FigureDocument;
  const tables = [levels(sheet, FIGURES[name], names, [['client', d.clients], ['provider', d.providers], ['district', d.districts], ['total', [d.total]]])];
  if (d.excess !== undefined) {
    const keys = ['minutes', 'amountOre', 'status', 'reason'] as const;
    tables.push({
      title: 'Beslut om överskjutande tid',
      columns: [text('Klient-id'), text('Klient'), text('Utförare'), ...figureColumns(keys)],
      rows: d.excess.map((e) => [e.client, names.clients[e.client] ?? '', names.providers[e.provider] ?? e.provider, ...keys.map((k) => e[k])]),
    });
  }
  return tables;
}

/** Every id a report's rows name, for the names to read. */
export function idsOf(doc: ReportDocument, units: readonly { unit: string; provider: string }[] = []) {
  const d = doc as unknown as Record<string, unknown>;
  const list = (key: string, field: string): string[] => (Array.isArray(d[key]) ? (d[key] as Record<string, unknown>[]).map((r) => String(r[field])) : []);
  const uniq = (xs: string[]) => [...new Set(xs)];
  return {
    clients: uniq([...list('clients', 'client'), ...list('excess', 'client')]),
    providers: uniq([...list('providers', 'provider'), ...list('excess', 'provider'), ...units.map((u) => u.provider)]),
    districts: uniq(list('districts', 'district')),
    units: uniq(units.map((u) => u.unit)),
  };
}
