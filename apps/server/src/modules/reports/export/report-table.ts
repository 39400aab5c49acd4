// A report as plain tables (level, id, numbers): what csv and xlsx write, one shape for all
// reports. The JSON document stays the reference; these are its rows laid flat.

import {
  FIGURES, type Continuity14Document, type ContinuityDocument, type FigureDocument, type TimeAtClientsDocument,
} from '@hemma/domain/reports';
import type { ReportDocument, ReportName } from '../report-kinds.ts';

export type Cell = string | number | null;

export interface ReportTable {
  title: string;
  columns: string[];
  rows: Cell[][];
}

type Row = object;

function rowsOf(level: string, idKey: string, list: readonly Row[], columns: readonly string[]): Cell[][] {
  return list.map((row) => {
    const r = row as Record<string, Cell | undefined>;
    return [level, String(r[idKey] ?? ''), ...columns.map((c) => r[c] ?? null)];
  });
}

function levels(title: string, columns: readonly string[], parts: [string, string, readonly Row[]][]): ReportTable {
  return { title, columns: ['level', 'id', ...columns], rows: parts.flatMap(([level, idKey, list]) => rowsOf(level, idKey, list, columns)) };
}

export function reportTables(name: ReportName, doc: ReportDocument): ReportTable[] {
  if (name === 'continuity') {
    const d = doc as ContinuityDocument;
    return [levels(name, ['staff', 'clients', 'mean', 'median', 'max'], [
      ['client', 'client', d.clients], ['provider', 'provider', d.providers], ['total', '', [d.total]],
    ])];
  }
  if (name === 'continuity-14') {
    const d = doc as Continuity14Document;
    return [levels(name, ['staff', 'median'], [['client', 'client', d.clients], ['total', '', [{ median: d.median }]]])];
  }
  if (name === 'time-at-clients') {
    const d = doc as TimeAtClientsDocument;
    return [levels(name, ['visitMinutes', 'shiftMinutes', 'percent'], [['provider', 'provider', d.providers]])];
  }
  const d = doc as FigureDocument;
  const tables = [levels(name, FIGURES[name], [
    ['client', 'client', d.clients], ['provider', 'provider', d.providers], ['district', 'district', d.districts], ['total', '', [d.total]],
  ])];
  if (d.excess !== undefined) {
    const keys = ['client', 'provider', 'minutes', 'amountOre', 'status', 'reason'] as const;
    tables.push({ title: 'excess entries', columns: [...keys], rows: d.excess.map((e) => keys.map((k) => e[k])) });
  }
  return tables;
}
